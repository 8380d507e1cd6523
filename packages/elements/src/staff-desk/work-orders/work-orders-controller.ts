import type { ReactiveControllerHost } from 'lit';
import { ApiProblem } from '../../api/api-problem.js';
import type { Connection } from '../../api/connection.js';
import { RequestController, type ReportProblem } from '../../async-state/request-controller.js';
import { SendAttempt } from '../../async-state/send-attempt.js';
import type { Locale } from '../../locale/locale.js';
import type { StaffWorkOrderRequest, WorkOrderResolution } from '@plskit/sdk/staff';
import {
  publicLists, workOrderRequests, type CallLists, type PrivacyNotice, type StaffWorkOrder, type StaffWorkOrderPage, type WorkOrderTimeLimits,
} from './work-orders-requests.js';
import type { OrderAction, QueueFilters } from './work-orders-steps.js';

export interface WorkOrdersOptions {
  connection(): Connection;
  /** The host's token now; a problem (401 staff-token-missing) when it gave none. */
  accessToken(): Promise<string>;
  locale(): Locale;
  report: ReportProblem;
}

const ACTION_OPERATION: Record<OrderAction, string> = {
  assign: 'assign-work-order', reply: 'reply-work-order', close: 'close-work-order', return: 'return-work-order',
};

/**
 * The work orders' requests and what they brought: the queue (a page, and
 * the pages after it), the work order open, the action in flight on it, a
 * hotline call and its one Idempotency-Key per attempt, and the public lists
 * and notice a call is recorded with. An order changes on screen only to
 * the server's reply.
 */
export class WorkOrdersController {
  readonly queue: RequestController<StaffWorkOrderPage>;
  /** The next page of the queue, added below the rows shown. */
  readonly more: RequestController<StaffWorkOrderPage>;
  readonly order: RequestController<StaffWorkOrder>;
  readonly lists: RequestController<CallLists>;
  readonly notice: RequestController<{ notice: PrivacyNotice; limits: WorkOrderTimeLimits }>;
  readonly call: RequestController<StaffWorkOrder>;
  /** The action on the open work order in flight, if any. */
  acting: OrderAction | undefined;
  /** One call's attempt: its key kept for every retry, so a reply lost on the way never makes two work orders. */
  readonly attempt = new SendAttempt(async () => {});

  constructor(private readonly host: ReactiveControllerHost, private readonly options: WorkOrdersOptions) {
    this.queue = new RequestController(host, 'list-staff-work-orders', options.report);
    this.more = new RequestController(host, 'list-staff-work-orders', options.report);
    this.order = new RequestController(host, 'get-staff-work-order', options.report);
    this.lists = new RequestController(host, 'list-practice-areas', options.report);
    this.notice = new RequestController(host, 'get-work-order-privacy-notice', options.report);
    this.call = new RequestController(host, 'create-staff-work-order', options.report);
  }

  get #requests() {
    return workOrderRequests(this.options.connection(), this.options.accessToken);
  }

  #call(signal?: AbortSignal) {
    return { ...(signal ? { signal } : {}), locale: this.options.locale() };
  }

  loadQueue(filters: QueueFilters): Promise<StaffWorkOrderPage | undefined> {
    this.more.reset();
    return this.queue.run((signal) => this.#requests.queue(filters, undefined, this.#call(signal)));
  }

  /** The page after the rows shown, added to them. */
  async loadMore(filters: QueueFilters): Promise<StaffWorkOrderPage | undefined> {
    const shown = this.queue.value;
    if (!shown?.nextCursor) return undefined;
    const page = await this.more.run((signal) => this.#requests.queue(filters, shown.nextCursor!, this.#call(signal)));
    if (page && this.queue.value === shown) this.queue.reset({ status: 'ready', value: { ...page, items: [...shown.items, ...page.items] } });
    return page;
  }

  loadLists(): Promise<CallLists | undefined> {
    if (this.lists.value) return Promise.resolve(this.lists.value);
    return this.lists.run(() => publicLists(this.options.connection()).lists());
  }

  open(reference: string): Promise<StaffWorkOrder | undefined> {
    return this.order.run((signal) => this.#requests.open(reference, this.#call(signal)));
  }

  /** Shows a work order the server just answered with (the call recorded): no second, audited read. */
  show(order: StaffWorkOrder): void {
    this.order.reset({ status: 'ready', value: order });
  }

  /** Acts on the open work order; it shows the server's reply. A refusal is returned for the screen to say in words. */
  async act(action: OrderAction, reference: string, value: string): Promise<{ order: StaffWorkOrder } | { problem: ApiProblem }> {
    this.acting = action;
    this.host.requestUpdate();
    try {
      const requests = this.#requests;
      const call = this.#call();
      const order = await {
        assign: () => requests.assign(reference, value, call),
        reply: () => requests.reply(reference, value, call),
        close: () => requests.close(reference, value as WorkOrderResolution, call),
        return: () => requests.returnToHotline(reference, value, call),
      }[action]();
      this.order.reset({ status: 'ready', value: order });
      return { order };
    } catch (error) {
      const problem = ApiProblem.from(error);
      this.options.report(ACTION_OPERATION[action], problem);
      return { problem };
    } finally {
      this.acting = undefined;
      this.host.requestUpdate();
    }
  }

  /** The notice to read to the caller and the call-back days, asked afresh for each new call. */
  loadNotice(): void {
    const lists = publicLists(this.options.connection());
    void this.notice.run(async (signal) => {
      const [notice, limits] = await Promise.all([lists.notice(this.#call(signal)), lists.timeLimits(this.#call(signal))]);
      return { notice, limits };
    });
  }

  /** Records the call under the attempt's key (made on the first try, kept for every retry). */
  record(request: StaffWorkOrderRequest): Promise<StaffWorkOrder | undefined> {
    this.attempt.begin();
    const key = this.attempt.key!;
    return this.call.run(async (signal) => {
      const order = await this.#requests.record(request, key, this.#call(signal));
      this.attempt.end();
      return order;
    });
  }
}
