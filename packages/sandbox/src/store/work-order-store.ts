// What the operations ask of work orders (a resident's question or call-back
// request), whichever engine keeps them. Both engines (sqlite/, postgres/)
// implement it by the same decisions (work-order-decisions.ts) and pass the
// same suite (test/store/). The personal fields are kept sealed under each
// work order's own data key (work-order-rows.ts), deleted with it. Every change writes its event
// (work-order-events.ts) in its own transaction; a reply's event also sends the
// resident a text message when the outbox routes it.
import type { CallbackWindow, Locale, WorkOrderKind, WorkOrderStatus } from '@plskit/core';
import type { AppointmentContact, IdempotencyClaim, RenderedReply } from './appointment-store.js';
import type { StaffAction } from './staff-store.js';

export type WorkOrderChannel = 'web' | 'hotline';
export type WorkOrderResolution = 'answered' | 'referred' | 'withdrawn' | 'unreachable' | 'duplicate';

/** One step of a work order's life; an answer's text stays with its step. */
export type WorkOrderStep =
  | { kind: 'received'; at: string }
  | { kind: 'assigned'; at: string; center: string }
  | { kind: 'answered'; at: string; text: string }
  | { kind: 'closed'; at: string; resolution: WorkOrderResolution }
  /** Sent back to the hotline by `center`; the reason is staff's words, sealed as an answer is. */
  | { kind: 'returned'; at: string; center: string; reason: string };

export interface StoredWorkOrder {
  reference: string;
  kind: WorkOrderKind;
  channel: WorkOrderChannel;
  status: WorkOrderStatus;
  /** A practice-area code. */
  topic: string;
  region: string;
  /** The center it is passed to, null until it is. */
  centerId: string | null;
  callbackWindow: CallbackWindow | null;
  /** Unmasked: render through the masking of @plskit/core before it leaves the server. */
  contact: AppointmentContact;
  /** The question: personal data, never in a list, an event, a log line or a URL. */
  text: string;
  /** The version of the privacy notice agreed to. */
  privacyNotice: string;
  /** The resident's language: the text message about the answer is written in it. */
  locale: Locale;
  /** The last day to answer, YYYY-MM-DD Asia/Shanghai (working days on the city's calendar). */
  dueBy: string;
  resolution: WorkOrderResolution | null;
  timeline: WorkOrderStep[];
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
}

/** A new work order, its due date already worked out on the city's calendar. */
export interface WorkOrderRequest {
  kind: WorkOrderKind;
  channel: WorkOrderChannel;
  topic: string;
  region: string;
  callbackWindow: CallbackWindow | null;
  contact: AppointmentContact;
  text: string;
  privacyNotice: string;
  locale: Locale;
  dueBy: string;
  /** ISO 8601 with +08:00, as every stored time is written. */
  now: string;
  /** The token of the number's confirmation (purpose work-order), where the operator requires one: used up by this work order. */
  phoneVerification?: string;
  /** Work orders waiting for an answer one number may hold, this one not counted (PLSKIT_MAX_OPEN_WORK_ORDERS_PER_PHONE); none: no limit. */
  maxOpenPerPhone?: number;
}

/** A work order as a list shows it: the contact masked, no question text (opening one is the staff desk's, with an audit event). */
export interface WorkOrderListItem {
  reference: string;
  kind: WorkOrderKind;
  channel: WorkOrderChannel;
  status: WorkOrderStatus;
  topic: string;
  region: string;
  centerId: string | null;
  callbackWindow: CallbackWindow | null;
  /** Masked (张*, 138****8000). */
  contact: AppointmentContact;
  dueBy: string;
  overdue: boolean;
  createdAt: string;
}

export interface WorkOrderQuery {
  status?: WorkOrderStatus;
  center?: string;
  /** Only those passed to one of these centers (center staff's own). */
  centers?: string[];
  /** true: only overdue ones; false: none that is overdue. */
  overdue?: boolean;
  /** Today, YYYY-MM-DD Asia/Shanghai: what "overdue" is measured against. */
  today: string;
  limit: number;
  /** The last item of the page before (lists run by due date, earliest first, then reference). */
  after?: { dueBy: string; reference: string };
}

export interface WorkOrderPage {
  items: WorkOrderListItem[];
  total: number;
  next: { dueBy: string; reference: string } | null;
}

export type CreateOutcome =
  | { kind: 'created'; reply: RenderedReply }
  | { kind: 'replayed'; reply: RenderedReply }
  | { kind: 'idempotency-key-reused' }
  /** The phoneVerification is unknown, expired, used, or for another number or purpose: nothing stored. */
  | { kind: 'phone-verification-invalid' }
  /** The number already holds `max` work orders waiting for an answer: nothing stored. */
  | { kind: 'work-order-limit-reached'; max: number };

export type FollowOutcome = { kind: 'ok'; workOrder: StoredWorkOrder } | { kind: 'manage-token-invalid' };

export type ChangeOutcome =
  | { kind: 'ok'; workOrder: StoredWorkOrder } | { kind: 'not-found' } | { kind: 'forbidden' } | { kind: 'work-order-closed' } | { kind: 'work-order-answered' }
  | { kind: 'work-order-not-assigned' };

export type OpenOutcome = { kind: 'ok'; workOrder: StoredWorkOrder } | { kind: 'not-found' } | { kind: 'forbidden' };

/**
 * A staff member acting on a work order: whether they may (decided on the row the
 * transaction locked, so a hand-over in between is seen), and what the audit
 * event of the act records, written in the same transaction.
 */
export interface StaffTurn {
  action: StaffAction;
  may(order: StoredWorkOrder): boolean;
}

export interface WorkOrderStore {
  /** Makes a work order, or replays or refuses the Idempotency-Key's earlier one; `render` makes the reply a replay returns. */
  create(
    request: WorkOrderRequest, idempotency: IdempotencyClaim | undefined,
    render: (workOrder: StoredWorkOrder, manageToken: string) => RenderedReply,
    /** A hotline operator recording a call: the audit event names them. */
    by?: StaffAction,
  ): Promise<CreateOutcome>;
  /** The resident's view, opened only for the work order's own token: the same answer for an unknown reference and a wrong token. */
  follow(reference: string, manageToken: string): Promise<FollowOutcome>;
  /** Staff opening one, the question and contact in full: recorded in the audit log in the transaction that reads it. */
  open(reference: string, by: StaffTurn): Promise<OpenOutcome>;
  /** The queue: filtered, earliest due first, paged by keyset; contacts masked, no text. */
  list(query: WorkOrderQuery): Promise<WorkOrderPage>;
  /** Passes it to a center (again, to another); passing it to the center it is at changes nothing. */
  assign(reference: string, centerId: string, now: string, by?: StaffTurn): Promise<ChangeOutcome>;
  /** Records the answer (one: a second is refused) and, through its event, tells the resident there is one. */
  reply(reference: string, text: string, now: string, by?: StaffTurn): Promise<ChangeOutcome>;
  close(reference: string, resolution: WorkOrderResolution, now: string, by?: StaffTurn): Promise<ChangeOutcome>;
  /** Sends it back to the hotline from the center it is at (退回): at no center, `received` again, its due day kept. */
  returnToHotline(reference: string, reason: string, now: string, by?: StaffTurn): Promise<ChangeOutcome>;
  /**
   * Erases the work orders closed more than `retainDays` days before `now`:
   * each leaves only codes and days in work_order_history. Returns how many.
   */
  eraseExpired(now: Date, retainDays: number): Promise<number>;
}
