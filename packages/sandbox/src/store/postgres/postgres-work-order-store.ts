// Work orders on PostgreSQL, correct with any number of API nodes: the SQL of
// each read and write, around the decisions of ../work-order-decisions.ts. A
// change locks the work order's row (FOR UPDATE) before it decides, so two
// staff acting on one order at once on two nodes take turns; an
// Idempotency-Key is serialized by an advisory lock on its hash, as bookings' are.
import { contactRetentionCutoff } from '../appointment-decisions.js';
import type { PlskitEvent } from '../../events/event.js';
import { newReference } from '../secrets.js';
import { answering, authoriseResident, assignment, closing, newWorkOrder, workOrderAudit, type WorkOrderChange } from '../work-order-decisions.js';
import { assignedEvent, closedEvent, createdEvent, repliedEvent } from '../work-order-events.js';
import {
  AFTER_KEYSET, afterValues, EXPIRED, fromRow, HISTORY_INSERT, queueFilter, queuePage, WORK_ORDER_CHANGES, WORK_ORDER_COLUMNS,
  workOrderChanges, workOrderValues, type WorkOrderSqlRow,
} from '../work-order-rows.js';
import type { AuditAction } from '../staff-store.js';
import type { ChangeOutcome, CreateOutcome, OpenOutcome, StaffTurn, StoredWorkOrder, WorkOrderStore } from '../work-order-store.js';
import { ADVISORY_LOCK } from './postgres-database.js';
import { addEvent } from './postgres-outbox.js';
import { claimKey, rememberReply } from './postgres-idempotency.js';
import { recordAudit } from './postgres-staff-store.js';
import { tryJobLock, type PostgresTransactions } from './postgres-transactions.js';

const INSERT = `INSERT INTO work_orders (${WORK_ORDER_COLUMNS})
  VALUES (${WORK_ORDER_COLUMNS.split(',').map((_, i) => `$${i + 1}`).join(', ')}) ON CONFLICT (reference) DO NOTHING`;
const UPDATE = `UPDATE work_orders SET ${WORK_ORDER_CHANGES.map((column, i) => `${column} = $${i + 1}`).join(', ')}
  WHERE reference = $${WORK_ORDER_CHANGES.length + 1}`;

/** `?` placeholders numbered as PostgreSQL wants them. */
const numbered = (sql: string): string => {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
};

export function postgresWorkOrderStore({ read, write }: PostgresTransactions): WorkOrderStore {
  /** Locks, decides and (when the decision changes it) writes one work order, its event and, for staff, their audit event. */
  const change = (
    reference: string, decide: (order: StoredWorkOrder) => WorkOrderChange,
    event: (after: StoredWorkOrder, before: StoredWorkOrder) => PlskitEvent, by: StaffTurn | undefined, audited: AuditAction,
  ) =>
    write(async (client): Promise<ChangeOutcome> => {
      const current = fromRow((await client.query<WorkOrderSqlRow>('SELECT * FROM work_orders WHERE reference = $1 FOR UPDATE', [reference])).rows[0])?.workOrder;
      if (!current) return { kind: 'not-found' };
      if (by && !by.may(current)) return { kind: 'forbidden' };
      const decision = decide(current);
      if (decision.kind === 'work-order-closed' || decision.kind === 'work-order-answered') return decision;
      if (decision.kind === 'change') {
        await client.query(UPDATE, workOrderChanges(decision.workOrder));
        await addEvent(client, event(decision.workOrder, current));
        if (by) await recordAudit(client, workOrderAudit(by.action, audited, decision.workOrder));
      }
      return { kind: 'ok', workOrder: decision.workOrder };
    });

  const row = async (reference: string) => (await read<WorkOrderSqlRow>('SELECT * FROM work_orders WHERE reference = $1', [reference]))[0];

  return {
    create(request, idempotency, render, by) {
      return write(async (client): Promise<CreateOutcome> => {
        const replay = idempotency && await claimKey(client, idempotency);
        if (replay) return replay;
        let made = newWorkOrder(request, newReference('GD'));
        while ((await client.query(INSERT, workOrderValues(made.workOrder, made.manageTokenHash))).rowCount === 0) {
          made = newWorkOrder(request, newReference('GD'));
        }
        await addEvent(client, createdEvent(made.workOrder));
        if (by) await recordAudit(client, workOrderAudit(by, 'work-order-created', made.workOrder));
        const reply = render(made.workOrder, made.manageToken);
        if (idempotency) await rememberReply(client, idempotency, reply, request.now);
        return { kind: 'created', reply };
      });
    },
    async follow(reference, manageToken) {
      return authoriseResident(fromRow(await row(reference)), manageToken);
    },
    async find(reference) {
      return fromRow(await row(reference))?.workOrder;
    },
    open(reference, by) {
      return write(async (client): Promise<OpenOutcome> => {
        const workOrder = fromRow((await client.query<WorkOrderSqlRow>('SELECT * FROM work_orders WHERE reference = $1', [reference])).rows[0])?.workOrder;
        if (!workOrder) return { kind: 'not-found' };
        if (!by.may(workOrder)) return { kind: 'forbidden' };
        await recordAudit(client, workOrderAudit(by.action, 'work-order-read', workOrder));
        return { kind: 'ok', workOrder };
      });
    },
    async list(query) {
      const { where, values } = queueFilter(query);
      const page = query.after ? [...where, AFTER_KEYSET] : where;
      const [counted] = await read<{ total: string }>(numbered(`SELECT COUNT(*) AS total FROM work_orders
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`), values);
      const rows = await read<WorkOrderSqlRow>(numbered(`SELECT * FROM work_orders ${page.length ? `WHERE ${page.join(' AND ')}` : ''}
        ORDER BY due_by, reference LIMIT ?`), [...values, ...(query.after ? afterValues(query.after) : []), query.limit + 1]);
      return queuePage(rows, Number(counted?.total ?? 0), query);
    },
    assign: (reference, centerId, now, by) =>
      change(reference, (order) => assignment(order, centerId, now), assignedEvent, by, 'work-order-assigned'),
    reply: (reference, text, now, by) => change(reference, (order) => answering(order, text, now), repliedEvent, by, 'work-order-replied'),
    close: (reference, resolution, now, by) =>
      change(reference, (order) => closing(order, resolution, now), (after) => closedEvent(after, resolution), by, 'work-order-closed'),
    eraseExpired(now, retainDays) {
      const cutoff = contactRetentionCutoff(now, retainDays);
      return write(async (client) => {
        // another node already sweeping: this one skips
        if (!(await tryJobLock(client, ADVISORY_LOCK.sweep))) return 0;
        await client.query(numbered(HISTORY_INSERT), [cutoff]);
        return (await client.query(numbered(`DELETE FROM work_orders WHERE ${EXPIRED}`), [cutoff])).rowCount ?? 0;
      });
    },
  };
}
