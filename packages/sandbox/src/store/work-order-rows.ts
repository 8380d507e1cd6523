// A row of the work_orders table, as both engines' `SELECT *` returns it, and
// the SQL both engines share: the columns written, the queue's filters and its
// keyset. A list row is masked here, so no list hands up a name, a phone or a question.
import { isOverdue, maskName, maskPhone, type CallbackPart, type Locale, type WorkOrderKind, type WorkOrderStatus } from '@plskit/core';
import type {
  StoredWorkOrder, WorkOrderChannel, WorkOrderListItem, WorkOrderPage, WorkOrderQuery, WorkOrderResolution, WorkOrderStep,
} from './work-order-store.js';

export interface WorkOrderSqlRow {
  reference: string; manage_token_hash: string; kind: WorkOrderKind; channel: WorkOrderChannel; status: WorkOrderStatus;
  topic: string; region: string; center_id: string | null; callback_date: string | null; callback_part: CallbackPart | null;
  contact_name: string; contact_phone: string; question: string; privacy_notice: string; locale: Locale; due_by: string;
  resolution: WorkOrderResolution | null; timeline: string; created_at: string; updated_at: string; closed_at: string | null;
  answered_at: string | null;
}

const callbackWindow = (row: WorkOrderSqlRow) => (row.callback_date && row.callback_part ? { date: row.callback_date, part: row.callback_part } : null);

/** The work order and its token's hash, which authoriseResident() checks a presented token against. */
export function fromRow(row: WorkOrderSqlRow | undefined): { workOrder: StoredWorkOrder; manageTokenHash: string } | undefined {
  if (!row) return undefined;
  return {
    workOrder: {
      reference: row.reference, kind: row.kind, channel: row.channel, status: row.status, topic: row.topic, region: row.region,
      centerId: row.center_id, callbackWindow: callbackWindow(row), contact: { name: row.contact_name, phone: row.contact_phone },
      text: row.question, privacyNotice: row.privacy_notice, locale: row.locale, dueBy: row.due_by, resolution: row.resolution,
      timeline: JSON.parse(row.timeline) as WorkOrderStep[], createdAt: row.created_at, updatedAt: row.updated_at, closedAt: row.closed_at,
    },
    manageTokenHash: row.manage_token_hash,
  };
}

/** A list's row: masked, without the question. */
const toListItem = (row: WorkOrderSqlRow, today: string): WorkOrderListItem => ({
  reference: row.reference, kind: row.kind, channel: row.channel, status: row.status, topic: row.topic, region: row.region,
  centerId: row.center_id, callbackWindow: callbackWindow(row), contact: { name: maskName(row.contact_name), phone: maskPhone(row.contact_phone) },
  dueBy: row.due_by, overdue: isOverdue({ status: row.status, dueBy: row.due_by }, today), createdAt: row.created_at,
});

/** The columns a new work order writes, in the order of workOrderValues. */
export const WORK_ORDER_COLUMNS = 'reference, manage_token_hash, kind, channel, status, topic, region, center_id, callback_date, callback_part, '
  + 'contact_name, contact_phone, question, privacy_notice, locale, due_by, resolution, timeline, created_at, updated_at, closed_at';

export const workOrderValues = (w: StoredWorkOrder, manageTokenHash: string): unknown[] => [
  w.reference, manageTokenHash, w.kind, w.channel, w.status, w.topic, w.region, w.centerId, w.callbackWindow?.date ?? null,
  w.callbackWindow?.part ?? null, w.contact.name, w.contact.phone, w.text, w.privacyNotice, w.locale, w.dueBy, w.resolution,
  JSON.stringify(w.timeline), w.createdAt, w.updatedAt, w.closedAt,
];

/** What a change writes, in the order of workOrderChanges (the reference last); answered_at is the first answer's, for the statistics. */
export const WORK_ORDER_CHANGES = ['status', 'center_id', 'resolution', 'timeline', 'updated_at', 'closed_at', 'answered_at'];

export const workOrderChanges = (w: StoredWorkOrder): unknown[] => [
  w.status, w.centerId, w.resolution, JSON.stringify(w.timeline), w.updatedAt, w.closedAt,
  w.timeline.find((step) => step.kind === 'answered')?.at ?? null, w.reference,
];

/** A page of the queue from the rows read (one more than the page, to know whether another follows). */
export function queuePage(rows: WorkOrderSqlRow[], total: number, query: WorkOrderQuery): WorkOrderPage {
  const items = rows.slice(0, query.limit).map((row) => toListItem(row, query.today));
  const last = items.at(-1);
  return { items, total, next: rows.length > query.limit && last ? { dueBy: last.dueBy, reference: last.reference } : null };
}

/** Still waiting for an answer: what "overdue" is measured on. */
const OPEN = `status IN ('received', 'assigned')`;

/**
 * The queue's WHERE clause and its values in order, each written as `?`
 * (an engine numbers them as it needs); the keyset condition is separate, so
 * the total counts the whole filtered queue.
 */
export function queueFilter(query: WorkOrderQuery): { where: string[]; values: unknown[] } {
  const where: string[] = [];
  const values: unknown[] = [];
  if (query.status) { where.push('status = ?'); values.push(query.status); }
  if (query.center) { where.push('center_id = ?'); values.push(query.center); }
  if (query.centers) {
    where.push(query.centers.length ? `center_id IN (${query.centers.map(() => '?').join(', ')})` : 'FALSE');
    values.push(...query.centers);
  }
  if (query.overdue !== undefined) { where.push(query.overdue ? `(${OPEN} AND due_by < ?)` : `NOT (${OPEN} AND due_by < ?)`); values.push(query.today); }
  return { where, values };
}

/** Rows after the previous page's last one: earliest due first, then by reference. */
export const AFTER_KEYSET = '(due_by > ? OR (due_by = ? AND reference > ?))';
export const afterValues = (after: { dueBy: string; reference: string }): unknown[] => [after.dueBy, after.dueBy, after.reference];

/** Closed before the cutoff: what the retention sweep erases. */
export const EXPIRED = 'closed_at IS NOT NULL AND closed_at < ?';

/** What stays of an erased work order (PIPL Arts 19, 47): codes and days, enough to count answers in time, nothing that names a person or a question. */
export const HISTORY_INSERT = `INSERT INTO work_order_history (kind, channel, topic, region, center_id, received_on, due_by, answered_on, closed_on, resolution)
  SELECT kind, channel, topic, region, center_id, substr(created_at, 1, 10), due_by, substr(answered_at, 1, 10), substr(closed_at, 1, 10), resolution
  FROM work_orders WHERE ${EXPIRED}`;
