// The centers' side on the SQLite file (../staff-store.ts says what it
// answers): the SQL of each read and write around ../staff-decisions.ts.
// Every change, its events and its audit event are one BEGIN IMMEDIATE
// transaction; a roster is read, and its reading recorded, in one too.
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
import { sqliteEventWriter } from './sqlite-outbox.js';
import type { ContactVault } from '../sealed-contact.js';
import type { SqliteTransactions } from './sqlite-transactions.js';

const placeholders = (columns: string): string => columns.split(',').map(() => '?').join(', ');

/** Writes an audit event in the transaction of what it records. */
export function sqliteAuditWriter(db: SqliteTransactions['db']): (event: Omit<StoredAuditEvent, 'seq'>) => void {
  const insert = db.prepare(`INSERT INTO audit_events (${AUDIT_COLUMNS}) VALUES (${placeholders(AUDIT_COLUMNS)})`);
  return (event) => { insert.run(...auditValues(event)); };
}

export function sqliteStaffStore({ db, read, write }: SqliteTransactions, vault: ContactVault): StaffStore {
  const dayOf = db.prepare('SELECT * FROM appointments WHERE center_id = ? AND slot_start >= ? AND slot_start < ? ORDER BY slot_start, created_at, reference');
  // the roster's read: the contacts opened from their seals
  const rosterOf = db.prepare(`${OPENABLE_APPOINTMENTS} WHERE a.center_id = ? AND a.slot_start >= ? AND a.slot_start < ?
    ORDER BY a.slot_start, a.created_at, a.reference`);
  const erasedOn = db.prepare('SELECT COUNT(*) FROM appointment_history WHERE center_id = ? AND day = ?').pluck();
  const openable = db.prepare(`${OPENABLE_APPOINTMENTS} WHERE a.reference = ?`);
  const setStatus = db.prepare('UPDATE appointments SET status = ?, updated_at = ? WHERE reference = ?');
  const releasePlace = db.prepare('UPDATE slot_places SET taken = taken - 1 WHERE center_id = ? AND service = ? AND slot_start = ? AND taken > 0');
  const insertClosure = db.prepare(`INSERT INTO closures (${CLOSURE_COLUMNS}) VALUES (${placeholders(CLOSURE_COLUMNS)})`);
  const closuresBetween = db.prepare('SELECT * FROM closures WHERE center_id = ? AND day >= ? AND day <= ? AND reopened_at IS NULL ORDER BY day, from_time, created_at');
  const closureById = db.prepare('SELECT * FROM closures WHERE id = ? AND center_id = ?');
  const markReopened = db.prepare('UPDATE closures SET reopened_at = ? WHERE id = ?');
  const announce = sqliteEventWriter(db);
  const record = sqliteAuditWriter(db);
  const appointmentsOn = (centerId: string, date: string): StoredAppointment[] =>
    (dayOf.all(centerId, `${date}T00:00:00+08:00`, `${addDays(date, 1)}T00:00:00+08:00`) as AppointmentSqlRow[]).map((row) => fromRow(row)!.appointment);

  return {
    roster(centerId, date, action) {
      return write(() => {
        const appointments = (rosterOf.all(centerId, `${date}T00:00:00+08:00`, `${addDays(date, 1)}T00:00:00+08:00`) as OpenableSqlRow[])
          .map((row) => openedAppointment(vault, row));
        const erased = erasedOn.get(centerId, date) as number;
        record(auditEvent(action, 'roster-read', { centerId, date, references: appointments.map((a) => a.reference) }));
        return { appointments, erased };
      });
    },
    mark(reference, mark, action, may) {
      return write(() => {
        const row = openable.get(reference) as OpenableSqlRow | undefined;
        const found = fromRow(row)?.appointment;
        if (!row || !found) return { kind: 'not-found' as const };
        if (!may(found.centerId)) return { kind: 'forbidden' as const };
        // staff see whom they check in: opened once the center is theirs (the mark is audited)
        const decision = visitMark(openedAppointment(vault, row), mark, action.at);
        if (decision.kind === 'unchanged') return { kind: 'ok' as const, appointment: decision.appointment };
        if (decision.kind !== 'ok') return decision;
        setStatus.run(decision.appointment.status, decision.appointment.updatedAt, reference);
        announce(markedEvent(decision.appointment));
        record(auditEvent(action, mark === 'checked-in' ? 'appointment-checked-in' : 'appointment-no-show', { centerId: found.centerId, reference }));
        return decision;
      });
    },
    async closures(centerId, from, to) {
      return read(() => (closuresBetween.all(centerId, from, to) as ClosureSqlRow[]).map(fromClosureRow));
    },
    close(request, action) {
      return write(() => {
        const cancelled = cancelledBy({ date: request.date, from: request.from ?? null, to: request.to ?? null }, appointmentsOn(request.centerId, request.date), action.at);
        const closure = newClosure(request, cancelled.length, action.at);
        insertClosure.run(...closureValues(closure));
        announce(closedEvent(closure));
        for (const appointment of cancelled) {
          setStatus.run(appointment.status, appointment.updatedAt, appointment.reference);
          releasePlace.run(appointment.centerId, appointment.service, appointment.slot.start);
          announce(cancelledByCenterEvent(appointment, closure));
        }
        record(auditEvent(action, 'center-closed', { centerId: closure.centerId, date: closure.date, closureId: closure.id }));
        return closure;
      });
    },
    reopen(centerId, closureId, action) {
      return write(() => {
        const row = closureById.get(closureId, centerId) as ClosureSqlRow | undefined;
        const decision = reopening(row && fromClosureRow(row), action.at);
        if (decision.kind !== 'reopen') return decision;
        markReopened.run(action.at, closureId);
        announce(reopenedEvent(decision.closure));
        record(auditEvent(action, 'center-reopened', { centerId, date: decision.closure.date, closureId }));
        return { kind: 'ok' as const, closure: decision.closure };
      });
    },
    auditEvents(query, action) {
      const { since, until } = auditRange(query.from, query.to);
      const where = ['at >= ?', 'at < ?', ...(query.actor !== undefined ? ['actor = ?'] : [])];
      const params: unknown[] = [since, until, ...(query.actor !== undefined ? [query.actor] : [])];
      return write(() => {
        const total = db.prepare(`SELECT COUNT(*) FROM audit_events WHERE ${where.join(' AND ')}`).pluck().get(...params) as number;
        const page = db.prepare(`SELECT * FROM audit_events WHERE ${[...where, ...(query.before ? ['seq < ?'] : [])].join(' AND ')}
          ORDER BY seq DESC LIMIT ?`).all(...params, ...(query.before ? [query.before] : []), query.limit) as AuditSqlRow[];
        record(auditEvent(action, 'audit-read'));
        return { events: page.map(fromAuditRow), total };
      });
    },
    eraseExpiredAudit(now, retainDays) {
      return write(() => db.prepare('DELETE FROM audit_events WHERE at < ?').run(auditRetentionCutoff(now, retainDays)).changes);
    },
  };
}
