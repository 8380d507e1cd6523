import { QUESTION_ORDER, evaluateEligibility, hardshipStandardFor, type EligibilityInput, type EligibilityResult, type LegalAidRuleset } from '@plskit/core';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ApiProblem, isAbort } from '../api/api-problem.js';
import type { Client } from '../api/client.js';
import type { Region } from '../api/directory-types.js';
import type { ServiceCenter } from '../api/legal-aid-types.js';
import { REGION_CODE } from '../api/region-code.js';
import type { AsyncState } from '../async-state/async-state.js';
import { errorView, loadingView, problemMessage } from '../async-state/async-state-view.js';
import { PlsElement } from '../base/pls-element.js';
import { PlsEligibilityResultEvent } from '../events/pls-eligibility-result-event.js';
import { fill } from '../locale/string-table.js';
import { aidEligibilityStrings } from './aid-eligibility.strings.js';
import { copyText } from './clipboard-copy.js';
import { readAnswer } from './eligibility-answer-form.js';
import { interviewPosition, previousQuestion, type InterviewAnswers, type InterviewPosition, type InterviewQuestion } from './eligibility-interview.js';
import { questionView, type FieldProblem } from './eligibility-question-view.js';
import { resultAsText } from './eligibility-result-text.js';
import { centersWhereToApply, headline, resultView, type Confirmation } from './eligibility-result-view.js';
import { summaryView } from './eligibility-summary-view.js';
import { loadRuleset } from './legal-aid-ruleset-cache.js';
import { aidEligibilityStyles } from './pls-aid-eligibility.styles.js';
import { sameEligibility } from './same-eligibility.js';

type Screen = 'start' | 'question' | 'summary' | 'result';
type Step = InterviewQuestion | 'region';

/**
 * "Can I get legal aid?": one question at a time, only those that can still
 * change the outcome, then the answer with its reasons and legal basis, what to
 * bring, where to apply and how long a decision takes.
 *
 * @tag pls-aid-eligibility
 * @summary Legal-aid eligibility check: one question per screen; outcome with reasons, documents and where to apply.
 *
 * @slot intro - Replaces the introduction on the start screen (e.g. the site's own guidance).
 *
 * @event {PlsEligibilityResultEvent} pls-eligibility-result - The result settled. Detail: `{ outcome, meansTest, rulesetId, rulesetVersion }`, never the answers or reasons.
 * @event {PlsErrorEvent} pls-error - A request failed, or the server's result differed from the browser's (code `eligibility-mismatch`). Detail: `{ source, operation, status, code }`, nothing personal.
 *
 * @csspart base - The element's wrapper.
 * @csspart start - The start screen.
 * @csspart start-button - The start screen's "start" button.
 * @csspart back-button - The "back" button above a question, the summary and the result.
 * @csspart question - The form of one question.
 * @csspart progress - The "step n of at most m" line.
 * @csspart error-summary - The list of problems above a question's form.
 * @csspart continue-button - A question's "continue" button.
 * @csspart skip-button - The household question's "no figures now" button.
 * @csspart summary - The check-your-answers screen.
 * @csspart change-button - A "change" button on the check-your-answers screen.
 * @csspart see-result-button - The "see the result" button.
 * @csspart result - The result screen.
 * @csspart outcome - The outcome heading.
 * @csspart confirmation - The line saying whether the legal-aid service confirmed the result.
 * @csspart reasons - The list of reasons.
 * @csspart basis - A citation (law and article).
 * @csspart documents - The list of documents to bring.
 * @csspart where - Where to apply, with the region's centers.
 * @csspart center - One service center.
 * @csspart decision - How long a decision takes.
 * @csspart ruleset - The ruleset's id, version and effective date.
 * @csspart answer-button - A "answer: …" button when more information is needed.
 * @csspart print-button - The "print" button.
 * @csspart copy-button - The "copy as text" button.
 * @csspart change-answers-button - The result's "change your answers" button.
 * @csspart start-over-button - The "start over" button (clears every answer).
 * @csspart loading - The placeholder shown while the rules or centers load.
 * @csspart error - The failure panel.
 * @csspart retry-button - The failure panel's retry button.
 *
 * @cssprop --pls-color-danger - Border of the error summary and failure panel, and error text.
 */
export class PlsAidEligibility extends PlsElement {
  static override styles = aidEligibilityStyles;

  /** A ruleset the page already holds (e.g. bundled for offline use); used instead of fetching when it covers the region. */
  @property({ attribute: false }) ruleset?: LegalAidRuleset;

  @state() private screen: Screen = 'start';
  @state() private showing: Step | undefined;
  @state() private answers: InterviewAnswers = {};
  @state() private problems: FieldProblem[] = [];
  @state() private rules: AsyncState<LegalAidRuleset> = { status: 'idle' };
  @state() private regions: Region[] = [];
  @state() private result: EligibilityResult | undefined;
  @state() private confirmation: Confirmation = 'pending';
  @state() private centers: AsyncState<ServiceCenter[]> = { status: 'idle' };
  @state() private copyStatus = '';

  #rulesFor: { client: Client | undefined; region: string; preset: LegalAidRuleset | undefined } | undefined;
  #regionsFrom: Client | undefined;
  #focus: 'heading' | 'errors' | undefined;
  #advanceWhenReady = false;
  /** Set by "change" on check-your-answers: once the path is complete again, go back there. */
  #returnToSummary = false;
  /** Bumped by every new result and by "start over": late replies for an older result are dropped. */
  #run = 0;
  /** Bumped by every server check (a retry included): only the latest reply counts. */
  #check = 0;
  #checkedInput: EligibilityInput | undefined;

  get #region(): string | undefined {
    return this.effectiveRegion ?? this.answers.region;
  }

  get #regionAsked(): boolean {
    return !this.effectiveRegion;
  }

  get #readyRules(): LegalAidRuleset | undefined {
    return this.rules.status === 'ready' ? this.rules.value : undefined;
  }

  #position(): InterviewPosition | undefined {
    const rules = this.#readyRules;
    const region = this.#region;
    return rules && region ? interviewPosition(rules, region, this.answers) : undefined;
  }

  protected override willUpdate(_changed: PropertyValues): void {
    const region = this.#region;
    const client = this.client;
    if (this.#regionAsked && client && client !== this.#regionsFrom) {
      this.#regionsFrom = client;
      void this.#loadRegions(client);
    }
    if (!region) return;
    const wanted = { client, region, preset: this.ruleset };
    const had = this.#rulesFor;
    if (had && had.client === client && had.region === region && had.preset === this.ruleset) return;
    this.#rulesFor = wanted;
    if (this.ruleset?.regions.includes(region)) {
      this.#rulesReady(this.ruleset);
      return;
    }
    void this.#loadRules();
  }

  protected override updated(): void {
    if (this.#focus === 'heading') this.renderRoot.querySelector<HTMLElement>('#step-heading')?.focus();
    else if (this.#focus === 'errors') this.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus();
    this.#focus = undefined;
  }

  async #loadRegions(client: Client): Promise<void> {
    try {
      const { items } = await client.listRegions();
      this.regions = items.filter((region) => REGION_CODE.test(region.code));
    } catch (error) {
      if (error instanceof ApiProblem) this.reportProblem('list-regions', error);
    }
  }

  async #loadRules(): Promise<void> {
    const wanted = this.#rulesFor;
    if (!wanted) return;
    this.rules = { status: 'loading' };
    try {
      const rules = await loadRuleset(this.requireClient(), wanted.region);
      if (this.#rulesFor === wanted) this.#rulesReady(rules);
    } catch (error) {
      if (isAbort(error) || this.#rulesFor !== wanted) return;
      const problem = ApiProblem.from(error);
      this.rules = { status: 'error', problem };
      if (this.screen !== 'start') this.announcement = problemMessage(problem, this.effectiveLocale);
      this.reportProblem('get-legal-aid-rules', problem);
    }
  }

  #rulesReady(rules: LegalAidRuleset): void {
    this.rules = { status: 'ready', value: rules };
    if (this.#advanceWhenReady) {
      this.#advanceWhenReady = false;
      this.#advance();
    }
  }

  protected override backOnline(): void {
    if (this.rules.status === 'error') void this.#loadRules();
    if (this.screen === 'result' && (this.confirmation === 'unconfirmed' || this.confirmation === 'unconfirmed-offline')) this.#confirm();
    if (this.centers.status === 'error') void this.#loadCenters();
  }

  // Navigation. Every move keeps the answers, and moves focus to the new screen's heading.

  #show(screen: Screen, step?: Step): void {
    if (screen !== 'question') this.#returnToSummary = false;
    this.screen = screen;
    this.showing = step;
    this.problems = [];
    this.copyStatus = '';
    this.#focus = 'heading';
  }

  /** To the next unanswered question on the path, or to check-your-answers when none is left. */
  #advance(): void {
    if (!this.#region) {
      this.#show('question', 'region');
      return;
    }
    const position = this.#position();
    if (!position) {
      // the region's rules are still loading (or failed): show that, and go on once they arrive
      this.#advanceWhenReady = true;
      this.#show('question', undefined);
      return;
    }
    if (position.next) this.#show('question', position.next);
    else this.#show('summary');
  }

  #start = (): void => this.#advance();

  #submit = (event: SubmitEvent): void => {
    event.preventDefault();
    const step = this.showing;
    if (!step) return;
    const reading = readAnswer(step, event.target as HTMLFormElement, event.submitter, this.effectiveLocale);
    if ('problems' in reading) {
      this.problems = reading.problems;
      this.#focus = 'errors';
      return;
    }
    this.answers = { ...this.answers, ...reading.answer };
    // going forward again after "back" walks the path in order; after "change" it returns to the summary
    const position = this.#position();
    const after = position && step !== 'region' && !this.#returnToSummary ? position.asked[position.asked.indexOf(step) + 1] : undefined;
    if (after) this.#show('question', after);
    else this.#advance();
  };

  #back = (): void => {
    const position = this.#position();
    if (this.screen === 'result') {
      this.#show('summary');
      return;
    }
    const current = this.screen === 'summary' ? null : (this.showing === 'region' ? undefined : this.showing);
    const previous = current === undefined || !position ? undefined : previousQuestion(position, current);
    if (previous) this.#show('question', previous);
    else if (this.#regionAsked && this.showing !== 'region') this.#show('question', 'region');
    else this.#show('start');
  };

  #change = (step: Step): void => {
    this.#show('question', step);
    this.#returnToSummary = true;
  };

  #focusField = (id: string): void => {
    this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(id)}`)?.focus();
  };

  #seeResult = (): void => {
    const rules = this.#readyRules;
    const position = this.#position();
    if (!rules || !position) return;
    let local: EligibilityResult | undefined;
    try {
      local = evaluateEligibility(rules, position.input);
    } catch {
      // a ruleset the engine cannot read (e.g. no hardship standard for the region): the server decides
      local = undefined;
    }
    this.#checkedInput = position.input;
    this.#run += 1;
    this.#show('result');
    this.centers = { status: 'idle' };
    if (local) {
      this.#showResult(local);
      if (centersWhereToApply(local)) void this.#loadCenters();
    } else {
      this.result = undefined;
    }
    this.#confirm();
  };

  /** Shows a result and announces its headline to screen readers. */
  #showResult(result: EligibilityResult): void {
    this.result = result;
    this.announcement = fill(aidEligibilityStrings[this.effectiveLocale].resultAnnouncement, { headline: headline(result, this.effectiveLocale) });
  }

  /** Asks the server (authoritative) for the same input; its answer wins when the two differ. */
  #confirm(): void {
    const input = this.#checkedInput;
    if (!input) return;
    const check = ++this.#check;
    const run = this.#run;
    const local = this.result;
    this.confirmation = 'pending';
    void (async () => {
      let settled: EligibilityResult | undefined = local;
      try {
        const server = await this.requireClient().checkEligibility(input);
        if (check !== this.#check || run !== this.#run) return;
        settled = server;
        if (local && sameEligibility(local, server)) {
          this.confirmation = 'confirmed';
        } else {
          this.confirmation = 'differs';
          this.#showResult(server);
          if (local) this.reportProblem('check-eligibility', new ApiProblem(200, 'eligibility-mismatch'));
          if (centersWhereToApply(server) && this.centers.status === 'idle') void this.#loadCenters();
        }
      } catch (error) {
        if (check !== this.#check || run !== this.#run || isAbort(error)) return;
        const problem = ApiProblem.from(error);
        this.confirmation = problem.code === 'offline' || globalThis.navigator?.onLine === false ? 'unconfirmed-offline' : 'unconfirmed';
        this.reportProblem('check-eligibility', problem);
      }
      if (settled) {
        this.dispatchEvent(new PlsEligibilityResultEvent({
          outcome: settled.outcome, meansTest: settled.meansTest,
          rulesetId: settled.ruleset.id, rulesetVersion: settled.ruleset.version,
        }));
      }
    })();
  }

  async #loadCenters(): Promise<void> {
    const region = this.#region;
    if (!region || !REGION_CODE.test(region)) {
      this.centers = { status: 'ready', value: [] };
      return;
    }
    const run = this.#run;
    this.centers = { status: 'loading' };
    try {
      const page = await this.requireClient().listServiceCenters({ region, service: 'legal-aid-application', limit: 50 });
      if (run === this.#run) this.centers = { status: 'ready', value: page.items };
    } catch (error) {
      if (isAbort(error) || run !== this.#run) return;
      const problem = ApiProblem.from(error);
      this.centers = { status: 'error', problem };
      this.reportProblem('list-service-centers', problem);
    }
  }

  #print = (): void => globalThis.print?.();

  #copy = async (): Promise<void> => {
    if (!this.result) return;
    const s = aidEligibilityStrings[this.effectiveLocale];
    const centers = this.centers.status === 'ready' ? this.centers.value : [];
    const copied = await copyText(resultAsText(this.result, centers, this.effectiveLocale), this.renderRoot);
    this.copyStatus = copied ? s.copied : s.copyFailed;
    this.announcement = this.copyStatus;
  };

  /** Clears every answer and result from memory (the rules stay: they are public). */
  #startOver = (): void => {
    this.#run += 1;
    this.answers = {};
    this.result = undefined;
    this.#checkedInput = undefined;
    this.centers = { status: 'idle' };
    this.confirmation = 'pending';
    this.#show('start');
    this.announcement = aidEligibilityStrings[this.effectiveLocale].cleared;
  };

  protected override render(): TemplateResult {
    return html`<div class=${this.rootClass} part="base" lang=${this.effectiveLocale}>
      ${this.renderLiveRegion()}
      ${this.screen !== 'start' ? html`<button type="button" class="back link" part="back-button" @click=${this.#back}>
        <span aria-hidden="true">‹ </span>${aidEligibilityStrings[this.effectiveLocale].back}</button>` : nothing}
      ${this.#renderScreen()}
    </div>`;
  }

  #renderScreen(): TemplateResult {
    const locale = this.effectiveLocale;
    const s = aidEligibilityStrings[locale];
    switch (this.screen) {
      case 'start':
        return html`<section class="start" part="start" aria-labelledby="step-heading">
          <h2 id="step-heading" tabindex="-1">${s.title}</h2>
          <slot name="intro"><p>${s.intro}</p></slot>
          <button type="button" class="primary" part="start-button" @click=${this.#start}>${s.start}</button>
        </section>`;
      case 'question':
        return this.#renderQuestion();
      case 'summary': {
        const position = this.#position();
        const rules = this.#readyRules;
        if (!position || !rules) return this.#renderRulesState();
        return summaryView({
          locale, ruleset: rules, regions: this.regions, regionAsked: this.#regionAsked, asked: position.asked, answers: this.answers,
          change: this.#change, seeResult: this.#seeResult,
        });
      }
      case 'result':
        return this.#renderResult();
    }
  }

  #renderQuestion(): TemplateResult {
    const step = this.showing;
    const locale = this.effectiveLocale;
    if (step === 'region') {
      // before the region's rules are known, every question may come
      const known = this.#position();
      const regionTotal = known ? 1 + known.asked.length + known.ahead : QUESTION_ORDER.length;
      return questionView({
        question: 'region', locale, ruleset: undefined, regions: this.regions, answers: this.answers, inputSoFar: { region: '' },
        problems: this.problems, step: 1, total: regionTotal, submit: this.#submit, focusField: this.#focusField,
      });
    }
    const position = this.#position();
    const rules = this.#readyRules;
    if (!step || !position || !rules) return this.#renderRulesState();
    const index = position.asked.indexOf(step);
    const before = index === -1 ? position.asked : position.asked.slice(0, index);
    const inputSoFar = interviewPosition(rules, position.input.region, Object.fromEntries(
      before.map((question) => [question, this.answers[question]])) as InterviewAnswers).input;
    const offset = this.#regionAsked ? 1 : 0;
    return questionView({
      question: step, locale, ruleset: rules, regions: this.regions, answers: this.answers, inputSoFar, problems: this.problems,
      step: before.length + 1 + offset, total: position.asked.length + position.ahead + offset,
      submit: this.#submit, focusField: this.#focusField,
    });
  }

  /** While the region's rules load, or when they cannot: a heading to focus, and the state. */
  #renderRulesState(): TemplateResult {
    const locale = this.effectiveLocale;
    const s = aidEligibilityStrings[locale];
    const rules = this.rules;
    const notCovered = rules.status === 'error' && rules.problem.code === 'not-found';
    return html`<section class="rules-state" aria-labelledby="step-heading">
      <h2 id="step-heading" tabindex="-1">${notCovered ? s.regionNotCovered : s.title}</h2>
      ${notCovered ? html`<p>${s.notCoveredHint}</p>`
        : rules.status === 'error' ? errorView(rules.problem, locale, () => void this.#loadRules())
        : loadingView(locale, 2)}
    </section>`;
  }

  #renderResult(): TemplateResult {
    const result = this.result;
    const locale = this.effectiveLocale;
    if (!result) {
      // no local answer (the rules could not be read here): wait for the server's
      return html`<section class="rules-state" aria-labelledby="step-heading">
        <h2 id="step-heading" tabindex="-1">${aidEligibilityStrings[locale].resultTitle}</h2>
        ${this.confirmation === 'pending' ? loadingView(locale, 2) : html`<p class="problem" part="error">${aidEligibilityStrings[locale].rulesetProblem}</p>`}
      </section>`;
    }
    const rules = this.#readyRules;
    const region = this.#region;
    const figuresUnverified = (result.meansTest === 'passed' || result.meansTest === 'failed')
      && rules !== undefined && region !== undefined && hardshipStandardFor(rules, region)?.unverified === true;
    return html`${resultView({
      locale, result, confirmation: this.confirmation, centers: this.centers,
      retryCenters: () => void this.#loadCenters(),
      answer: (question) => this.#show('question', question),
      print: this.#print, copy: () => void this.#copy(), startOver: this.#startOver, changeAnswers: () => this.#show('summary'),
    })}
    ${figuresUnverified ? html`<p class="note">${aidEligibilityStrings[locale].unverifiedNote}</p>` : nothing}
    ${this.copyStatus ? html`<p class="copy-status">${this.copyStatus}</p>` : nothing}`;
  }
}
