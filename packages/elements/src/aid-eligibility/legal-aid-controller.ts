import type { EligibilityInput, EligibilityResult, LegalAidRuleset } from '@plskit/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ApiProblem, isAbort } from '../api/api-problem.js';
import type { Connection } from '../api/connection.js';
import type { Region } from '../api/directory-types.js';
import type { ServiceCenter } from '../api/legal-aid-types.js';
import { REGION_CODE } from '../api/region-code.js';
import type { AsyncState } from '../async-state/async-state.js';
import type { Locale } from '../locale/locale.js';
import type { EligibilityResultModule } from './eligibility-result-loader.js';
import type { Confirmation } from './eligibility-result-view.js';
import { legalAidRequests } from './legal-aid-requests.js';

export interface LegalAidControllerOptions {
  /** The connection to ask, or the problem that says none is configured. */
  connection(): Connection;
  /** Accept-Language of the check (problem texts; the result carries both languages). */
  locale(): Locale;
  /** The region's rules arrived. */
  onRules(): void;
  /** The region's rules could not be loaded. */
  onRulesProblem(problem: ApiProblem): void;
  /** A result is shown: the browser's, or the server's when they differ. */
  onResult(result: EligibilityResult): void;
  /** The result settled: the server confirmed or corrected it, or could not be asked. */
  onSettled(result: EligibilityResult): void;
  onProblem(operation: string, problem: ApiProblem): void;
}

/**
 * The checker's requests and what they brought: the regions to choose from,
 * the region's ruleset, the result (worked out in the browser, confirmed by
 * the server, whose answer wins) and the region's service centers. Late
 * replies for an older region, result or check are dropped.
 */
export class LegalAidController implements ReactiveController {
  rules: AsyncState<LegalAidRuleset> = { status: 'idle' };
  regions: Region[] = [];
  result: EligibilityResult | undefined;
  confirmation: Confirmation = 'pending';
  centers: AsyncState<ServiceCenter[]> = { status: 'idle' };

  #rulesFor: { connection: Connection | undefined; region: string; preset: LegalAidRuleset | undefined } | undefined;
  #regionsFrom: Connection | undefined;
  /** Bumped by every new result and by clear(): late replies for an older result are dropped. */
  #run = 0;
  /** Bumped by every server check (a retry included): only the latest reply counts. */
  #check = 0;
  #checked: { input: EligibilityInput; region: string; results: EligibilityResultModule } | undefined;

  constructor(private readonly host: ReactiveControllerHost, private readonly options: LegalAidControllerOptions) {
    host.addController(this);
  }

  hostConnected(): void {}

  get readyRules(): LegalAidRuleset | undefined {
    return this.rules.status === 'ready' ? this.rules.value : undefined;
  }

  #set(patch: Partial<Pick<LegalAidController, 'rules' | 'regions' | 'result' | 'confirmation' | 'centers'>>): void {
    Object.assign(this, patch);
    this.host.requestUpdate();
  }

  /** Loads what the current configuration needs, once: the regions to choose from, and the region's rules. */
  want(connection: Connection | undefined, region: string | undefined, preset: LegalAidRuleset | undefined, regionAsked: boolean): void {
    if (regionAsked && connection && connection !== this.#regionsFrom) {
      this.#regionsFrom = connection;
      void this.#loadRegions(connection);
    }
    if (!region) return;
    const had = this.#rulesFor;
    if (had && had.connection === connection && had.region === region && had.preset === preset) return;
    this.#rulesFor = { connection, region, preset };
    if (preset?.regions.includes(region)) this.#rulesReady(preset);
    else void this.loadRules();
  }

  async #loadRegions(connection: Connection): Promise<void> {
    try {
      const { items } = await legalAidRequests(connection).listRegions();
      this.#set({ regions: items.filter((region) => REGION_CODE.test(region.code)) });
    } catch (error) {
      if (error instanceof ApiProblem) this.options.onProblem('list-regions', error);
    }
  }

  async loadRules(): Promise<void> {
    const wanted = this.#rulesFor;
    if (!wanted) return;
    this.#set({ rules: { status: 'loading' } });
    try {
      const rules = await legalAidRequests(this.options.connection()).ruleset(wanted.region);
      if (this.#rulesFor === wanted) this.#rulesReady(rules);
    } catch (error) {
      if (isAbort(error) || this.#rulesFor !== wanted) return;
      const problem = ApiProblem.from(error);
      this.#set({ rules: { status: 'error', problem } });
      this.options.onRulesProblem(problem);
      this.options.onProblem('get-legal-aid-rules', problem);
    }
  }

  #rulesReady(rules: LegalAidRuleset): void {
    this.#set({ rules: { status: 'ready', value: rules } });
    this.options.onRules();
  }

  /** Works the result out in the browser (with the result module), shows it, and asks the server to confirm. */
  check(input: EligibilityInput, region: string, results: EligibilityResultModule): void {
    const rules = this.readyRules;
    if (!rules) return;
    let local: EligibilityResult | undefined;
    try {
      local = results.evaluateEligibility(rules, input);
    } catch {
      // a ruleset the engine cannot read (e.g. no hardship standard for the region): the server decides
      local = undefined;
    }
    this.#checked = { input, region, results };
    this.#run += 1;
    this.#set({ centers: { status: 'idle' }, result: local });
    if (local) {
      this.options.onResult(local);
      if (results.centersWhereToApply(local)) void this.loadCenters();
    }
    this.confirm();
  }

  /** Asks the server (authoritative) for the same input; its answer wins when the two differ. */
  confirm(): void {
    const checked = this.#checked;
    if (!checked) return;
    const check = ++this.#check;
    const run = this.#run;
    const local = this.result;
    const { centersWhereToApply, sameEligibility } = checked.results;
    this.#set({ confirmation: 'pending' });
    void (async () => {
      let settled = local;
      try {
        const server = await legalAidRequests(this.options.connection()).checkEligibility(checked.input, { locale: this.options.locale() });
        if (check !== this.#check || run !== this.#run) return;
        // a reply that cannot even be compared is no confirmation
        const same = local !== undefined && callSafely(() => sameEligibility(local, server));
        settled = server;
        if (same) {
          this.#set({ confirmation: 'confirmed' });
        } else {
          this.#set({ confirmation: 'differs', result: server });
          this.options.onResult(server);
          if (local) this.options.onProblem('check-eligibility', new ApiProblem(200, 'eligibility-mismatch'));
          if (centersWhereToApply(server) && this.centers.status === 'idle') void this.loadCenters();
        }
      } catch (error) {
        if (check !== this.#check || run !== this.#run || isAbort(error)) return;
        const problem = ApiProblem.from(error);
        const offline = problem.code === 'offline' || globalThis.navigator?.onLine === false;
        this.#set({ confirmation: offline ? 'unconfirmed-offline' : 'unconfirmed', result: local });
        this.options.onProblem('check-eligibility', problem);
        settled = local;
      }
      if (settled) this.options.onSettled(settled);
    })();
  }

  get unconfirmed(): boolean {
    return this.confirmation === 'unconfirmed' || this.confirmation === 'unconfirmed-offline';
  }

  async loadCenters(): Promise<void> {
    const checked = this.#checked;
    const region = checked?.region;
    if (!checked || !region || !REGION_CODE.test(region)) {
      this.#set({ centers: { status: 'ready', value: [] } });
      return;
    }
    const run = this.#run;
    this.#set({ centers: { status: 'loading' } });
    try {
      const page = await checked.results.whereToApplyRequests(this.options.connection()).centers(region);
      if (run === this.#run) this.#set({ centers: { status: 'ready', value: page.items } });
    } catch (error) {
      if (isAbort(error) || run !== this.#run) return;
      const problem = ApiProblem.from(error);
      this.#set({ centers: { status: 'error', problem } });
      this.options.onProblem('list-service-centers', problem);
    }
  }

  /** Forgets the result and everything asked for it (the rules stay: they are public). */
  clear(): void {
    this.#run += 1;
    this.#checked = undefined;
    this.#set({ result: undefined, centers: { status: 'idle' }, confirmation: 'pending' });
  }
}

/** Runs a comparison of a server reply; one that throws (a malformed reply) is an unexpected response. */
function callSafely(compare: () => boolean): boolean {
  try {
    return compare();
  } catch {
    throw new ApiProblem(200, 'unexpected-response');
  }
}
