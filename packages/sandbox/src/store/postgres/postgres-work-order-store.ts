// Work orders on PostgreSQL, correct with any number of API nodes: the SQL of
// each read and write, around the decisions of ../work-order-decisions.ts. A
// change locks the work order's row (FOR UPDATE) before it decides, so two
// staff acting on one order at once on two nodes take turns; an
// Idempotency-Key is serialized by an advisory lock on its hash, as bookings'
// are; a number's open work orders are counted under a lock on its blind index
// (postgres-person-limits.ts), so two nodes cannot both pass its limit. The
// personal fields are sealed under the work order's own data key, deleted with it.
import { contactRetentionCutoff } from '../appointment-decisions.js';
import type { PlskitEvent } from '../../events/event.js';
import { newReference } from '../secrets.js';
import { answering, authoriseResident, assignment, changeAudit, closing, newWorkOrder, refusedTurn, returning, workOrderAudit, type WorkOrderChange } from '../work-order-decisions.js';
import { assignedEvent, closedEvent, createdEvent, repliedEvent, returnedEvent } from '../work-order-events.js';
import {
  AFTER_KEYSET, afterValues, EXPIRED, HISTORY_INSERT, OPEN_FOR_PHONE, OPENABLE_WORK_ORDERS, openedWorkOrder, queueFilter, queuePage, sealedColumns,
  WORK_ORDER_CHANGES, WORK_ORDER_COLUMNS, workOrderChanges, workOrderValues, type OpenableWorkOrderRow, type WorkOrderSqlRow,
} from '../work-order-rows.js';
import { withinPersonLimit } from '../person-limits.js';
import type { ContactVault } from '../sealed-contact.js';
import type { AuditAction } from '../staff-store.js';
import type { ChangeOutcome, CreateOutcome, OpenOutcome, StaffTurn, StoredWorkOrder, WorkOrderStore } from '../work-order-store.js';
import { addDataKey, removeDataKeys } from './postgres-data-keys.js';
import { ADVISORY_LOCK, type PostgresClient } from './postgres-database.js';
import { heldByPerson } from './postgres-person-limits.js';
import { usableVerification, useUpVerification } from './postgres-phone-verifications.js';
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

/** A work order with its data key, its row locked for the transaction's change when `lock` says so. */
const rowOf = async (client: PostgresClient, reference: string, lock = false) => (await client.query<OpenableWorkOrderRow>(
  `${OPENABLE_WORK_ORDERS} WHERE w.reference = $1${lock ? ' FOR UPDATE OF w' : ''}`, [reference])).rows[0];

const openForPhone = async (client: PostgresClient, phoneKey: string) =>
  Number((await client.query<{ n: string }>(numbered(OPEN_FOR_PHONE), [phoneKey])).rows[0]?.n ?? 0);

export function postgresWorkOrderStore({ read, write }: PostgresTransactions, vault: ContactVault): WorkOrderStore {
  /** Locks, decides and (when the decision changes it) writes one work order, its event and, for staff, their audit event. */
  const change = (
    reference: string, decide: (order: StoredWorkOrder) => WorkOrderChange,
    event: (after: StoredWorkOrder, before: StoredWorkOrder) => PlskitEvent, by: StaffTurn | undefined, audited: AuditAction,
  ) =>
    write(async (client): Promise<ChangeOutcome> => {
      const row = await rowOf(client, reference, true);
      if (!row) return { kind: 'not-found' };
      const current = openedWorkOrder(vault, row);
      if (by && !by.may(current)) return refusedTurn(by, current);
      const decision = decide(current);
      if (decision.kind !== 'change' && decision.kind !== 'unchanged') return decision;
      if (decision.kind === 'change') {
        await client.query(UPDATE, workOrderChanges(vault, decision.workOrder, row));
        await addEvent(client, event(decision.workOrder, current));
        if (by) await recordAudit(client, changeAudit(by.action, audited, decision.workOrder, current));
      }
      return { kind: 'ok', workOrder: decision.workOrder };
    });

  return {
    create(request, idempotency, render, by) {
      return write(async (client): Promise<CreateOutcome> => {
        const replay = idempotency && await claimKey(client, idempotency);
        if (replay) return replay;
        const phoneKey = vault.phoneKey(request.contact.phone);
        const confirmation = request.phoneVerification === undefined ? undefined
          : await usableVerification(client, request.phoneVerification, phoneKey, 'work-order', request.now);
        if (confirmation === null) return { kind: 'phone-verification-invalid' };
        const { maxOpenPerPhone: max } = request;
        if (max !== undefined && !withinPersonLimit(await heldByPerson(client, phoneKey, () => openForPhone(client, phoneKey)), max)) {
          return { kind: 'work-order-limit-reached', max };
        }
        let made = newWorkOrder(request, newReference('GD'));
        let sealed = sealedColumns(vault, made.workOrder);
        while ((await client.query(INSERT, workOrderValues(made.workOrder, made.manageTokenHash, sealed))).rowCount === 0) {
          made = newWorkOrder(request, newReference('GD'));
          sealed = sealedColumns(vault, made.workOrder);
        }
        await addDataKey(client, sealed.key);
        if (confirmation) await useUpVerification(client, confirmation);
        await addEvent(client, createdEvent(made.workOrder));
        if (by) await recordAudit(client, workOrderAudit(by, 'work-order-created', made.workOrder));
        const reply = render(made.workOrder, made.manageToken);
        if (idempotency) await rememberReply(client, idempotency, reply, request.now);
        return { kind: 'created', reply };
      });
    },
    async follow(reference, manageToken) {
      const [row] = await read<OpenableWorkOrderRow>(`${OPENABLE_WORK_ORDERS} WHERE w.reference = $1`, [reference]);
      return authoriseResident(row && { manageTokenHash: row.manage_token_hash, open: () => openedWorkOrder(vault, row) }, manageToken);
    },
    open(reference, by) {
      return write(async (client): Promise<OpenOutcome> => {
        const row = await rowOf(client, reference);
        if (!row) return { kind: 'not-found' };
        const workOrder = openedWorkOrder(vault, row);
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
    returnToHotline: (reference, reason, now, by) =>
      change(reference, (order) => returning(order, reason, now), returnedEvent, by, 'work-order-returned'),
    eraseExpired(now, retainDays) {
      const cutoff = contactRetentionCutoff(now, retainDays);
      return write(async (client) => {
        // another node already sweeping: this one skips
        if (!(await tryJobLock(client, ADVISORY_LOCK.sweep))) return 0;
        await client.query(numbered(HISTORY_INSERT), [cutoff]);
        const gone = await client.query<{ data_key: string }>(numbered(`DELETE FROM work_orders WHERE ${EXPIRED} RETURNING data_key`), [cutoff]);
        // the data keys go with them: what heap pages, the WAL or a backup keep of a work order cannot be opened
        await removeDataKeys(client, gone.rows.map((r) => r.data_key));
        return gone.rowCount ?? 0;
      });
    },
  };
}
