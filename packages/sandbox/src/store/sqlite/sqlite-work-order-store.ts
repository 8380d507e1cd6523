// Work orders on the SQLite file: the SQL of each read and write, around the
// decisions of ../work-order-decisions.ts. Every change is one BEGIN IMMEDIATE
// transaction (sqlite-transactions.ts) that reads the work order, decides,
// writes it and its event; erasure overwrites what it deletes (secure_delete)
// and checkpoints the WAL, as the bookings' erasure does.
import { contactRetentionCutoff } from '../appointment-decisions.js';
import { newReference } from '../secrets.js';
import { answering, assignment, authoriseResident, closing, newWorkOrder, workOrderAudit, type WorkOrderChange } from '../work-order-decisions.js';
import { assignedEvent, closedEvent, createdEvent, repliedEvent } from '../work-order-events.js';
import {
  AFTER_KEYSET, afterValues, EXPIRED, fromRow, HISTORY_INSERT, queueFilter, queuePage, WORK_ORDER_CHANGES, WORK_ORDER_COLUMNS,
  workOrderChanges, workOrderValues, type WorkOrderSqlRow,
} from '../work-order-rows.js';
import type { AuditAction } from '../staff-store.js';
import type { ChangeOutcome, CreateOutcome, OpenOutcome, StaffTurn, StoredWorkOrder, WorkOrderStore } from '../work-order-store.js';
import type { PlskitEvent } from '../../events/event.js';
import { sqliteIdempotency } from './sqlite-idempotency.js';
import { sqliteEventWriter } from './sqlite-outbox.js';
import { sqliteAuditWriter } from './sqlite-staff-store.js';
import type { SqliteTransactions } from './sqlite-transactions.js';
import { completeErasure } from './sqlite-wal-checkpoint.js';

export function sqliteWorkOrderStore({ db, read, write, status }: SqliteTransactions): WorkOrderStore {
  const insert = db.prepare(`INSERT INTO work_orders (${WORK_ORDER_COLUMNS}) VALUES (${WORK_ORDER_COLUMNS.split(',').map(() => '?').join(', ')})`);
  const byReference = db.prepare('SELECT * FROM work_orders WHERE reference = ?');
  const update = db.prepare(`UPDATE work_orders SET ${WORK_ORDER_CHANGES.map((column) => `${column} = ?`).join(', ')} WHERE reference = ?`);
  const keys = sqliteIdempotency(db);
  const announce = sqliteEventWriter(db);

  const record = sqliteAuditWriter(db);

  const found = (reference: string) => fromRow(byReference.get(reference) as WorkOrderSqlRow | undefined);

  /**
   * Reads, decides and (when the decision changes it) writes one work order, its
   * event and, for staff, their audit event, in one transaction.
   */
  const change = (
    reference: string, decide: (order: StoredWorkOrder) => WorkOrderChange,
    event: (after: StoredWorkOrder, before: StoredWorkOrder) => PlskitEvent, by: StaffTurn | undefined, audited: AuditAction,
  ) =>
    write((): ChangeOutcome => {
      const current = found(reference)?.workOrder;
      if (!current) return { kind: 'not-found' };
      if (by && !by.may(current)) return { kind: 'forbidden' };
      const decision = decide(current);
      if (decision.kind === 'work-order-closed' || decision.kind === 'work-order-answered') return decision;
      if (decision.kind === 'change') {
        update.run(...workOrderChanges(decision.workOrder));
        announce(event(decision.workOrder, current));
        if (by) record(workOrderAudit(by.action, audited, decision.workOrder));
      }
      return { kind: 'ok', workOrder: decision.workOrder };
    });

  return {
    create(request, idempotency, render, by) {
      return write((): CreateOutcome => {
        const replay = idempotency && keys.earlier(idempotency);
        if (replay) return replay;
        let reference = newReference('GD');
        while (byReference.get(reference)) reference = newReference('GD');
        const made = newWorkOrder(request, reference);
        insert.run(...workOrderValues(made.workOrder, made.manageTokenHash));
        announce(createdEvent(made.workOrder));
        if (by) record(workOrderAudit(by, 'work-order-created', made.workOrder));
        const reply = render(made.workOrder, made.manageToken);
        if (idempotency) keys.remember(idempotency, reply, request.now);
        return { kind: 'created', reply };
      });
    },
    async follow(reference, manageToken) {
      return read(() => authoriseResident(found(reference), manageToken));
    },
    async find(reference) {
      return read(() => found(reference)?.workOrder);
    },
    open(reference, by) {
      return write((): OpenOutcome => {
        const workOrder = found(reference)?.workOrder;
        if (!workOrder) return { kind: 'not-found' };
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
    async eraseExpired(now, retainDays) {
      const cutoff = contactRetentionCutoff(now, retainDays);
      const count = await write(() => {
        db.prepare(HISTORY_INSERT).run(cutoff);
        // secure_delete (sqlite-database.ts) overwrites the freed cells with zeros
        return db.prepare(`DELETE FROM work_orders WHERE ${EXPIRED}`).run(cutoff).changes;
      });
      // the WAL still holds the old pages until a checkpoint
      await completeErasure(db, status, count);
      return count;
    },
  };
}
