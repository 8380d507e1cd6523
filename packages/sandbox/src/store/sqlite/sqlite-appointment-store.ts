// Bookings on the SQLite file: the SQL of each read and write, around the
// decisions of ../appointment-decisions.ts. Every write is one BEGIN IMMEDIATE
// transaction (sqlite-transactions.ts): the places taken, the number's other
// bookings and its confirmation are read and claimed under the database's
// write lock, so two requests (or two processes on one file) can never take
// the last place twice or pass one number's limit together; its event is
// written in it too. The contact is sealed under the booking's own data key,
// deleted with the booking.
import {
  authorise, cancellation, contactRetentionCutoff, ERASED_AFTER_CANCELLATION, ERASED_AFTER_VISIT, hasRoom, idempotencyCutoff, move, newBooking,
} from '../appointment-decisions.js';
import { bookedEvent, cancelledEvent, rescheduledEvent } from '../appointment-events.js';
import { APPOINTMENT_COLUMNS, appointmentValues, contactColumns, fromRow, residentContact, type AppointmentSqlRow } from '../appointment-rows.js';
import type { AppointmentStore, BookingOutcome, ManageOutcome, SlotClaim, StoredAppointment } from '../appointment-store.js';
import { withinPersonLimit } from '../person-limits.js';
import type { ContactVault, DataKeySqlRow } from '../sealed-contact.js';
import { newReference } from '../secrets.js';
import { sqliteDataKeys } from './sqlite-data-keys.js';
import { bookedAudit, slotClosed } from '../staff-decisions.js';
import { fromClosureRow, type ClosureSqlRow } from '../staff-rows.js';
import { sqliteIdempotency } from './sqlite-idempotency.js';
import { sqliteEventWriter } from './sqlite-outbox.js';
import { sqliteVerificationUse } from './sqlite-phone-verifications.js';
import { sqliteAuditWriter } from './sqlite-staff-store.js';
import type { SqliteTransactions } from './sqlite-transactions.js';
import { completeErasure } from './sqlite-wal-checkpoint.js';

/** Statuses as an SQL list (constants of the decisions, never input). */
const listed = (statuses: readonly string[]): string => statuses.map((status) => `'${status}'`).join(', ');

export function sqliteAppointmentStore({ db, read, write, status }: SqliteTransactions, vault: ContactVault): AppointmentStore {
  const placesTaken = db.prepare('SELECT taken FROM slot_places WHERE center_id = ? AND service = ? AND slot_start = ?').pluck();
  const takePlace = db.prepare(`INSERT INTO slot_places (center_id, service, slot_start, taken) VALUES (?, ?, ?, 1)
    ON CONFLICT (center_id, service, slot_start) DO UPDATE SET taken = taken + 1`);
  const releasePlace = db.prepare('UPDATE slot_places SET taken = taken - 1 WHERE center_id = ? AND service = ? AND slot_start = ? AND taken > 0');
  const insert = db.prepare(`INSERT INTO appointments (${APPOINTMENT_COLUMNS}) VALUES (${APPOINTMENT_COLUMNS.split(',').map(() => '?').join(', ')})`);
  const byReference = db.prepare('SELECT * FROM appointments WHERE reference = ?');
  const idempotent = sqliteIdempotency(db);
  const update = db.prepare('UPDATE appointments SET status = ?, slot_start = ?, slot_end = ?, updated_at = ? WHERE reference = ?');
  const placesInRange = db.prepare(`SELECT slot_start, taken FROM slot_places WHERE center_id = ? AND service = ?
    AND slot_start >= ? AND slot_start < ? AND taken > 0`);
  const futureBookings = db.prepare("SELECT COUNT(*) FROM appointments WHERE phone_key = ? AND status = 'booked' AND slot_start > ?").pluck();
  const withKey = db.prepare('SELECT a.reference, a.sealed_contact, k.id, k.kek_id, k.wrapped FROM appointments a JOIN data_keys k ON k.id = a.data_key WHERE a.reference = ?');
  const closuresOn = db.prepare('SELECT * FROM closures WHERE center_id = ? AND day = ? AND reopened_at IS NULL');
  const announce = sqliteEventWriter(db);
  const record = sqliteAuditWriter(db);
  const dataKeys = sqliteDataKeys(db);
  const verifications = sqliteVerificationUse(db);

  const found = (reference: string) => fromRow(byReference.get(reference) as AppointmentSqlRow | undefined);
  const taken = (slot: { centerId: string; service: string; start: string }) =>
    (placesTaken.get(slot.centerId, slot.service, slot.start) as number | undefined) ?? 0;
  const save = (a: StoredAppointment) => update.run(a.status, a.slot.start, a.slot.end, a.updatedAt, a.reference);
  const release = (a: StoredAppointment) => releasePlace.run(a.centerId, a.service, a.slot.start);
  const take = (slot: SlotClaim) => takePlace.run(slot.centerId, slot.service, slot.start);
  // read under the write lock: a closure committed before it is seen, one after it cancels what it booked
  const closed = (slot: SlotClaim) => slotClosed((closuresOn.all(slot.centerId, slot.start.slice(0, 10)) as ClosureSqlRow[]).map(fromClosureRow), slot);

  return {
    book(request, idempotency, render, by) {
      return write((): BookingOutcome => {
        const replay = idempotency && idempotent.earlier(idempotency);
        if (replay) return replay;
        if (closed(request.slot)) return { kind: 'slot-closed' };
        const phoneKey = vault.phoneKey(request.contact.phone);
        const confirmation = request.phoneVerification === undefined ? undefined
          : verifications.usable(request.phoneVerification, phoneKey, 'booking', request.now);
        if (confirmation === null) return { kind: 'phone-verification-invalid' };
        const { maxActivePerPhone: max } = request;
        if (max !== undefined && !withinPersonLimit(futureBookings.get(phoneKey, request.now) as number, max)) return { kind: 'booking-limit-reached', max };
        if (!hasRoom(taken(request.slot), request.slot)) return { kind: 'slot-full' };
        let reference = newReference();
        while (byReference.get(reference)) reference = newReference();
        const booking = newBooking(request, reference);
        const contact = contactColumns(vault, reference, { ...request.contact, note: request.note ?? null });
        dataKeys.add(contact.key);
        insert.run(...appointmentValues(booking.appointment, booking.manageTokenHash, contact));
        take(request.slot);
        if (confirmation) verifications.useUp(confirmation);
        announce(bookedEvent(booking.appointment));
        if (by) record(bookedAudit(by, booking.appointment));
        const reply = render(booking.appointment, booking.manageToken);
        if (idempotency) idempotent.remember(idempotency, reply, request.now);
        return { kind: 'booked', reply };
      });
    },
    async get(reference, manageToken) {
      return read(() => authorise(found(reference), manageToken));
    },
    async contactOf(reference) {
      const row = read(() => withKey.get(reference)) as (Pick<AppointmentSqlRow, 'reference' | 'sealed_contact'> & DataKeySqlRow) | undefined;
      return row && residentContact(vault, row, row);
    },
    cancel(reference, manageToken, now) {
      return write((): ManageOutcome => {
        const current = authorise(found(reference), manageToken);
        if (current.kind !== 'ok') return current;
        const decision = cancellation(current.appointment, now);
        if (decision.kind !== 'cancel') return decision;
        save(decision.appointment);
        release(current.appointment);
        announce(cancelledEvent(decision.appointment));
        return { kind: 'ok', appointment: decision.appointment };
      });
    },
    reschedule(reference, manageToken, slot, now) {
      return write((): ManageOutcome => {
        const current = authorise(found(reference), manageToken);
        if (current.kind !== 'ok') return current;
        const decision = move(current.appointment, slot, now);
        if (decision.kind !== 'move') return decision.kind === 'unchanged' ? current : decision;
        if (closed(slot)) return { kind: 'slot-closed' };
        if (!hasRoom(taken(slot), slot)) return { kind: 'slot-full' };
        take(slot);
        release(current.appointment);
        save(decision.appointment);
        announce(rescheduledEvent(decision.appointment, current.appointment));
        return { kind: 'ok', appointment: decision.appointment };
      });
    },
    async takenPlaces(centerId, service, fromInclusive, toExclusive) {
      const rows = read(() => placesInRange.all(centerId, service, fromInclusive, toExclusive) as { slot_start: string; taken: number }[]);
      return new Map(rows.map((r) => [r.slot_start, r.taken]));
    },
    async eraseExpiredContacts(now, retainDays) {
      const cutoff = contactRetentionCutoff(now, retainDays);
      const expired = `(status IN (${listed(ERASED_AFTER_VISIT)}) AND slot_end < @cutoff) OR (status IN (${listed(ERASED_AFTER_CANCELLATION)}) AND updated_at < @cutoff)`;
      const count = await write(() => {
        db.prepare(`INSERT INTO appointment_history (center_id, service, day, status, channel)
          SELECT center_id, service, substr(slot_start, 1, 10), status, channel FROM appointments WHERE ${expired}`).run({ cutoff });
        // the bookings' data keys go with them: what is left of a booking anywhere cannot be opened
        dataKeys.remove(db.prepare(`SELECT data_key FROM appointments WHERE ${expired}`).pluck().all({ cutoff }) as string[]);
        // secure_delete (sqlite-database.ts) overwrites the freed cells with zeros
        return db.prepare(`DELETE FROM appointments WHERE ${expired}`).run({ cutoff }).changes;
      });
      // the WAL still holds the old pages until a checkpoint
      await completeErasure(db, status, count);
      return count;
    },
    forgetExpiredIdempotency(now) {
      return write(() => db.prepare('DELETE FROM idempotency_records WHERE created_at < ?').run(idempotencyCutoff(now)).changes);
    },
  };
}
