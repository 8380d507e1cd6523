import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { PausedCount } from '../base/paused-count.js';
import { PlsStepsElement } from '../base/pls-steps-element.js';
import { ERROR_SUMMARY, STEP_HEADING, stepHeading } from '../base/focus-targets.js';
import type { FieldProblem } from '../error-summary/error-summary.js';
import { manageLink } from '../links/manage-link.js';
import type { PlsQuestionRequestDetail } from '../links/pls-question-request-event.js';
import { localized, type LocalizedText } from '../locale/locale.js';
import { fill } from '../locale/string-table.js';
import { legalQuestionText, type LegalQuestionText } from './legal-question.strings.js';
import { LegalQuestionController } from './legal-question-controller.js';
import {
  answerProblems, backTarget, contactProblems, EMPTY_DRAFT, forgetPersonal, refusal,
  stepNumber, topicProblems, type QuestionDraft, type Step,
} from './legal-question-steps.js';
import { legalQuestionStyles } from './pls-legal-question.styles.js';
import { QuestionLinks } from './question-links.js';
import { waiting } from './question-lines.js';
import { topicView } from './topic-view.js';
import type { PhoneCodeController } from '../phone-code/phone-code-controller.js';

/**
 * Ask a legal question, or ask to be called back: a topic in plain words and
 * the county, the question (a live count, a reminder not to write ID numbers
 * or other people's details), how to get the answer, a name and a mobile
 * number under the privacy notice the API serves, then the reference and the
 * link to follow it (its token in the URL fragment only): its status, timeline
 * and the answer. Another widget's "ask a question about this"
 * (`pls-question-request`) opens it with the topic set.
 *
 * @tag pls-legal-question
 * @summary Ask a legal question or a call-back; follow the answer with the link.
 *
 * @event {PlsQuestionAskedEvent} pls-question-asked - A question was sent and the API has it. Detail: `{ reference, kind, topic, region, dueBy }`, never the question, name or phone.
 * @event {PlsErrorEvent} pls-error - A request failed. Detail: `{ source, operation, status, code }`, nothing personal.
 *
 * @csspart base - The element's wrapper.
 * @csspart back-button - The "back" button.
 * @csspart progress - The "step n of 6" line.
 * @csspart error-summary - The list of problems above a form.
 * @csspart topics - The topics to choose from.
 * @csspart question - The question: its text area, or as asked on a followed question.
 * @csspart count - The characters left (or too many).
 * @csspart privacy-notice - The privacy notice, in full, as the API serves it.
 * @csspart continue-button - A step's "continue" button.
 * @csspart change-number-button - The code step's "change the number" button (where the operator confirms numbers).
 * @csspart send-code-button - The code step's "text me the code" button.
 * @csspart code-input - The field for the 6-digit code of the text message.
 * @csspart confirm-code-button - The code step's "confirm" button.
 * @csspart resend-button - The code step's "text me a new code" button.
 * @csspart resend-wait - How long until a new code may be asked for.
 * @csspart send-button - The "send my question" button.
 * @csspart reference - The work order's reference.
 * @csspart next - When the answer or the call comes.
 * @csspart follow-link - The link to follow the question.
 * @csspart start-again-button - "Ask another question" on the confirmation.
 * @csspart status - A followed question's status.
 * @csspart answer - The answer.
 * @csspart waiting - The line said while there is no answer yet (or it is overdue).
 * @csspart timeline - Its steps: received, passed to a center, answered, closed.
 * @csspart refresh-button - Asks again how the question stands.
 * @csspart ask-another-button - Starts a new question from a followed one.
 * @csspart loading - The placeholder shown while something loads.
 * @csspart error - The failure panel.
 * @csspart retry-button - The failure panel's retry button.
 */
export class PlsLegalQuestion extends PlsStepsElement {
  static override styles = legalQuestionStyles;
  static override textTables = [legalQuestionText];

  /** A practice-area code (e.g. "labour") the host already knows: the resident starts with it chosen. */
  @property() topic?: string;

  @state() private step: Step = 'topic';
  @state() private draft: QuestionDraft = EMPTY_DRAFT;
  @state() private problems: FieldProblem[] = [];
  @state() private copied = '';
  readonly #count = new PausedCount((words) => { this.announcement = words; });

  private readonly questions = new LegalQuestionController(this, {
    ...this.ways, report: this.reportAndAnnounce, loadView: this.loadView,
    hotline: () => this.effectiveHotline,
    onFix: (step) => this.#go(step),
    onNoticeChanged: () => { this.draft = { ...this.draft, consent: false }; this.#go('contact'); },
    onPhoneUnconfirmed: () => { this.#go('code'); this.#phoneCode?.tokenRefused(); },
    // asked: what the resident typed is gone (a shared kiosk never shows it to the next person)
    onAsked: () => { this.#forget(); this.#go('done'); },
  });

  /** The code step's state, made when its module arrives (only where the notice says numbers are confirmed). */
  #phoneCode: PhoneCodeController | undefined;

  get #code(): PhoneCodeController | undefined {
    const view = this.questions.views.code;
    return view && (this.#phoneCode ??= new view.PhoneCodeController(this, {
      ...this.ways, shown: () => this.step === 'code', purpose: 'work-order', onConfirmed: () => this.#confirmed(), onOff: () => this.#confirmed(),
    }));
  }

  private readonly links = new QuestionLinks(this, {
    follow: ({ reference, token }) => this.follow(reference, token),
    open: (request) => this.#open(request),
  });

  get #text(): LegalQuestionText {
    return legalQuestionText.in(this.displayLocale);
  }

  /** Shows a question from its reference and token (what the link carries). */
  follow(reference: string, token: string): void {
    this.#go('follow');
    void this.questions.loadFollowed({ reference, token });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#count.stop();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('topic') && this.topic) this.draft = { ...this.draft, topic: this.topic };
    if (!this.draft.region && this.effectiveRegion) this.draft = { ...this.draft, region: this.effectiveRegion };
    if (this.step === 'topic' && this.connection && this.questions.topics.state.status === 'idle') this.questions.loadChoices();
  }

  protected override backOnline(): void {
    const { topics, regions, questionScreen, limits, notice, followed, credentials, canRetry } = this.questions;
    if (this.step === 'check' && canRetry) this.#ask();
    else if (topics.state.status === 'error' || regions.state.status === 'error') this.questions.loadChoices();
    else if (questionScreen.state.status === 'error') this.questions.loadQuestionScreen();
    else if (limits.state.status === 'error') this.questions.loadLimits();
    else if (notice.state.status === 'error') this.questions.loadNotice();
    else if (followed.state.status === 'error' && credentials) void this.questions.loadFollowed(credentials);
  }

  /** Another widget's "ask a question about this": this form, on that topic, in view. */
  #open({ topic, region }: PlsQuestionRequestDetail): void {
    if (this.step === 'done' || this.step === 'follow') this.#forget();
    this.draft = { ...this.draft, topic: topic ?? this.draft.topic, region: region ?? this.draft.region };
    this.#go('topic');
    this.scrollIntoView?.({ block: 'start' });
  }

  /** Shows a step and asks for what it needs (its view, its data), unless it has it. */
  #go(step: Step): void {
    this.step = step;
    this.problems = [];
    this.questions.message = '';
    this.copied = '';
    this.moveFocus(STEP_HEADING);
    const { questionScreen, limits, notice } = this.questions;
    if (step === 'question' && questionScreen.state.status !== 'ready') this.questions.loadQuestionScreen();
    if (step === 'answer' && limits.state.status !== 'ready') this.questions.loadLimits();
    if ((step === 'contact' || step === 'check') && notice.state.status !== 'ready') this.questions.loadNotice();
    if (step === 'check') this.questions.beginAttempt();
  }

  /** What the step asks of the resident before it lets them on (its words came with its view). */
  #problemsOf(step: Step): FieldProblem[] {
    const { views, limits, regions } = this.questions;
    const locale = this.displayLocale;
    switch (step) {
      case 'topic': return topicProblems(this.draft, regions.value ?? [], this.#text);
      case 'question': return views.question ? views.question.questionProblems(this.draft, views.question.strings.in(locale)) : [];
      case 'answer': return views.answer && limits.value ? answerProblems(this.draft, limits.value.callback.days, views.answer.strings.in(locale)) : [];
      case 'contact': return views.contact ? contactProblems(this.draft, views.contact.strings.in(locale)) : [];
      default: return [];
    }
  }

  /** Continue: on to the next step, or the step's problems in its error summary. */
  #next(to: Step): void {
    this.problems = this.#problemsOf(this.step);
    if (this.problems.length) this.moveFocus(ERROR_SUMMARY);
    else this.#go(to === 'check' ? this.#codeFirst() : to);
  }

  /** The code step before "check" where numbers are confirmed, unless this number was confirmed a moment ago. */
  #codeFirst(): Step {
    const code = this.#code;
    if (!code || code.tokenFor(this.draft.phone)) return 'check';
    code.open(this.draft.phone);
    return 'code';
  }

  #confirmed(): void {
    this.questions.changed();
    this.#go('check');
  }

  #ask(): void {
    void this.questions.ask(this.draft, this.#code?.tokenFor(this.draft.phone));
  }

  /** Asked, or started again: what the resident typed, and the number's code and token, are gone. */
  #forget(): void {
    this.draft = forgetPersonal(this.draft);
    this.#phoneCode?.forget();
  }

  /** A change to what would be sent: a new attempt, and (once the resident tried to go on) the step checked again. */
  #edit(change: Partial<QuestionDraft>): void {
    this.draft = { ...this.draft, ...change };
    this.questions.changed();
    if (this.problems.length) this.problems = this.#problemsOf(this.step);
  }

  /** The count is read out once the resident pauses near the limit, never at every key. */
  #typed(text: string): void {
    this.#edit({ text });
    const view = this.questions.views.question;
    // the field is the view's: it is there whenever something is typed
    if (view) this.#count.typed(view.countWorthAnnouncing(text), () => view.countLine(this.draft.text, view.strings.in(this.displayLocale)).line);
  }

  #startAgain(): void {
    this.#forget();
    this.#go('topic');
  }

  protected override render(): TemplateResult {
    const back = backTarget(this.step);
    const number = stepNumber(this.step);
    return this.renderStepFrame(this.#renderStep(), {
      back: back ? { label: this.#text.back, go: () => this.#go(back) } : undefined,
      progress: number ? fill(this.#text.stepOf, { step: number }) : undefined,
    });
  }

  #renderStep(): TemplateResult {
    const text = this.#text;
    const locale = this.displayLocale;
    const { questions, problems, draft } = this;
    const { views, message } = questions;
    const named = (item: { name: LocalizedText } | undefined, code: string) => (item ? localized(item.name, locale) : code);
    const topicName = (code: string) => named(questions.topics.value?.find((area) => area.code === code), code);
    switch (this.step) {
      case 'topic':
        return topicView({
          text, locale, problems, message, topic: draft.topic, region: draft.region, topics: questions.topics.state, regions: questions.regions.state,
          chooseTopic: (topic) => this.#edit({ topic }), chooseRegion: (region) => this.#edit({ region }),
          retry: () => questions.loadChoices(), submit: () => this.#next('question'),
        });
      case 'question':
        return views.question?.questionView({
          text, locale, problems, question: draft.text, message, type: (value) => this.#typed(value), submit: () => this.#next('answer'),
        }) ?? waiting(text.questionTitle, locale, questions.questionScreen.state, () => questions.loadQuestionScreen());
      case 'answer': {
        const limits = questions.limits.value;
        return (limits && views.answer?.answerView({
          text, locale, problems, limits, kind: draft.kind, callbackDate: draft.callbackDate, callbackPart: draft.callbackPart, message,
          choose: (change) => this.#edit(change), submit: () => this.#next('contact'),
        })) || waiting(text.answerTitle, locale, questions.limits.state, () => questions.loadLimits());
      }
      case 'contact': {
        const notice = questions.notice.value;
        return (notice && views.contact?.contactView({
          text, locale, problems, name: draft.name, phone: draft.phone, consent: draft.consent, notice, message,
          type: (field, value) => this.#edit({ [field]: value }), agree: (consent) => this.#edit({ consent }), submit: () => this.#next('check'),
        })) || waiting(text.contactTitle, locale, questions.notice.state, () => questions.loadNotice());
      }
      case 'code':
        return views.code!.phoneCodeView({ locale, code: this.#code!, changeNumber: () => { this.#go('contact'); this.moveFocus('#phone'); } });
      case 'check':
        return views.check?.checkView({
          text, locale, draft, message, sending: questions.sending, topicName: topicName(draft.topic ?? ''),
          regionName: named(questions.regions.value?.find((r) => r.code === draft.region), draft.region ?? ''),
          change: (step) => this.#go(step), send: () => this.#ask(),
        }) ?? waiting(text.checkTitle, locale, questions.notice.state, () => questions.loadNotice());
      case 'done':
        return this.#renderDone();
      default:
        return this.#renderFollow(topicName);
    }
  }

  #renderDone(): TemplateResult {
    const text = this.#text;
    const { asked, views, credentials } = this.questions;
    if (!views.done) {
      this.questions.prepareDoneView();
      return html`${stepHeading(text.doneTitle)}<p part="reference" class="reference">${asked!.reference}</p>`;
    }
    return views.done.doneView({
      text, locale: this.displayLocale, hotline: this.effectiveHotline, asked: asked!, link: manageLink(location, credentials!, 'pls-question'), copied: this.copied,
      copy: async (value) => { this.copied = this.announcement = (await views.done!.copyText(value, this.renderRoot)) ? views.done!.strings.in(this.displayLocale).copied : ''; },
      startAgain: () => this.#startAgain(),
    });
  }

  #renderFollow(topicName: (code: string) => string): TemplateResult {
    const text = this.#text;
    const { followed, views, credentials } = this.questions;
    const found = followed.shown;
    if (!found || !views.follow) {
      // a reference the API cannot read (400: a link copied wrong) is as lost as a wrong token
      const lost = followed.state.status === 'error' && (refusal(followed.state.problem).kind === 'lost' || followed.state.problem.status === 400);
      return lost ? html`${stepHeading(text.followTitle)}<p class="problem" part="error">${fill(text.notFound, { hotline: this.effectiveHotline })}</p>`
        : waiting(text.followTitle, this.displayLocale, followed.state, () => void this.questions.loadFollowed(credentials!));
    }
    return views.follow.followView({
      text, locale: this.displayLocale, hotline: this.effectiveHotline, followed: found, topicName: topicName(found.topic), center: this.questions.center,
      refreshing: followed.state.status === 'loading', refresh: () => void this.questions.loadFollowed(credentials!),
      askAnother: () => this.#startAgain(),
    });
  }
}
