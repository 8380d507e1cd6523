// Work orders on the SQLite file: the SQL of each read and write, around the
// decisions of ../work-order-decisions.ts. Every change is one BEGIN IMMEDIATE
// transaction (sqlite-transactions.ts) that reads the work order, decides,
// writes it and its event; the number's open work orders are counted, and its
// confirmation used up, under the write lock. The personal fields are sealed
// under the work order's own data key; erasure deletes the key with the row,
// overwrites what it deletes (secure_delete) and checkpoints the WAL, as the
// bookings' erasure does.
import { contactRetentionCutoff } from '../appointment-decisions.js';
import { newReference } from '../secrets.js';
import { answering, assignment, authoriseResident, changeAudit, closing, newWorkOrder, refusedTurn, returning, workOrderAudit, type WorkOrderChange } from '../work-order-decisions.js';
import { assignedEvent, closedEvent, createdEvent, repliedEvent, returnedEvent } from '../work-order-events.js';
import {
  AFTER_KEYSET, afterValues, EXPIRED, EXPIRED_KEYS, HISTORY_INSERT, OPEN_FOR_PHONE, OPENABLE_WORK_ORDERS, openedWorkOrder, queueFilter, queuePage,
  sealedColumns, WORK_ORDER_CHANGES, WORK_ORDER_COLUMNS, workOrderChanges, workOrderValues, type OpenableWorkOrderRow, type WorkOrderSqlRow,
} from '../work-order-rows.js';
import { withinPersonLimit } from '../person-limits.js';
import type { ContactVault } from '../sealed-contact.js';
import type { AuditAction } from '../staff-store.js';
import type { ChangeOutcome, CreateOutcome, OpenOutcome, StaffTurn, StoredWorkOrder, WorkOrderStore } from '../work-order-store.js';
import type { PlskitEvent } from '../../events/event.js';
import { sqliteDataKeys } from './sqlite-data-keys.js';
import { sqliteIdempotency } from './sqlite-idempotency.js';
import { sqliteVerificationUse } from './sqlite-phone-verifications.js';
import { sqliteEventWriter } from './sqlite-outbox.js';
import { sqliteAuditWriter } from './sqlite-staff-store.js';
import type { SqliteTransactions } from './sqlite-transactions.js';
import { completeErasure } from './sqlite-wal-checkpoint.js';

export function sqliteWorkOrderStore({ db, read, write, status }: SqliteTransactions, vault: ContactVault): WorkOrderStore {
  const insert = db.prepare(`INSERT INTO work_orders (${WORK_ORDER_COLUMNS}) VALUES (${WORK_ORDER_COLUMNS.split(',').map(() => '?').join(', ')})`);
  const byReference = db.prepare(`${OPENABLE_WORK_ORDERS} WHERE w.reference = ?`);
  const taken = db.prepare('SELECT 1 FROM work_orders WHERE reference = ?');
  const openForPhone = db.prepare(OPEN_FOR_PHONE).pluck();
  const update = db.prepare(`UPDATE work_orders SET ${WORK_ORDER_CHANGES.map((column) => `${column} = ?`).join(', ')} WHERE reference = ?`);
  const keys = sqliteIdempotency(db);
  const announce = sqliteEventWriter(db);
  const dataKeys = sqliteDataKeys(db);
  const verifications = sqliteVerificationUse(db);
  const record = sqliteAuditWriter(db);

  const rowOf = (reference: string) => byReference.get(reference) as OpenableWorkOrderRow | undefined;

  /**
   * Reads, decides and (when the decision changes it) writes one work order, its
   * event and, for staff, their audit event, in one transaction.
   */
  const change = (
    reference: string, decide: (order: StoredWorkOrder) => WorkOrderChange,
    event: (after: StoredWorkOrder, before: StoredWorkOrder) => PlskitEvent, by: StaffTurn | undefined, audited: AuditAction,
  ) =>
    write((): ChangeOutcome => {
      const row = rowOf(reference);
      if (!row) return { kind: 'not-found' };
      const current = openedWorkOrder(vault, row);
      if (by && !by.may(current)) return refusedTurn(by, current);
      const decision = decide(current);
      if (decision.kind !== 'change' && decision.kind !== 'unchanged') return decision;
      if (decision.kind === 'change') {
        update.run(...workOrderChanges(vault, decision.workOrder, row));
        announce(event(decision.workOrder, current));
        if (by) record(changeAudit(by.action, audited, decision.workOrder, current));
      }
      return { kind: 'ok', workOrder: decision.workOrder };
    });

  return {
    create(request, idempotency, render, by) {
      return write((): CreateOutcome => {
        const replay = idempotency && keys.earlier(idempotency);
        if (replay) return replay;
        const phoneKey = vault.phoneKey(request.contact.phone);
        const confirmation = request.phoneVerification === undefined ? undefined
          : verifications.usable(request.phoneVerification, phoneKey, 'work-order', request.now);
        if (confirmation === null) return { kind: 'phone-verification-invalid' };
        const { maxOpenPerPhone: max } = request;
        if (max !== undefined && !withinPersonLimit(openForPhone.get(phoneKey) as number, max)) return { kind: 'work-order-limit-reached', max };
        let reference = newReference('GD');
        while (taken.get(reference)) reference = newReference('GD');
        const made = newWorkOrder(request, reference);
        const sealed = sealedColumns(vault, made.workOrder);
        dataKeys.add(sealed.key);
        insert.run(...workOrderValues(made.workOrder, made.manageTokenHash, sealed));
        if (confirmation) verifications.useUp(confirmation);
        announce(createdEvent(made.workOrder));
        if (by) record(workOrderAudit(by, 'work-order-created', made.workOrder));
        const reply = render(made.workOrder, made.manageToken);
        if (idempotency) keys.remember(idempotency, reply, request.now);
        return { kind: 'created', reply };
      });
    },
    async follow(reference, manageToken) {
      const row = read(() => rowOf(reference));
      return authoriseResident(row && { manageTokenHash: row.manage_token_hash, open: () => openedWorkOrder(vault, row) }, manageToken);
    },
    open(reference, by) {
      return write((): OpenOutcome => {
        const row = rowOf(reference);
        if (!row) return { kind: 'not-found' };
        const workOrder = openedWorkOrder(vault, row);
        if (!by.may(workOrder)) return { kind: 'forbidden' };
        record(workOrderAudit(by.action, 'work-order-read', workOrder));
        return { kind: 'ok', workOrder };
      });
    },
    async list(query) {
      const { where, values } = queueFilter(query);
      const filtered = where.length ? `WHERE ${where.join(' AND ')}` : '';
      const page = query.after ? [...where, AFTER_KEYSET] : where;
      return read(() => {
        const total = db.prepare(`SELECT COUNT(*) FROM work_orders ${filtered}`).pluck().get(...values) as number;
        const rows = db.prepare(`SELECT * FROM work_orders ${page.length ? `WHERE ${page.join(' AND ')}` : ''}
          ORDER BY due_by, reference LIMIT ?`).all(...values, ...(query.after ? afterValues(query.after) : []), query.limit + 1) as WorkOrderSqlRow[];
        return queuePage(rows, total, query);
      });
    },
    assign: (reference, centerId, now, by) =>
      change(reference, (order) => assignment(order, centerId, now), assignedEvent, by, 'work-order-assigned'),
    reply: (reference, text, now, by) => change(reference, (order) => answering(order, text, now), repliedEvent, by, 'work-order-replied'),
    close: (reference, resolution, now, by) =>
      change(reference, (order) => closing(order, resolution, now), (after) => closedEvent(after, resolution), by, 'work-order-closed'),
    returnToHotline: (reference, reason, now, by) =>
      change(reference, (order) => returning(order, reason, now), returnedEvent, by, 'work-order-returned'),
    async eraseExpired(now, retainDays) {
      const cutoff = contactRetentionCutoff(now, retainDays);
      const count = await write(() => {
        db.prepare(HISTORY_INSERT).run(cutoff);
        // the data keys go with them: what is left of a work order anywhere cannot be opened
        dataKeys.remove(db.prepare(EXPIRED_KEYS).pluck().all(cutoff) as string[]);
        // secure_delete (sqlite-database.ts) overwrites the freed cells with zeros
        return db.prepare(`DELETE FROM work_orders WHERE ${EXPIRED}`).run(cutoff).changes;
      });
      // the WAL still holds the old pages until a checkpoint
      await completeErasure(db, status, count);
      return count;
    },
  };
}
