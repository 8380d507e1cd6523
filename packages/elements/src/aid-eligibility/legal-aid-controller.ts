import type { EligibilityInput, EligibilityResult, LegalAidRuleset } from '@plskit/core';
import type { ReactiveControllerHost } from 'lit';
import { ApiProblem } from '../api/api-problem.js';
import type { Connection } from '../api/connection.js';
import type { Region } from '../api/directory-types.js';
import type { ServiceCenter } from '../api/legal-aid-types.js';
import { REGION_CODE } from '../api/region-code.js';
import type { AsyncState } from '../async-state/async-state.js';
import { RequestController } from '../async-state/request-controller.js';
import type { Locale } from '../locale/locale.js';
import type { EligibilityResultModule } from './eligibility-chunks.js';
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
 * the server, whose answer wins) and the region's service centers. Each is the
 * kit's latest-wins request, and a new result or clear() drops the replies
 * still on their way for the old one.
 */
export class LegalAidController {
  result: EligibilityResult | undefined;
  confirmation: Confirmation = 'pending';

  readonly #regions: RequestController<Region[]>;
  readonly #rules: RequestController<LegalAidRuleset>;
  readonly #server: RequestController<EligibilityResult>;
  readonly #centers: RequestController<ServiceCenter[]>;
  #rulesFor: { connection: Connection | undefined; region: string; preset: LegalAidRuleset | undefined } | undefined;
  #regionsFrom: Connection | undefined;
  #checked: { input: EligibilityInput; region: string; results: EligibilityResultModule; local: EligibilityResult | undefined } | undefined;

  constructor(private readonly host: ReactiveControllerHost, private readonly options: LegalAidControllerOptions) {
    const report = options.onProblem;
    this.#regions = new RequestController(host, 'list-regions', report);
    this.#rules = new RequestController(host, 'get-legal-aid-rules', (operation, problem) => {
      options.onRulesProblem(problem);
      report(operation, problem);
    });
    this.#server = new RequestController(host, 'check-eligibility', (operation, problem) => this.#unconfirmed(operation, problem));
    this.#centers = new RequestController(host, 'list-service-centers', report);
  }

  get regions(): Region[] {
    return this.#regions.value ?? [];
  }

  get rules(): AsyncState<LegalAidRuleset> {
    return this.#rules.state;
  }

  get readyRules(): LegalAidRuleset | undefined {
    return this.#rules.value;
  }

  get centers(): AsyncState<ServiceCenter[]> {
    return this.#centers.state;
  }

  #set(patch: Partial<Pick<LegalAidController, 'result' | 'confirmation'>>): void {
    Object.assign(this, patch);
    this.host.requestUpdate();
  }

  /** Loads what the current configuration needs, once: the regions to choose from, and the region's rules. */
  want(connection: Connection | undefined, region: string | undefined, preset: LegalAidRuleset | undefined, regionAsked: boolean): void {
    if (regionAsked && connection && connection !== this.#regionsFrom) {
      this.#regionsFrom = connection;
      void this.#regions.run(async (signal) => (await legalAidRequests(connection).listRegions({ signal })).items
        .filter((item) => REGION_CODE.test(item.code)));
    }
    if (!region) return;
    const had = this.#rulesFor;
    if (had && had.connection === connection && had.region === region && had.preset === preset) return;
    this.#rulesFor = { connection, region, preset };
    if (preset?.regions.includes(region)) {
      this.#rules.reset({ status: 'ready', value: preset });
      this.options.onRules();
    } else {
      void this.loadRules();
    }
  }

  async loadRules(): Promise<void> {
    const wanted = this.#rulesFor;
    if (!wanted) return;
    if (await this.#rules.run(() => legalAidRequests(this.options.connection()).ruleset(wanted.region))) this.options.onRules();
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
    this.#checked = { input, region, results, local };
    this.#centers.reset();
    this.#set({ result: local });
    if (local) {
      this.options.onResult(local);
      if (results.centersWhereToApply(local)) void this.loadCenters();
    }
    this.confirm();
  }

  /** Asks the server (authoritative) for the same input; its answer wins when the two differ. */
  async confirm(): Promise<void> {
    const checked = this.#checked;
    if (!checked) return;
    const { local, results } = checked;
    this.#set({ confirmation: 'pending' });
    let same = false;
    const server = await this.#server.run(async (signal) => {
      const reply = await legalAidRequests(this.options.connection()).checkEligibility(checked.input, { locale: this.options.locale(), signal });
      // a reply that cannot even be compared is no confirmation
      same = local !== undefined && callSafely(() => results.sameEligibility(local, reply));
      return reply;
    });
    if (!server) return;
    if (same) {
      this.#set({ confirmation: 'confirmed' });
    } else {
      this.#set({ confirmation: 'differs', result: server });
      this.options.onResult(server);
      if (local) this.options.onProblem('check-eligibility', new ApiProblem(200, 'eligibility-mismatch'));
      if (results.centersWhereToApply(server) && this.centers.status === 'idle') void this.loadCenters();
    }
    this.options.onSettled(server);
  }

  /** The server could not be asked: the browser's result stands, marked as not confirmed. */
  #unconfirmed(operation: string, problem: ApiProblem): void {
    const local = this.#checked?.local;
    const offline = problem.code === 'offline' || globalThis.navigator?.onLine === false;
    this.#set({ confirmation: offline ? 'unconfirmed-offline' : 'unconfirmed', result: local });
    this.options.onProblem(operation, problem);
    if (local) this.options.onSettled(local);
  }

  get unconfirmed(): boolean {
    return this.confirmation === 'unconfirmed' || this.confirmation === 'unconfirmed-offline';
  }

  async loadCenters(): Promise<void> {
    const checked = this.#checked;
    const region = checked?.region;
    if (!checked || !region || !REGION_CODE.test(region)) {
      this.#centers.reset({ status: 'ready', value: [] });
      return;
    }
    await this.#centers.run(async () => (await checked.results.whereToApplyRequests(this.options.connection()).centers(region)).items);
  }

  /** Forgets the result and everything asked for it (the rules stay: they are public). */
  clear(): void {
    this.#checked = undefined;
    this.#server.reset();
    this.#centers.reset();
    this.#set({ result: undefined, confirmation: 'pending' });
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
