// The centers' side on PostgreSQL, for any number of API nodes
// (../staff-store.ts says what it answers): the SQL around
// ../staff-decisions.ts. A visit is marked under its row's lock; a closure
// takes its center's day alone (postgres-closures.ts), so no booking slips
// in beside it; every change writes its events and audit event in its own
// transaction, and a roster read its audit event in the read's.
import { addDays } from '@plskit/core';
import { fromRow, OPENABLE_APPOINTMENTS, openedAppointment, type AppointmentSqlRow, type OpenableSqlRow } from '../appointment-rows.js';
import type { StoredAppointment } from '../appointment-store.js';
import {
  auditEvent, auditRange, auditRetentionCutoff, cancelledBy, newClosure, reopening, visitMark,
} from '../staff-decisions.js';
import { cancelledByCenterEvent, closedEvent, markedEvent, reopenedEvent } from '../staff-events.js';
import {
  AUDIT_COLUMNS, auditValues, CLOSURE_COLUMNS, closureValues, fromAuditRow, fromClosureRow, type AuditSqlRow, type ClosureSqlRow,
} from '../staff-rows.js';
import type { StaffStore, StoredAuditEvent } from '../staff-store.js';
import { lockCenterDay } from './postgres-closures.js';
import type { PostgresClient } from './postgres-database.js';
import { addEvent } from './postgres-outbox.js';
import type { ContactVault } from '../sealed-contact.js';
import type { PostgresTransactions } from './postgres-transactions.js';

const numbered = (columns: string): string => columns.split(',').map((_, i) => `$${i + 1}`).join(', ');

/** Writes an audit event in the transaction of what it records. */
export const recordAudit = (client: PostgresClient, event: Omit<StoredAuditEvent, 'seq'>) =>
  client.query(`INSERT INTO audit_events (${AUDIT_COLUMNS}) VALUES (${numbered(AUDIT_COLUMNS)})`, auditValues(event));

async function appointmentsOn(client: PostgresClient, centerId: string, date: string, lock = ''): Promise<StoredAppointment[]> {
  const { rows } = await client.query<AppointmentSqlRow>(`SELECT * FROM appointments WHERE center_id = $1 AND slot_start >= $2 AND slot_start < $3
    ORDER BY slot_start, created_at, reference ${lock}`, [centerId, `${date}T00:00:00+08:00`, `${addDays(date, 1)}T00:00:00+08:00`]);
  return rows.map((row) => fromRow(row)!.appointment);
}

const setStatus = (client: PostgresClient, a: StoredAppointment) =>
  client.query('UPDATE appointments SET status = $2, updated_at = $3 WHERE reference = $1', [a.reference, a.status, a.updatedAt]);

/** The roster's read: the day's bookings with their contacts opened from their seals. */
async function rosterOf(client: PostgresClient, vault: ContactVault, centerId: string, date: string): Promise<StoredAppointment[]> {
  const { rows } = await client.query<OpenableSqlRow>(`${OPENABLE_APPOINTMENTS} WHERE a.center_id = $1 AND a.slot_start >= $2 AND a.slot_start < $3
    ORDER BY a.slot_start, a.created_at, a.reference`, [centerId, `${date}T00:00:00+08:00`, `${addDays(date, 1)}T00:00:00+08:00`]);
  return rows.map((row) => openedAppointment(vault, row));
}

export function postgresStaffStore({ read, write }: PostgresTransactions, vault: ContactVault): StaffStore {
  return {
    roster(centerId, date, action) {
      return write(async (client) => {
        const appointments = await rosterOf(client, vault, centerId, date);
        const { rows } = await client.query<{ n: string }>('SELECT COUNT(*) AS n FROM appointment_history WHERE center_id = $1 AND day = $2', [centerId, date]);
        await recordAudit(client, auditEvent(action, 'roster-read', { centerId, date, references: appointments.map((a) => a.reference) }));
        return { appointments, erased: Number(rows[0]?.n ?? 0) };
      });
    },
    mark(reference, mark, action, may) {
      return write(async (client) => {
        const [row] = (await client.query<OpenableSqlRow>(`${OPENABLE_APPOINTMENTS} WHERE a.reference = $1 FOR UPDATE OF a`, [reference])).rows;
        const found = fromRow(row)?.appointment;
        if (!row || !found) return { kind: 'not-found' as const };
        if (!may(found.centerId)) return { kind: 'forbidden' as const };
        // staff see whom they check in: opened once the center is theirs (the mark is audited)
        const decision = visitMark(openedAppointment(vault, row), mark, action.at);
        if (decision.kind === 'unchanged') return { kind: 'ok' as const, appointment: decision.appointment };
        if (decision.kind !== 'ok') return decision;
        await setStatus(client, decision.appointment);
        await addEvent(client, markedEvent(decision.appointment));
        await recordAudit(client, auditEvent(action, mark === 'checked-in' ? 'appointment-checked-in' : 'appointment-no-show', { centerId: found.centerId, reference }));
        return decision;
      });
    },
    async closures(centerId, from, to) {
      const rows = await read<ClosureSqlRow>(`SELECT * FROM closures WHERE center_id = $1 AND day >= $2 AND day <= $3 AND reopened_at IS NULL
        ORDER BY day, from_time NULLS FIRST, created_at`, [centerId, from, to]);
      return rows.map(fromClosureRow);
    },
    close(request, action) {
      return write(async (client) => {
        await lockCenterDay(client, request.centerId, request.date, 'alone');
        const window = { date: request.date, from: request.from ?? null, to: request.to ?? null };
        const cancelled = cancelledBy(window, await appointmentsOn(client, request.centerId, request.date, 'FOR UPDATE'), action.at);
        const closure = newClosure(request, cancelled.length, action.at);
        await client.query(`INSERT INTO closures (${CLOSURE_COLUMNS}) VALUES (${numbered(CLOSURE_COLUMNS)})`, closureValues(closure));
        await addEvent(client, closedEvent(closure));
        for (const appointment of cancelled) {
          await setStatus(client, appointment);
          await client.query('UPDATE slot_places SET taken = taken - 1 WHERE center_id = $1 AND service = $2 AND slot_start = $3 AND taken > 0',
            [appointment.centerId, appointment.service, appointment.slot.start]);
          await addEvent(client, cancelledByCenterEvent(appointment, closure));
        }
        await recordAudit(client, auditEvent(action, 'center-closed', { centerId: closure.centerId, date: closure.date, closureId: closure.id }));
        return closure;
      });
    },
    reopen(centerId, closureId, action) {
      return write(async (client) => {
        const row = (await client.query<ClosureSqlRow>('SELECT * FROM closures WHERE id = $1 AND center_id = $2 FOR UPDATE', [closureId, centerId])).rows[0];
        const decision = reopening(row && fromClosureRow(row), action.at);
        if (decision.kind !== 'reopen') return decision;
        await client.query('UPDATE closures SET reopened_at = $2 WHERE id = $1', [closureId, action.at]);
        await addEvent(client, reopenedEvent(decision.closure));
        await recordAudit(client, auditEvent(action, 'center-reopened', { centerId, date: decision.closure.date, closureId }));
        return { kind: 'ok' as const, closure: decision.closure };
      });
    },
    auditEvents(query, action) {
      const { since, until } = auditRange(query.from, query.to);
      const where = ['at >= $1', 'at < $2', ...(query.actor !== undefined ? ['actor = $3'] : [])];
      const params: unknown[] = [since, until, ...(query.actor !== undefined ? [query.actor] : [])];
      return write(async (client) => {
        const { rows: counted } = await client.query<{ n: string }>(`SELECT COUNT(*) AS n FROM audit_events WHERE ${where.join(' AND ')}`, params);
        const paged = query.before ? [...where, `seq < $${params.length + 1}`] : where;
        const pageParams = query.before ? [...params, query.before] : params;
        const { rows } = await client.query<AuditSqlRow>(`SELECT * FROM audit_events WHERE ${paged.join(' AND ')}
          ORDER BY seq DESC LIMIT $${pageParams.length + 1}`, [...pageParams, query.limit]);
        await recordAudit(client, auditEvent(action, 'audit-read'));
        return { events: rows.map(fromAuditRow), total: Number(counted[0]?.n ?? 0) };
      });
    },
    eraseExpiredAudit(now, retainDays) {
      return write(async (client) => (await client.query('DELETE FROM audit_events WHERE at < $1', [auditRetentionCutoff(now, retainDays)])).rowCount ?? 0);
    },
  };
}
