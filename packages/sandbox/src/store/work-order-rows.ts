// A row of the work_orders table, as both engines' `SELECT *` returns it, and
// the SQL both engines share: the columns written, the queue's filters and its
// keyset. A work order's personal fields (the name, the phone, the question,
// the answers and the reasons a center gave for returning it) are sealed
// together under its own data key (./sealed-contact.ts), bound to its
// reference; the timeline keeps the steps without those words (staff may
// have written a name into an answer or a reason); a masked copy of the
// contact and the number's blind index sit beside them. A list row is made from the masked copy, so no
// list opens a seal or hands up a name, a phone or a question.
import { isOverdue, maskName, maskPhone, type CallbackPart, type Locale, type WorkOrderKind, type WorkOrderStatus } from '@plskit/core';
import type { SmsRecipient } from '../notifications/sms-notification.js';
import { wrappedKeyOf, type ContactVault, type DataKeySqlRow, type WrappedDataKey } from './sealed-contact.js';
import type {
  StoredWorkOrder, WorkOrderChannel, WorkOrderListItem, WorkOrderPage, WorkOrderQuery, WorkOrderResolution, WorkOrderStep,
} from './work-order-store.js';

export interface WorkOrderSqlRow {
  reference: string; manage_token_hash: string; kind: WorkOrderKind; channel: WorkOrderChannel; status: WorkOrderStatus;
  topic: string; region: string; center_id: string | null; callback_date: string | null; callback_part: CallbackPart | null;
  privacy_notice: string; locale: Locale; due_by: string;
  resolution: WorkOrderResolution | null; timeline: string; created_at: string; updated_at: string; closed_at: string | null;
  answered_at: string | null; data_key: string; sealed_contact: string; shown_contact: string; phone_key: string;
}

/** A work order's row with its data key: what `OPENABLE_WORK_ORDERS` selects. */
export type OpenableWorkOrderRow = WorkOrderSqlRow & Pick<DataKeySqlRow, 'kek_id' | 'wrapped'>;

/** Work orders with their data keys, for a read that opens one (add WHERE … on `w`). */
export const OPENABLE_WORK_ORDERS = 'SELECT w.*, k.kek_id, k.wrapped FROM work_orders w JOIN data_keys k ON k.id = w.data_key';

/**
 * What is sealed: the resident's words and contact, staff's answers and the
 * reasons for returns (each in the order of its steps in the timeline; a seal
 * made before returns existed has none).
 */
interface SealedWorkOrder { name: string; phone: string; text: string; answers: string[]; returns?: string[] }

/** What a work order's seal is bound to: its reference (a sealed value moved to another row does not open). */
const sealedFor = (reference: string) => `work-order:${reference}`;

const keyOf = (row: OpenableWorkOrderRow): WrappedDataKey => wrappedKeyOf({ id: row.data_key, kek_id: row.kek_id, wrapped: row.wrapped });

/** The timeline as stored (no answer's text, no return's reason) and those words, apart. */
function splitTimeline(timeline: readonly WorkOrderStep[]): { steps: WorkOrderStep[]; answers: string[]; returns: string[] } {
  const answers: string[] = [];
  const returns: string[] = [];
  const steps = timeline.map((step) => {
    if (step.kind === 'answered') {
      answers.push(step.text);
      return { kind: step.kind, at: step.at } as WorkOrderStep;
    }
    if (step.kind === 'returned') {
      returns.push(step.reason);
      return { kind: step.kind, at: step.at, center: step.center } as WorkOrderStep;
    }
    return step;
  });
  return { steps, answers, returns };
}

/** The sealed value of a work order: its contact, question, answers and reasons for returns. */
function sealedFields(w: Pick<StoredWorkOrder, 'contact' | 'text' | 'timeline'>): SealedWorkOrder {
  const { answers, returns } = splitTimeline(w.timeline);
  return { name: w.contact.name, phone: w.contact.phone, text: w.text, answers, ...(returns.length ? { returns } : {}) };
}

const callbackWindow = (row: WorkOrderSqlRow) => (row.callback_date && row.callback_part ? { date: row.callback_date, part: row.callback_part } : null);

/**
 * The one way to a work order in clear: opens its seal with its data key.
 * Staff opening or acting on one (audited), the SMS channel, and the resident
 * whose manage token matched call it; no list does.
 */
export function openedWorkOrder(vault: ContactVault, row: OpenableWorkOrderRow): StoredWorkOrder {
  const sealed = vault.open<SealedWorkOrder>(sealedFor(row.reference), row.sealed_contact, keyOf(row));
  let answered = 0;
  let returned = 0;
  const timeline = (JSON.parse(row.timeline) as WorkOrderStep[]).map((step) => {
    if (step.kind === 'answered') return { ...step, text: sealed.answers[answered++] ?? '' };
    if (step.kind === 'returned') return { ...step, reason: sealed.returns?.[returned++] ?? '' };
    return step;
  });
  return {
    reference: row.reference, kind: row.kind, channel: row.channel, status: row.status, topic: row.topic, region: row.region,
    centerId: row.center_id, callbackWindow: callbackWindow(row), contact: { name: sealed.name, phone: sealed.phone },
    text: sealed.text, privacyNotice: row.privacy_notice, locale: row.locale, dueBy: row.due_by, resolution: row.resolution,
    timeline, createdAt: row.created_at, updatedAt: row.updated_at, closedAt: row.closed_at,
  };
}

/** Whom a work order's text message goes to: its number opened from the seal (the SMS channel's read), its language and notice. */
export const workOrderRecipientOf = (vault: ContactVault, row: OpenableWorkOrderRow | undefined): SmsRecipient | undefined => row && {
  phone: vault.open<SealedWorkOrder>(sealedFor(row.reference), row.sealed_contact, keyOf(row)).phone, locale: row.locale, privacyNotice: row.privacy_notice,
};

/** A new work order's sealed columns, and the data key to store beside them in the same transaction. */
export interface SealedWorkOrderColumns { key: WrappedDataKey; sealed: string; shown: string; phoneKey: string }

export function sealedColumns(vault: ContactVault, w: Pick<StoredWorkOrder, 'reference' | 'contact' | 'text' | 'timeline'>): SealedWorkOrderColumns {
  const { key, sealed } = vault.seal(sealedFor(w.reference), sealedFields(w));
  return {
    key, sealed, phoneKey: vault.phoneKey(w.contact.phone),
    shown: JSON.stringify({ name: maskName(w.contact.name), phone: maskPhone(w.contact.phone) }),
  };
}

/** A work order as a version before sealing kept it: its personal fields in clear columns (the upgrade's input). */
export interface ClearWorkOrderSqlRow { reference: string; contact_name: string; contact_phone: string; question: string; timeline: string }

/**
 * What the upgrade writes over a work order kept in clear (migrations: SQLite
 * 12, PostgreSQL 10): the values of SEALED_UPGRADE, its data key to store in
 * the same transaction.
 */
export function sealClearWorkOrder(vault: ContactVault, row: ClearWorkOrderSqlRow): { key: WrappedDataKey; values: unknown[] } {
  const timeline = JSON.parse(row.timeline) as WorkOrderStep[];
  const columns = sealedColumns(vault, { reference: row.reference, contact: { name: row.contact_name, phone: row.contact_phone }, text: row.question, timeline });
  return {
    key: columns.key,
    values: [columns.key.id, columns.sealed, columns.shown, columns.phoneKey, JSON.stringify(splitTimeline(timeline).steps), row.reference],
  };
}

/** The upgrade's UPDATE, with `?` placeholders in the order of sealClearWorkOrder's values. */
export const SEALED_UPGRADE = 'UPDATE work_orders SET data_key = ?, sealed_contact = ?, shown_contact = ?, phone_key = ?, timeline = ? WHERE reference = ?';

/** A list's row: masked, without the question. */
const toListItem = (row: WorkOrderSqlRow, today: string): WorkOrderListItem => ({
  reference: row.reference, kind: row.kind, channel: row.channel, status: row.status, topic: row.topic, region: row.region,
  centerId: row.center_id, callbackWindow: callbackWindow(row), contact: JSON.parse(row.shown_contact) as WorkOrderListItem['contact'],
  dueBy: row.due_by, overdue: isOverdue({ status: row.status, dueBy: row.due_by }, today), createdAt: row.created_at,
});

/** The columns a new work order writes, in the order of workOrderValues. */
export const WORK_ORDER_COLUMNS = 'reference, manage_token_hash, kind, channel, status, topic, region, center_id, callback_date, callback_part, '
  + 'privacy_notice, locale, due_by, resolution, timeline, created_at, updated_at, closed_at, data_key, sealed_contact, shown_contact, phone_key';

export const workOrderValues = (w: StoredWorkOrder, manageTokenHash: string, sealed: SealedWorkOrderColumns): unknown[] => [
  w.reference, manageTokenHash, w.kind, w.channel, w.status, w.topic, w.region, w.centerId, w.callbackWindow?.date ?? null,
  w.callbackWindow?.part ?? null, w.privacyNotice, w.locale, w.dueBy, w.resolution,
  JSON.stringify(splitTimeline(w.timeline).steps), w.createdAt, w.updatedAt, w.closedAt, sealed.key.id, sealed.sealed, sealed.shown, sealed.phoneKey,
];

/** What a change writes, in the order of workOrderChanges (the reference last); answered_at is the first answer's, for the statistics. */
export const WORK_ORDER_CHANGES = ['status', 'center_id', 'resolution', 'timeline', 'updated_at', 'closed_at', 'answered_at', 'sealed_contact'];

/** A change's values: the seal made again under the work order's own key (an answer joins it). */
export const workOrderChanges = (vault: ContactVault, w: StoredWorkOrder, row: OpenableWorkOrderRow): unknown[] => [
  w.status, w.centerId, w.resolution, JSON.stringify(splitTimeline(w.timeline).steps), w.updatedAt, w.closedAt,
  w.timeline.find((step) => step.kind === 'answered')?.at ?? null, vault.sealAgain(sealedFor(w.reference), sealedFields(w), keyOf(row)), w.reference,
];

/** A page of the queue from the rows read (one more than the page, to know whether another follows). */
export function queuePage(rows: WorkOrderSqlRow[], total: number, query: WorkOrderQuery): WorkOrderPage {
  const items = rows.slice(0, query.limit).map((row) => toListItem(row, query.today));
  const last = items.at(-1);
  return { items, total, next: rows.length > query.limit && last ? { dueBy: last.dueBy, reference: last.reference } : null };
}

/** Still waiting for an answer: what "overdue" is measured on, and what the limit per number counts. */
export const OPEN = `status IN ('received', 'assigned')`;

/** How many work orders a number's blind index holds that wait for an answer (one value: the phone_key). */
export const OPEN_FOR_PHONE = `SELECT COUNT(*) AS n FROM work_orders WHERE phone_key = ? AND ${OPEN}`;

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

/** The data keys of what the retention sweep erases: deleted with the rows, in the same transaction. */
export const EXPIRED_KEYS = `SELECT data_key FROM work_orders WHERE ${EXPIRED}`;

/** What stays of an erased work order (PIPL Arts 19, 47): codes and days, enough to count answers in time, nothing that names a person or a question. */
export const HISTORY_INSERT = `INSERT INTO work_order_history (kind, channel, topic, region, center_id, received_on, due_by, answered_on, closed_on, resolution)
  SELECT kind, channel, topic, region, center_id, substr(created_at, 1, 10), due_by, substr(answered_at, 1, 10), substr(closed_at, 1, 10), resolution
  FROM work_orders WHERE ${EXPIRED}`;
