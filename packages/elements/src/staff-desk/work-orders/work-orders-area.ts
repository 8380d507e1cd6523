// The desk's work-order area, its own chunk (fetched when staff first choose
// its tab): the queue and one work order opened ("Work orders"), and a hotline
// call recorded ("New call"). It keeps what staff chose and typed in memory
// only, and tells the desk what to announce and where focus goes.
import type { ReactiveControllerHost, TemplateResult } from 'lit';
import type { ApiProblem } from '../../api/api-problem.js';
import { ERROR_SUMMARY, STEP_HEADING } from '../../base/focus-targets.js';
import { nearLimit, PausedCount } from '../../base/paused-count.js';
import type { ElementWays } from '../../base/pls-steps-element.js';
import type { FieldProblem } from '../../error-summary/error-summary.js';
import { fill } from '../../locale/string-table.js';
import { QUESTION_TEXT_MAX, questionLength } from '@plskit/core';
import type { StaffMember, WorkOrderResolution } from '@plskit/sdk/staff';
import type { ServiceCenter } from '../staff-desk-requests.js';
import { callView, savedView } from './call-view.js';
import { orderView } from './order-view.js';
import { queueView, type Names } from './queue-view.js';
import { WorkOrdersController, type WorkOrdersOptions } from './work-orders-controller.js';
import type { StaffWorkOrder } from './work-orders-requests.js';
import {
  actionProblems, actionsFor, ANSWER_TEXT_MAX, ANY_FILTERS, callProblems, callRequest, countLine, EMPTY_CALL, NO_ACTIONS, offersCenterFilter,
  refusedFields, RETURN_REASON_MAX, type CallDraft, type OrderAction, type QueueFilters,
} from './work-orders-steps.js';
import { workOrderRefusalOf } from './work-order-refusals.js';
import { workOrdersText } from './work-orders.strings.js';
import { workOrdersStyles } from './work-orders.styles.js';

/** The area's own words and look, which come with it (PlsStepsElement.loadView). */
export const strings = workOrdersText;
export const styles = workOrdersStyles;

export type WorkOrdersTab = 'work-orders' | 'new-call';

/** The desk's ways (PlsStepsElement.ways) and what the area needs of the desk itself. */
export interface WorkOrdersAreaOptions extends WorkOrdersOptions, ElementWays {
  member(): StaffMember;
  /** The centers by name (the desk's: the member's own, or every center). */
  centers(): readonly ServiceCenter[];
  /** The desk's words for a problem the area has none for (a sign-in that expired, the network). */
  explain(problem: ApiProblem): string;
  /** Shows the queue's tab (a call recorded opens in it). */
  showQueue(): void;
}

export class WorkOrdersArea {
  readonly #requests: WorkOrdersController;
  #filters: QueueFilters = ANY_FILTERS;
  #opened: string | undefined;
  #message = '';
  #problems: FieldProblem[] = [];
  #assignTo = '';
  #answer = '';
  #resolution: WorkOrderResolution | '' = '';
  #returnReason = '';
  #confirmingReturn = false;
  /** Returned to the hotline under the member's hands (409 work-order-not-assigned): nothing more of it is theirs to do. */
  #left = false;
  #draft: CallDraft = EMPTY_CALL;
  #callProblems: FieldProblem[] = [];
  #callMessage = '';
  #saved: StaffWorkOrder | undefined;
  /** The count of the field typed in (an answer, a caller's question), said once the member pauses near the limit; it is read with the field too. */
  readonly #count: PausedCount;

  constructor(private readonly host: ReactiveControllerHost, private readonly options: WorkOrdersAreaOptions) {
    this.#requests = new WorkOrdersController(host, options);
    this.#count = new PausedCount(options.announce);
  }

  get #text() {
    return workOrdersText.in(this.options.displayLocale());
  }

  get #names(): Names {
    return { centers: this.options.centers(), lists: this.#requests.lists.value };
  }

  /** The tab is shown: the queue asked again (it changes under other hands), the rest for the first time or after it failed. */
  shown(tab: WorkOrdersTab): void {
    this.#count.stop(); // the other tab's field is not the one in front of the member
    if (this.#requests.lists.state.status !== 'ready' && this.#requests.lists.state.status !== 'loading') void this.#requests.loadLists();
    if (tab === 'work-orders' && !this.#opened) this.#loadQueue();
    if (tab === 'work-orders' && this.#opened && this.#requests.order.state.status === 'error') void this.#requests.open(this.#opened);
    if (tab === 'new-call' && !this.#saved && ['idle', 'error'].includes(this.#requests.notice.state.status)) this.#requests.loadNotice();
  }

  #explain = (problem: ApiProblem): string => {
    const refusal = workOrderRefusalOf(problem.code);
    return refusal ? this.#text.refusals[refusal] : this.options.explain(problem);
  };

  #loadQueue(filters = this.#filters, announce = false): void {
    this.#filters = filters;
    void this.#requests.loadQueue(filters).then((page) => {
      if (page && announce) this.options.announce(fill(this.#text.queueReady, { count: page.total }));
    });
  }

  #open(reference: string): void {
    this.#count.stop();
    this.#opened = reference;
    this.#message = '';
    this.#problems = [];
    this.#assignTo = '';
    this.#answer = '';
    this.#resolution = '';
    this.#returnReason = '';
    this.#confirmingReturn = false;
    this.#left = false;
    this.#requests.order.reset(); // nothing of the work order open before shows under this one's heading
    this.options.moveFocus(STEP_HEADING);
    void this.#requests.open(reference).then((order) => {
      if (order) this.options.announce(fill(this.#text.opened, { reference }));
    });
    this.host.requestUpdate();
  }

  #back(): void {
    this.#count.stop();
    const reference = this.#opened;
    this.#opened = undefined;
    this.#requests.order.reset();
    this.options.moveFocus(reference ? `#open-${CSS.escape(reference)}` : STEP_HEADING);
    void this.#requests.loadQueue(this.#filters).then((page) => {
      // the filters hide it now (answered, passed on): the queue's heading, or focus would fall to the page
      if (page && !page.items.some((order) => order.reference === reference)) this.options.moveFocus(STEP_HEADING);
    });
    this.host.requestUpdate();
  }

  /** A field of at most `max` characters typed in: its count said after the pause, for the `text()` it has then. */
  #counted(text: () => string, max: number): void {
    this.#count.typed(nearLimit(questionLength(text()), max), () => countLine(questionLength(text()), max, this.#text).line);
  }

  async #act(action: OrderAction): Promise<void> {
    const reference = this.#opened!;
    const value = { assign: this.#assignTo, reply: this.#answer, close: this.#resolution, return: this.#returnReason }[action];
    this.#message = '';
    this.#problems = actionProblems(action, value, this.#text);
    if (this.#problems.length) {
      this.#confirmingReturn = false;
      this.options.moveFocus(ERROR_SUMMARY);
      this.host.requestUpdate();
      return;
    }
    const result = await this.#requests.act(action, reference, value);
    this.#confirmingReturn = false;
    if ('problem' in result) {
      this.#message = this.#explain(result.problem);
      // returned to the hotline meanwhile: no longer the member's to read again; otherwise
      // another hand answered or closed it: what it is now (the member is reading it already)
      if (result.problem.code === 'work-order-not-assigned') this.#left = true;
      else if (result.problem.status === 409) void this.#requests.open(reference);
      this.options.moveFocus('[part~="message"]');
      return;
    }
    const text = this.#text;
    const center = this.options.centers().find((known) => known.id === result.order.center)?.name ?? result.order.center ?? '';
    this.options.announce(fill({ assign: text.assigned, reply: text.replied, close: text.closed, return: text.returned }[action], { reference, center }));
    if (action === 'reply' || action === 'return') {
      // the text sent leaves the form (an answer, a reason), its count with it
      if (action === 'reply') this.#answer = '';
      else this.#returnReason = '';
      this.#count.stop();
    }
    this.options.moveFocus('#order-status');
  }

  /** A reason written: asks to confirm (focus on the confirmation's button); its problems first, if any. Cancelled: back to the reason. */
  #confirmReturn(asking: boolean): void {
    this.#message = '';
    this.#problems = asking ? actionProblems('return', this.#returnReason, this.#text) : [];
    this.#confirmingReturn = asking && !this.#problems.length;
    this.options.moveFocus(this.#problems.length ? ERROR_SUMMARY : asking ? '[part~="return-confirm-button"]' : '#return-reason');
    this.host.requestUpdate();
  }

  #edit<K extends keyof CallDraft>(field: K, value: CallDraft[K]): void {
    this.#draft = { ...this.#draft, [field]: value };
    this.#requests.attempt.end(); // anything changed is another call: it gets a key of its own
    if (field === 'question') this.#counted(() => this.#draft.question, QUESTION_TEXT_MAX);
    this.host.requestUpdate();
  }

  async #save(): Promise<void> {
    const notice = this.#requests.notice.value;
    if (!notice) return;
    this.#callMessage = '';
    this.#callProblems = callProblems(this.#draft, notice.limits.callback.days, this.#text);
    if (this.#callProblems.length) {
      this.options.moveFocus(ERROR_SUMMARY);
      this.host.requestUpdate();
      return;
    }
    const saved = await this.#requests.record(callRequest(this.#draft, notice.notice.version));
    const state = this.#requests.call.state;
    if (saved) {
      this.#saved = saved;
      this.#draft = EMPTY_CALL; // the caller's details leave the form once saved
      this.#count.stop();
      this.options.announce(fill(this.#text.saved, { reference: saved.reference }));
      this.options.moveFocus(STEP_HEADING);
    } else if (state.status === 'error') this.#refused(state.problem);
    this.host.requestUpdate();
  }

  /** Why the call was not saved: a field the server named, a notice changed meanwhile (read the new one), or the failure in words. */
  #refused(problem: ApiProblem): void {
    const text = this.#text;
    if (problem.code === 'privacy-notice-outdated') {
      this.#draft = { ...this.#draft, noticeRead: false };
      this.#requests.attempt.end();
      this.#requests.loadNotice();
      this.#callMessage = text.noticeChanged;
      return;
    }
    const fields = refusedFields(problem);
    if (fields.length) {
      this.#requests.attempt.end();
      this.#callProblems = fields.map((field) => ({ field, message: this.#explain(problem) }));
      this.options.moveFocus(ERROR_SUMMARY);
      return;
    }
    this.#callMessage = fill(text.notSaved, { reason: this.#explain(problem) });
  }

  #openSaved(): void {
    const order = this.#saved!;
    this.#saved = undefined;
    this.#requests.loadNotice();
    this.#opened = order.reference;
    this.#message = '';
    this.#problems = [];
    this.#requests.show(order);
    this.options.showQueue();
    this.options.moveFocus(STEP_HEADING);
  }

  #another(): void {
    this.#saved = undefined;
    this.#callProblems = [];
    this.#requests.loadNotice();
    this.options.moveFocus(STEP_HEADING);
    this.host.requestUpdate();
  }

  render(tab: WorkOrdersTab): TemplateResult {
    const text = this.#text;
    const locale = this.options.displayLocale();
    const requests = this.#requests;
    if (tab === 'new-call') {
      if (this.#saved) return savedView(this.#saved, text, () => this.#openSaved(), () => this.#another());
      return callView({
        text, locale, draft: this.#draft, problems: this.#callProblems, message: this.#callMessage,
        lists: requests.lists.state, notice: requests.notice.state, sending: requests.call.state.status === 'loading',
        explain: this.#explain,
        edit: (field, value) => this.#edit(field, value),
        retry: () => this.shown('new-call'),
        submit: () => void this.#save(),
      });
    }
    if (this.#opened) {
      const order = requests.order.state;
      const member = this.options.member();
      return orderView({
        text, locale, names: this.#names, reference: this.#opened, order,
        actions: requests.order.shown && !this.#left ? actionsFor(requests.order.shown, member) : NO_ACTIONS,
        acting: requests.acting, message: this.#message, problems: this.#problems,
        assignTo: this.#assignTo, answer: this.#answer, resolution: this.#resolution,
        returnReason: this.#returnReason, confirmingReturn: this.#confirmingReturn,
        explain: this.#explain,
        back: () => this.#back(),
        retry: () => this.#open(this.#opened!),
        edit: (field, value) => {
          if (field === 'assignTo') this.#assignTo = value;
          else if (field === 'answer') {
            this.#answer = value;
            this.#counted(() => this.#answer, ANSWER_TEXT_MAX);
          } else if (field === 'returnReason') {
            this.#returnReason = value;
            this.#counted(() => this.#returnReason, RETURN_REASON_MAX);
          } else this.#resolution = value as WorkOrderResolution;
          this.host.requestUpdate();
        },
        act: (action) => void this.#act(action),
        confirmReturn: (asking) => this.#confirmReturn(asking),
      });
    }
    const member = this.options.member();
    const centers = this.options.centers();
    return queueView({
      text, locale, names: this.#names, filters: this.#filters, centerFilter: offersCenterFilter(member, centers) ? centers : undefined,
      queue: requests.queue.state, more: requests.more.state,
      explain: this.#explain,
      filter: (filters) => this.#loadQueue(filters, true),
      refresh: () => this.#loadQueue(this.#filters, true),
      loadMore: () => void requests.loadMore(this.#filters).then((page) => {
        if (page) this.options.announce(fill(this.#text.shownOf, { shown: requests.queue.value?.items.length ?? 0, count: page.total }));
      }),
      open: (reference) => this.#open(reference),
    });
  }
}
