import { QUESTION_ORDER, type LegalAidRuleset } from '@plskit/core';
import { html, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { errorView, loadingView, problemMessage } from '../async-state/async-state-view.js';
import { PlsStepsElement } from '../base/pls-steps-element.js';
import { ERROR_SUMMARY, STEP_HEADING } from '../base/focus-targets.js';
import type { FieldProblem } from '../error-summary/error-summary.js';
import { PlsQuestionRequestEvent } from '../links/pls-question-request-event.js';
import { aidEligibilityText } from './aid-eligibility.strings.js';
import type { InterviewAnswers, InterviewPosition, InterviewQuestion } from './eligibility-interview.js';
import { LaterScreens } from './later-screens.js';
import { LegalAidController } from './legal-aid-controller.js';
import { aidEligibilityStyles } from './pls-aid-eligibility.styles.js';
import { PlsEligibilityResultEvent } from './pls-eligibility-result-event.js';
import { questionTopic } from './question-topic.js';

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
 * @event {PlsQuestionRequestEvent} pls-question-request - "Ask a question about this" was chosen. Detail: `{ topic, region, source }` (no topic for a criminal or medical matter); cancelable: otherwise the page's `<pls-legal-question>` opens on it.
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
 * @csspart book-link - A center's "book a visit here" link (with `booking-page`).
 * @csspart decision - How long a decision takes.
 * @csspart ruleset - The ruleset's id, version and effective date.
 * @csspart answer-button - A "answer: …" button when more information is needed.
 * @csspart print-button - The "print" button.
 * @csspart copy-button - The "copy as text" button.
 * @csspart change-answers-button - The result's "change your answers" button.
 * @csspart ask-button - The result's "ask a question about this" button (fires pls-question-request).
 * @csspart start-over-button - The "start over" button (clears every answer).
 * @csspart loading - The placeholder shown while the rules, the questions or the centers load.
 * @csspart error - The failure panel.
 * @csspart retry-button - The failure panel's retry button.
 */
export class PlsAidEligibility extends PlsStepsElement {
  static override styles = aidEligibilityStyles;

  /**
   * The page (URL) where <pls-appointment-booker> is, "" for this page: each center of "where to apply"
   * then links there to book a legal-aid application at that center.
   */
  @property({ attribute: 'booking-page' }) bookingPage?: string;

  /** A ruleset the page already holds (e.g. bundled for offline use); used instead of fetching when it covers the region. */
  @property({ attribute: false }) ruleset?: LegalAidRuleset;

  static override textTables = [aidEligibilityText];

  @state() private screen: Screen = 'start';
  @state() private showing: Step | undefined;
  @state() private answers: InterviewAnswers = {};
  @state() private problems: FieldProblem[] = [];
  @state() private copyStatus = '';

  /** The questions' and the result's code, fetched as the resident makes for "start". */
  private readonly later = new LaterScreens(this, {
    loadView: this.loadView,
    onQuestionsSettled: (problem) => {
      if (problem) {
        if (this.screen !== 'start') this.announcement = problemMessage(problem, this.displayLocale);
        return;
      }
      // "back" while the code was on its way asked for a question, which is on screen now
      if (!this.#advanceWhenReady && this.screen === 'question') this.moveFocus(STEP_HEADING);
      this.#arrived();
    },
  });

  private readonly legalAid = new LegalAidController(this, {
    connection: () => this.requireConnection(),
    locale: () => this.dataLocale,
    onRules: () => this.#arrived(),
    onRulesProblem: (problem) => {
      if (this.screen !== 'start') this.announcement = problemMessage(problem, this.displayLocale);
    },
    // a result's headline, said to screen readers
    onResult: (result) => { this.announcement = this.later.results?.resultAnnouncement(result, this.displayLocale) ?? ''; },
    onSettled: (result) => this.dispatchEvent(new PlsEligibilityResultEvent({
      outcome: result.outcome, meansTest: result.meansTest, rulesetId: result.ruleset.id, rulesetVersion: result.ruleset.version,
    })),
    onProblem: (operation, problem) => this.reportProblem(operation, problem),
  });

  /** A start (or an answer) is waiting for the region's rules or the questions' code: it goes on once they are here. */
  #advanceWhenReady = false;
  /** Set by "change" on check-your-answers: once the path is complete again, go back there. */
  #returnToSummary = false;

  get #region(): string | undefined {
    return this.effectiveRegion ?? this.answers.region;
  }

  get #regionAsked(): boolean {
    return !this.effectiveRegion;
  }

  get #readyRules(): LegalAidRuleset | undefined {
    return this.legalAid.readyRules;
  }

  #walked: { rules: LegalAidRuleset; region: string; answers: InterviewAnswers; position: InterviewPosition } | undefined;

  /** Where the answers lead: walked once per change of rules, region or answers, however often a render asks. */
  #position(): InterviewPosition | undefined {
    const rules = this.#readyRules;
    const region = this.#region;
    const questions = this.later.questions;
    if (!rules || !region || !questions) return undefined;
    const walked = this.#walked;
    if (walked?.rules === rules && walked.region === region && walked.answers === this.answers) return walked.position;
    const position = questions.interviewPosition(rules, region, this.answers);
    this.#walked = { rules, region, answers: this.answers, position };
    return position;
  }

  protected override willUpdate(): void {
    this.legalAid.want(this.connection, this.#region, this.ruleset, this.#regionAsked);
  }

  protected override backOnline(): void {
    if (this.later.questionsProblem) this.later.prepare();
    if (this.legalAid.rules.status === 'error') void this.legalAid.loadRules();
    if (this.screen === 'result' && this.legalAid.unconfirmed) this.legalAid.confirm();
    if (this.legalAid.centers.status === 'error') void this.legalAid.loadCenters();
  }

  // Navigation. Every move keeps the answers, and moves focus to the new screen's heading.

  #show(screen: Screen, step?: Step): void {
    if (screen !== 'question') this.#returnToSummary = false;
    this.screen = screen;
    this.showing = step;
    this.problems = [];
    this.copyStatus = '';
    this.moveFocus(STEP_HEADING);
  }

  /** To the next unanswered question on the path, or to check-your-answers when none is left. */
  #advance(): void {
    const position = this.#position();
    if (this.later.questions && !this.#region) {
      this.#show('question', 'region');
    } else if (!position) {
      // the questions' code or the region's rules are still on their way (or failed): show that, and go on once they are here
      this.#advanceWhenReady = true;
      this.#show('question', undefined);
    } else if (position.next) {
      this.#show('question', position.next);
    } else {
      this.#show('summary');
    }
  }

  /**
   * The rules or the questions' code arrived: the first walk of a ruleset, the
   * costly one, is done while the page is idle, not in a click; a start that
   * waited for them goes on.
   */
  #arrived(): void {
    const idle = globalThis.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 1));
    idle(() => this.#position());
    if (!this.#advanceWhenReady) return;
    this.#advanceWhenReady = false;
    this.#advance();
  }

  #start = (): void => {
    this.later.prepare();
    this.#advance();
  };

  #submit = (event: SubmitEvent): void => {
    event.preventDefault();
    const step = this.showing;
    const questions = this.later.questions;
    if (!step || !questions) return;
    const reading = questions.readAnswer(step, event.target as HTMLFormElement, event.submitter, this.displayLocale);
    if ('problems' in reading) {
      this.problems = reading.problems;
      this.moveFocus(ERROR_SUMMARY);
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
    const previous = current === undefined || !position ? undefined : this.later.questions?.previousQuestion(position, current);
    if (previous) this.#show('question', previous);
    else if (this.#regionAsked && this.showing !== 'region') this.#show('question', 'region');
    else this.#show('start');
  };

  #change = (step: Step): void => {
    this.#show('question', step);
    this.#returnToSummary = true;
  };

  #seeResult = async (): Promise<void> => {
    const position = this.#position();
    const region = this.#region;
    if (!position || !region) return;
    this.#show('result');
    const results = await this.later.loadResults();
    if (results) this.legalAid.check(position.input, region, results);
    else this.announcement = aidEligibilityText.in(this.displayLocale).rulesetProblem;
  };

  #copy = async (): Promise<void> => {
    const result = this.legalAid.result;
    const results = this.later.results;
    if (!result || !results) return;
    const centers = this.legalAid.centers.status === 'ready' ? this.legalAid.centers.value : [];
    const copied = await results.copyText(results.resultAsText(result, centers, this.displayLocale), this.renderRoot);
    const words = results.strings.in(this.displayLocale);
    this.copyStatus = copied ? words.copied : words.copyFailed;
    this.announcement = this.copyStatus;
  };

  /** Clears every answer and result from memory (the rules stay: they are public). */
  #startOver = (): void => {
    this.legalAid.clear();
    this.answers = {};
    this.#show('start');
    this.announcement = aidEligibilityText.in(this.displayLocale).cleared;
  };

  protected override render(): TemplateResult {
    const back = this.screen !== 'start' ? { label: aidEligibilityText.in(this.displayLocale).back, go: this.#back } : undefined;
    return this.renderStepFrame(this.#renderScreen(), { back });
  }

  #renderScreen(): TemplateResult {
    const locale = this.displayLocale;
    const s = aidEligibilityText.in(locale);
    switch (this.screen) {
      case 'start':
        return html`<section class="start" part="start" aria-labelledby="step-heading">
          <h2 id="step-heading" tabindex="-1">${s.title}</h2>
          <slot name="intro"><p>${s.intro}</p></slot>
          <button type="button" class="primary" part="start-button" @click=${this.#start}
            @pointerenter=${this.later.prepare} @focus=${this.later.prepare}>${s.start}</button>
        </section>`;
      case 'question':
        return this.#renderQuestion();
      case 'summary': {
        const position = this.#position();
        const rules = this.#readyRules;
        const questions = this.later.questions;
        if (!position || !rules || !questions) return this.#renderWaiting();
        return questions.summaryView({
          locale, ruleset: rules, regions: this.legalAid.regions, regionAsked: this.#regionAsked, asked: position.asked, answers: this.answers,
          change: this.#change, seeResult: this.#seeResult,
        });
      }
      case 'result':
        return this.#renderResult();
    }
  }

  #renderQuestion(): TemplateResult {
    const step = this.showing;
    const locale = this.displayLocale;
    const questions = this.later.questions;
    if (!questions) return this.#renderWaiting();
    if (step === 'region') {
      // before the region's rules are known, every question may come
      const known = this.#position();
      const regionTotal = known ? 1 + known.asked.length + known.ahead : QUESTION_ORDER.length;
      return questions.questionView({
        question: 'region', locale, ruleset: undefined, regions: this.legalAid.regions, answers: this.answers, inputSoFar: { region: '' },
        problems: this.problems, step: 1, total: regionTotal, submit: this.#submit,
      });
    }
    const position = this.#position();
    const rules = this.#readyRules;
    if (!step || !position || !rules) return this.#renderWaiting();
    const index = position.asked.indexOf(step);
    const before = index === -1 ? position.asked : position.asked.slice(0, index);
    const inputSoFar = index === -1 ? position.input : position.inputBefore[index]!;
    const offset = this.#regionAsked ? 1 : 0;
    return questions.questionView({
      question: step, locale, ruleset: rules, regions: this.legalAid.regions, answers: this.answers, inputSoFar, problems: this.problems,
      step: before.length + 1 + offset, total: position.asked.length + position.ahead + offset,
      submit: this.#submit,
    });
  }

  /** While the region's rules or the questions' code load, or when they cannot: a heading to focus, and the state. */
  #renderWaiting(): TemplateResult {
    const locale = this.displayLocale;
    const s = aidEligibilityText.in(locale);
    const rules = this.legalAid.rules;
    const notCovered = rules.status === 'error' && rules.problem.code === 'not-found';
    return html`<section class="rules-state" aria-labelledby="step-heading">
      <h2 id="step-heading" tabindex="-1">${notCovered ? s.regionNotCovered : s.title}</h2>
      ${notCovered ? html`<p>${s.notCoveredHint}</p>`
        : rules.status === 'error' ? errorView(rules.problem, locale, () => void this.legalAid.loadRules())
        : this.later.questionsProblem ? errorView(this.later.questionsProblem, locale, this.later.prepare)
        : loadingView(locale, 2)}
    </section>`;
  }

  #renderResult(): TemplateResult {
    const { result, confirmation, centers } = this.legalAid;
    const locale = this.displayLocale;
    const resultView = this.later.results?.resultView;
    if (!result || !resultView) {
      // the result's code is still on its way, or no local answer (the rules could not be read here): wait for the server's
      return html`<section class="rules-state" aria-labelledby="step-heading">
        <h2 id="step-heading" tabindex="-1">${aidEligibilityText.in(locale).resultTitle}</h2>
        ${confirmation === 'pending' ? loadingView(locale, 2) : html`<p class="problem" part="error">${aidEligibilityText.in(locale).rulesetProblem}</p>`}
      </section>`;
    }
    return html`${resultView({
      locale, result, confirmation, centers, ruleset: this.#readyRules, region: this.#region, bookingPage: this.bookingPage,
      retryCenters: () => void this.legalAid.loadCenters(),
      answer: (question) => this.#show('question', question),
      print: () => globalThis.print?.(), copy: () => void this.#copy(), startOver: this.#startOver, changeAnswers: () => this.#show('summary'),
      ask: () => this.dispatchEvent(new PlsQuestionRequestEvent({
        topic: questionTopic(this.answers.proceeding, this.answers.matter), region: this.#region ?? null, source: this.localName,
      })),
      copyStatus: this.copyStatus,
    })}`;
  }
}
