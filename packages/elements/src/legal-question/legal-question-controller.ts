import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ApiProblem } from '../api/api-problem.js';
import type { Connection } from '../api/connection.js';
import type { Region } from '../api/directory-types.js';
import { problemMessage } from '../async-state/async-state-view.js';
import { RequestController, type ReportProblem } from '../async-state/request-controller.js';
import { SendAttempt } from '../async-state/send-attempt.js';
import type { LoadView } from '../base/pls-steps-element.js';
import type { ManageCredentials } from '../links/manage-link.js';
import type { DisplayLocale, Locale } from '../locale/locale.js';
import { fill } from '../locale/string-table.js';
import { legalQuestionText, type LegalQuestionText } from './legal-question.strings.js';
import {
  legalQuestionRequests, type PracticeArea, type PrivacyNotice, type ServiceCenter, type WorkOrder, type WorkOrderTimeLimits,
} from './legal-question-requests.js';
import { refusal, workOrderRequest, type QuestionDraft, type Step } from './legal-question-steps.js';
import { PlsQuestionAskedEvent } from './pls-question-asked-event.js';

export interface LegalQuestionOptions {
  connection(): Connection;
  /** Accept-Language of the calls (problem texts, the privacy notice). */
  locale(): Locale;
  /** The locale shown. */
  displayLocale(): DisplayLocale;
  /** pls-error, and the failure said in the live region. */
  report: ReportProblem;
  /** A later step's view, with its words ready. */
  loadView: LoadView;
  announce(message: string): void;
  /** The hotline a refusal tells the resident to call. */
  hotline(): string;
  /** A field must change: the step to go back to. */
  onFix(step: Step): void;
  /** The privacy notice changed: the new one is loading; the resident agrees again. */
  onNoticeChanged(): void;
  /** The number's confirmation expired or is missing: the code step again, everything typed kept. */
  onPhoneUnconfirmed(): void;
  /** Asked (pls-question-asked is dispatched): the confirmation is shown. */
  onAsked(): void;
}

type Views = {
  question?: typeof import('./question-view.js');
  answer?: typeof import('./answer-view.js');
  contact?: typeof import('./contact-view.js');
  check?: typeof import('./check-view.js');
  /** Only where the notice says numbers are confirmed. */
  code?: typeof import('../phone-code/phone-code-view.js');
  done?: typeof import('./done-view.js');
  follow?: typeof import('./follow-view.js');
};

/**
 * The question widget's requests and commands. Each list (topics, regions,
 * time limits, the notice, a followed question) is the kit's latest-wins
 * request; a step's view comes with the data it shows, so the first step
 * carries none of the later ones. Asking sends one Idempotency-Key per
 * attempt, kept for every retry (back online, after Retry-After), so a
 * question is never sent twice; what a refusal means is said in `message`.
 */
export class LegalQuestionController implements ReactiveController {
  readonly topics: RequestController<PracticeArea[]>;
  readonly regions: RequestController<Region[]>;
  /** The question step's screen (it needs no data: only its view). */
  readonly questionScreen: RequestController<true>;
  readonly limits: RequestController<WorkOrderTimeLimits>;
  readonly notice: RequestController<PrivacyNotice>;
  readonly followed: RequestController<WorkOrder>;
  readonly views: Views = {};
  /** The center a followed question was passed to: its name and phone. */
  center: ServiceCenter | undefined;
  /** The link's reference and token: from the question just asked, or from the link. */
  credentials: ManageCredentials | undefined;
  /** The question just asked. */
  asked: WorkOrder | undefined;
  sending = false;
  /** What the last attempt's failure means for the resident, shown above the step's button. */
  message = '';

  readonly #attempt = new SendAttempt(() => this.options.loadView(() => import('./done-view.js')).then((view) => {
    this.views.done = view;
    this.host.requestUpdate();
  }));
  #retryTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly host: ReactiveControllerHost & EventTarget, private readonly options: LegalQuestionOptions) {
    host.addController(this);
    const report = options.report;
    this.topics = new RequestController(host, 'list-practice-areas', report);
    this.regions = new RequestController(host, 'list-regions', report);
    this.questionScreen = new RequestController(host, 'load-question-screen', report);
    this.limits = new RequestController(host, 'get-work-order-time-limits', report);
    this.notice = new RequestController(host, 'get-privacy-notice', report);
    this.followed = new RequestController(host, 'get-work-order', report);
  }

  hostDisconnected(): void {
    clearTimeout(this.#retryTimer);
  }

  get #text(): LegalQuestionText {
    return legalQuestionText.in(this.options.displayLocale());
  }

  get #requests() {
    return legalQuestionRequests(this.options.connection());
  }

  /** The first step's choices: the topics the API serves and the counties. */
  loadChoices(): void {
    void this.topics.run(() => this.#requests.topics());
    void this.regions.run(() => this.#requests.regions());
  }

  loadQuestionScreen(): void {
    void this.questionScreen.run(async () => {
      this.views.question = await this.options.loadView(() => import('./question-view.js'));
      return true;
    });
  }

  /** Today's time limits (the city's working days) and the step that offers them. */
  loadLimits(): void {
    void this.limits.run(async (signal) => {
      const [limits, view] = await Promise.all([this.#requests.timeLimits({ signal }), this.options.loadView(() => import('./answer-view.js'))]);
      this.views.answer = view;
      return limits;
    });
  }

  /**
   * The privacy notice in the locale asked for, the contact step that shows it,
   * the check step after it, and the code step between them where the notice
   * says numbers are confirmed (elsewhere it never loads).
   */
  loadNotice(): void {
    void this.notice.run(async (signal) => {
      const { loadView } = this.options;
      const noticeAndCode = async () => {
        const notice = await this.#requests.privacyNotice({ locale: this.options.locale(), signal });
        if (notice.phoneVerification) this.views.code = await loadView(() => import('../phone-code/phone-code-view.js'));
        return notice;
      };
      const [notice, contact, check] = await Promise.all([noticeAndCode(), loadView(() => import('./contact-view.js')), loadView(() => import('./check-view.js'))]);
      Object.assign(this.views, { contact, check });
      return notice;
    });
  }

  /** A question from its link, the topics it is named by, its center, and the screen that shows it. */
  async loadFollowed(credentials: ManageCredentials): Promise<void> {
    this.credentials = credentials;
    if (this.topics.state.status !== 'ready') void this.topics.run(() => this.#requests.topics());
    const followed = await this.followed.run(async (signal) => {
      const [found, view] = await Promise.all([this.#requests.follow(credentials.reference, credentials.token, { signal }),
        this.options.loadView(() => import('./follow-view.js'))]);
      this.views.follow = view;
      return found;
    });
    if (followed?.center && followed.center !== this.center?.id) {
      // without it the screen says "passed to a center": nothing to retry for
      this.center = await this.#requests.center(followed.center).catch(() => undefined);
      this.host.requestUpdate();
    }
  }

  /** The confirmation's module, fetched while the resident checks; again after a failure (offline). */
  prepareDoneView(): void {
    this.#attempt.prepareDoneView();
  }

  /** "Check your question" begins an attempt: its key is kept for every retry of it. */
  beginAttempt(): void {
    this.#attempt.begin();
  }

  /** Any change to what would be sent starts a new attempt with a new key. */
  changed(): void {
    this.#attempt.end();
  }

  /** An attempt that failed and can be sent again as it is (back online). */
  get canRetry(): boolean {
    return this.#attempt.key !== undefined && this.message !== '';
  }

  /** Sends the draft, with the token of the number's confirmed code where the operator asks for one. */
  async ask(draft: QuestionDraft, phoneVerification?: string): Promise<void> {
    const key = this.#attempt.key;
    const notice = this.notice.value;
    if (!key || !notice || this.sending) return;
    clearTimeout(this.#retryTimer);
    this.sending = true;
    this.message = '';
    this.host.requestUpdate();
    try {
      const asked = await this.#requests.ask(workOrderRequest(draft, notice.version, phoneVerification), key, { locale: this.options.locale() });
      this.#attempt.end();
      this.asked = asked;
      this.credentials = { reference: asked.reference, token: asked.manageToken! };
      this.host.dispatchEvent(new PlsQuestionAskedEvent({
        reference: asked.reference, kind: asked.kind, topic: asked.topic, region: asked.region, dueBy: asked.dueBy,
      }));
      this.options.onAsked();
      this.options.announce(fill(this.#text.announceAsked, { reference: asked.reference }));
    } catch (error) {
      this.#refused(ApiProblem.from(error), draft, phoneVerification);
    } finally {
      this.sending = false;
      this.host.requestUpdate();
    }
  }

  #refused(problem: ApiProblem, draft: QuestionDraft, phoneVerification: string | undefined): void {
    const text = this.#text;
    this.options.report('create-work-order', problem);
    const reason = refusal(problem);
    switch (reason.kind) {
      case 'notice-changed':
        this.changed();
        this.options.onNoticeChanged();
        this.message = text.noticeChanged;
        this.loadNotice();
        break;
      case 'fix':
        // a call-back day no longer offered, say: the step shows fresh choices
        this.changed();
        if (reason.step === 'answer') this.loadLimits();
        this.options.onFix(reason.step);
        this.message = text.checkAgain;
        break;
      case 'limit-reached':
        this.message = fill(text.limitReached, { hotline: this.options.hotline() });
        break;
      case 'wait':
        this.message = fill(text.waitRetry, { seconds: reason.seconds });
        this.#retryTimer = setTimeout(() => void this.ask(draft, phoneVerification), reason.seconds * 1000);
        break;
      case 'phone-unconfirmed':
        // the code step says why (its words came with it); without it, the notice in force says numbers are confirmed now
        this.changed();
        if (this.views.code) {
          this.options.onPhoneUnconfirmed();
          return;
        }
        this.options.onNoticeChanged();
        this.message = text.noticeChanged;
        this.loadNotice();
        break;
      default:
        this.message = problem.unreachable ? (problem.code === 'offline' ? text.offlineKept : text.noResponse)
          : problemMessage(problem, this.options.displayLocale());
    }
    this.options.announce(this.message);
  }
}
