import { matchNotaryMatters } from '@plskit/core';
import type { ChecklistAnswers, NotaryMatter, NotaryMatterSummary } from '@plskit/sdk';
import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { AsyncState } from '../async-state/async-state.js';
import { errorView, loadingView } from '../async-state/async-state-view.js';
import { PlsStepsElement } from '../base/pls-steps-element.js';
import { ERROR_SUMMARY, STEP_HEADING } from '../base/focus-targets.js';
import { fill } from '../locale/string-table.js';
import type { NotaryAnswers } from './checklist-questions-view.js';
import { matterFinderView } from './matter-finder-view.js';
import { NotaryChecklistController } from './notary-checklist-controller.js';
import { notaryChecklistText } from './notary-checklist.strings.js';
import type { NotaryQuestion } from './notary-question.js';
import { notaryChecklistStyles } from './pls-notary-checklist.styles.js';
import { PlsBookRequestEvent } from './pls-book-request-event.js';
import { PlsQuestionRequestEvent } from '../links/pls-question-request-event.js';
import { questionTopic } from './question-topic.js';
import { PlsChecklistReadyEvent } from './pls-checklist-ready-event.js';

type Step = 'find' | 'questions' | 'checklist';

/**
 * "What do I bring to the notary?": find the matter as you name it, answer only
 * the questions that change the list, and get every document at once (一次性告知)
 * with why it is needed and its basis, the in-person rule, where to apply, the
 * time limit, the fee and what use abroad needs; print it, copy it, or book a visit.
 *
 * @tag pls-notary-checklist
 * @summary Notary material checklist: find the matter, answer what changes the list, get every document with its basis.
 *
 * @event {PlsChecklistReadyEvent} pls-checklist-ready - A checklist is shown. Detail: `{ matter, items, refused, catalogueVersion }`, never the answers.
 * @event {PlsQuestionRequestEvent} pls-question-request - "Ask a question about this" was chosen. Detail: `{ topic, region, source }`; cancelable: otherwise the page's `<pls-legal-question>` opens on it.
 * @event {PlsBookRequestEvent} pls-book-request - "Book a visit" was chosen. Detail: `{ service: 'notarization', center, region, matter }`; open `<pls-appointment-booker service="notarization" center=… region=…>` with it.
 * @event {PlsErrorEvent} pls-error - A request failed. Detail: `{ source, operation, status, code }`, nothing personal.
 *
 * @csspart base - The element's wrapper.
 * @csspart finder - The find-a-matter step.
 * @csspart search - The search field.
 * @csspart match-count - How many matters match the search.
 * @csspart matter-button - One matter to choose.
 * @csspart unknown-matter - The message when the `matter` attribute names no matter.
 * @csspart questions - The form of questions.
 * @csspart error-summary - The unanswered questions above the form.
 * @csspart country - The destination-country select.
 * @csspart back-button - Back to the previous question or step.
 * @csspart continue-button - Continue, or show the checklist.
 * @csspart checklist - The checklist (also the printed sheet).
 * @csspart refusal - Why an agent cannot apply, what to do instead and the home-visit note.
 * @csspart in-person - The in-person rule and the home-visit note.
 * @csspart home-visit - The home-visit note.
 * @csspart items - The list of documents.
 * @csspart item - One document.
 * @csspart abroad - Apostille or consular legalisation.
 * @csspart where - Where to apply, with the region's offices.
 * @csspart offices - The region's places that take notarisation.
 * @csspart time-limit - The time limit.
 * @csspart fee - The fee, marked when unverified.
 * @csspart pledge - The pledge (告知承诺制) note.
 * @csspart general-pattern - The note on a list that follows only the general pattern.
 * @csspart sources - The sources and the catalogue version.
 * @csspart actions - The checklist's buttons.
 * @csspart print-button - Print the checklist.
 * @csspart copy-button - Copy the checklist as text.
 * @csspart book-button - Book a visit (fires pls-book-request).
 * @csspart ask-button - Ask a question about this (fires pls-question-request).
 * @csspart change-answers-button - Back to the questions.
 * @csspart other-matter-button - Back to finding a matter.
 * @csspart loading - The placeholder while something loads.
 * @csspart error - The failure panel.
 * @csspart retry-button - The failure panel's retry button.
 */
export class PlsNotaryChecklist extends PlsStepsElement {
  static override styles = notaryChecklistStyles;
  static override textTables = [notaryChecklistText];

  /** A matter code (e.g. "will") to open directly, skipping the search. */
  @property() matter?: string;

  @state() private step: Step = 'find';
  @state() private query = '';
  @state() private answers: NotaryAnswers = {};
  @state() private missing: NotaryQuestion[] = [];
  /** Senior mode shows one question per screen: its index. */
  @state() private current = 0;
  @state() private unknownMatter = false;
  @state() private copyStatus = '';

  private readonly notary = new NotaryChecklistController(this, () => this.requireConnection(),
    (operation, problem) => this.reportProblem(operation, problem), this.loadView);

  /** A `matter` to open once there is a connection (a provider can be defined after this element). */
  #pending: string | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('matter') && this.matter) this.#pending = this.matter;
    if (!this.connection) return;
    if (this.#pending) {
      void this.#choose(this.#pending);
      this.#pending = undefined;
    } else if (this.step === 'find' && this.notary.catalogue.state.status === 'idle') {
      void this.notary.loadCatalogue();
    }
  }

  protected override backOnline(): void {
    for (const [key, retry] of [['catalogue', () => this.notary.loadCatalogue()], ['matter', () => this.#choose(this.#chosen ?? '')],
      ['checklist', () => this.#requestChecklist()]] as const) {
      if (this.notary[key].state.status === 'error') void retry();
    }
  }

  get #chosen(): string | undefined {
    return this.notary.matter.value?.code ?? this.#wanted;
  }

  #wanted: string | undefined;

  #go(step: Step): void {
    this.step = step;
    this.moveFocus(STEP_HEADING);
  }

  async #choose(code: string): Promise<void> {
    this.#wanted = code;
    this.answers = {};
    this.missing = [];
    this.current = 0;
    this.unknownMatter = false;
    this.#go('questions');
    await this.notary.loadMatter(code);
    const matter = this.notary.matter.state;
    if (matter.status === 'error' && matter.problem.code === 'not-found') {
      this.unknownMatter = true;
      this.#go('find');
      if (this.notary.catalogue.state.status === 'idle') void this.notary.loadCatalogue();
    } else if (matter.status === 'ready' && matter.value.questions.length === 0) {
      void this.#requestChecklist();
    }
  }

  /** Filters the list and tells screen-reader users how many matters match. */
  #search(matters: NotaryMatterSummary[], query: string): void {
    this.query = query;
    const found = matchNotaryMatters(matters, query).length;
    this.announcement = !query.trim() ? '' : found ? fill(this.text.matchCount, { count: found }) : this.text.noMatch;
  }

  #questions(matter: NotaryMatter): NotaryQuestion[] {
    const asked: NotaryQuestion[] = [...matter.questions];
    if (this.answers.useAbroad === true) asked.splice(asked.indexOf('useAbroad') + 1, 0, 'destinationCountry');
    return asked;
  }

  #answer(question: NotaryQuestion, value: boolean | string): void {
    this.answers = { ...this.answers, [question]: value };
    if (question === 'useAbroad' && value === false) delete this.answers.destinationCountry;
    this.missing = this.missing.filter((q) => q !== question);
  }

  #submit(matter: NotaryMatter): void {
    const questions = this.#questions(matter);
    const senior = this.effectiveSenior;
    const shown = senior ? [questions[this.current]!] : questions;
    this.missing = shown.filter((q) => this.answers[q] === undefined || this.answers[q] === '');
    if (this.missing.length) {
      // one question per screen (senior mode): its own message says it all, so focus goes to its answer
      this.moveFocus(senior ? `#${this.missing[0]}` : ERROR_SUMMARY);
      return;
    }
    if (senior && this.current < questions.length - 1) {
      this.current += 1;
      this.moveFocus(STEP_HEADING);
      return;
    }
    void this.#requestChecklist();
  }

  #back(): void {
    if (this.effectiveSenior && this.current > 0) {
      this.current -= 1;
      this.moveFocus(STEP_HEADING);
    } else {
      this.#go('find');
    }
  }

  async #requestChecklist(): Promise<void> {
    const code = this.#chosen;
    if (!code) return;
    const { destinationCountry, ...yesNo } = this.answers;
    const answers = { ...yesNo, ...(this.answers.useAbroad === true ? { destinationCountry } : {}) } as ChecklistAnswers;
    this.#go('checklist');
    const region = this.effectiveRegion;
    if (region && this.notary.offices.state.status !== 'ready') void this.notary.loadOffices(region);
    const checklist = await this.notary.loadChecklist({ matter: code as NotaryMatter['code'], answers });
    if (!checklist) return;
    this.announcement = this.notary.views.checklist!.readyAnnouncement(checklist, this.displayLocale);
    this.dispatchEvent(new PlsChecklistReadyEvent({
      matter: checklist.matter.code, items: checklist.items.map((item) => item.code), refused: checklist.refusals.length > 0,
      catalogueVersion: checklist.catalogueVersion,
    }));
  }

  get text() {
    return notaryChecklistText.in(this.displayLocale);
  }

  async #copy(): Promise<void> {
    // the notice as the resident reads it, headings and items on their own lines
    const sheet = this.renderRoot.querySelector<HTMLElement>('[part~="checklist"]');
    if (!sheet) return;
    const view = this.notary.views.checklist!;
    const copied = await view.copyText(sheet.innerText, this.renderRoot);
    const words = view.strings.in(this.displayLocale);
    this.copyStatus = copied ? words.copied : words.copyFailed;
    this.announcement = this.copyStatus;
  }

  #book(): void {
    const checklist = this.notary.checklist.value;
    if (!checklist) return;
    this.dispatchEvent(new PlsBookRequestEvent({
      service: 'notarization', center: this.notary.offices.value?.[0]?.id ?? null, region: this.effectiveRegion ?? null, matter: checklist.matter.code,
    }));
  }

  #stateView<T>(state: AsyncState<T>, blocks: number, retry: () => void, ready: (value: T) => TemplateResult): TemplateResult {
    if (state.status === 'ready') return ready(state.value);
    if (state.status === 'error') return errorView(state.problem, this.displayLocale, retry);
    return loadingView(this.displayLocale, blocks);
  }

  #stepView(): TemplateResult {
    const locale = this.displayLocale;
    const text = this.text;
    if (this.step === 'find') {
      return this.#stateView(this.notary.catalogue.state, 4, () => void this.notary.loadCatalogue(), (list) => matterFinderView({
        list, query: this.query, locale, text, unknown: this.unknownMatter,
        onQuery: (query) => this.#search(list.items, query), onChoose: (code) => void this.#choose(code),
      }));
    }
    if (this.step === 'questions') {
      return this.#stateView(this.notary.matter.state, 3, () => void this.#choose(this.#chosen ?? ''), (matter) => this.notary.views.questions!.questionsView({
        questions: this.#questions(matter), current: this.effectiveSenior ? this.current : undefined, answers: this.answers,
        missing: this.missing, locale,
        onAnswer: (question, value) => this.#answer(question, value), onSubmit: () => this.#submit(matter), onBack: () => this.#back(),
      }));
    }
    return this.#stateView(this.notary.checklist.state, 6, () => void this.#requestChecklist(), (checklist) => this.notary.views.checklist!.checklistView({
      checklist, offices: this.notary.offices.value, locale, asksQuestions: Boolean(this.notary.matter.value?.questions.length), copyStatus: this.copyStatus,
      print: () => globalThis.print(), copy: () => void this.#copy(), book: () => this.#book(),
      ask: () => this.dispatchEvent(new PlsQuestionRequestEvent({ topic: questionTopic(checklist.matter.code), region: this.effectiveRegion ?? null, source: this.localName })),
      changeAnswers: () => { this.current = 0; this.#go('questions'); },
      otherMatter: () => { this.unknownMatter = false; this.#go('find'); if (this.notary.catalogue.state.status === 'idle') void this.notary.loadCatalogue(); },
    }));
  }

  protected override render(): TemplateResult {
    return html`<div class=${this.rootClass} part="base" lang=${this.languageTag}>
      ${this.#stepView()}
      ${this.renderLiveRegion()}
    </div>`;
  }
}
