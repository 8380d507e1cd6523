// Bookings on PostgreSQL, correct with any number of API nodes: the SQL of each
// read and write, around the decisions of ../appointment-decisions.ts. A
// slot's row in slot_places is locked (FOR UPDATE) before its places are
// counted: concurrent bookings of one slot queue on that row and each counts
// what the one before it left, so a slot never exceeds its capacity, on one
// node or ten. An Idempotency-Key is serialized by an advisory lock on its
// hash, so a retry that reaches another node while the first attempt still
// runs waits for it and replays it; a phone number's bookings are counted
// under a lock on its blind index (postgres-person-limits.ts), and its
// confirmation is used up under a lock on its row, so neither passes twice
// on two nodes. Each change writes its event in its own transaction; the
// contact is sealed under the booking's own data key, deleted with it.
import {
  authorise, cancellation, contactRetentionCutoff, ERASED_AFTER_CANCELLATION, ERASED_AFTER_VISIT, hasRoom, idempotencyCutoff, move, newBooking,
} from '../appointment-decisions.js';
import { bookedEvent, cancelledEvent, rescheduledEvent } from '../appointment-events.js';
import { APPOINTMENT_COLUMNS, appointmentValues, contactColumns, fromRow, residentContact, type AppointmentSqlRow } from '../appointment-rows.js';
import type { AppointmentStore, BookingOutcome, ManageOutcome, SlotClaim, StoredAppointment } from '../appointment-store.js';
import { withinPersonLimit } from '../person-limits.js';
import type { ContactVault, DataKeySqlRow } from '../sealed-contact.js';
import { newReference } from '../secrets.js';
import { addDataKey } from './postgres-data-keys.js';
import { bookedAudit, slotClosed } from '../staff-decisions.js';
import { ADVISORY_LOCK, type PostgresClient } from './postgres-database.js';
import { addEvent } from './postgres-outbox.js';
import { recordAudit } from './postgres-staff-store.js';
import { closuresOf, lockCenterDay } from './postgres-closures.js';
import { claimKey, rememberReply } from './postgres-idempotency.js';
import { heldByPerson } from './postgres-person-limits.js';
import { useUpVerification, usableVerification } from './postgres-phone-verifications.js';
import { tryJobLock, type PostgresTransactions } from './postgres-transactions.js';

const INSERT = `INSERT INTO appointments (${APPOINTMENT_COLUMNS})
  VALUES (${APPOINTMENT_COLUMNS.split(',').map((_, i) => `$${i + 1}`).join(', ')}) ON CONFLICT (reference) DO NOTHING`;

/** The places taken in the slot, its row locked until the transaction ends (made first if it has none yet). */
async function lockedPlaces(client: PostgresClient, slot: SlotClaim): Promise<number> {
  const key = [slot.centerId, slot.service, slot.start];
  await client.query(`INSERT INTO slot_places (center_id, service, slot_start, taken) VALUES ($1, $2, $3, 0)
    ON CONFLICT (center_id, service, slot_start) DO NOTHING`, key);
  const { rows } = await client.query<{ taken: number }>(
    'SELECT taken FROM slot_places WHERE center_id = $1 AND service = $2 AND slot_start = $3 FOR UPDATE', key);
  return rows[0]?.taken ?? 0;
}

/**
 * Whether a closure closes the slot. Bookings of a center's day share its
 * lock, a closure of that day takes it alone (postgres-closures.ts): a
 * booking waits for a closure being made and then sees it, and a closure
 * waits for the bookings under way and then cancels them.
 */
async function closed(client: PostgresClient, slot: SlotClaim): Promise<boolean> {
  await lockCenterDay(client, slot.centerId, slot.start.slice(0, 10), 'shared');
  return slotClosed(await closuresOf(client, slot.centerId, slot.start.slice(0, 10)), slot);
}

const takePlace = (client: PostgresClient, slot: SlotClaim) =>
  client.query('UPDATE slot_places SET taken = taken + 1 WHERE center_id = $1 AND service = $2 AND slot_start = $3',
    [slot.centerId, slot.service, slot.start]);

const releasePlace = (client: PostgresClient, a: StoredAppointment) =>
  client.query('UPDATE slot_places SET taken = taken - 1 WHERE center_id = $1 AND service = $2 AND slot_start = $3 AND taken > 0',
    [a.centerId, a.service, a.slot.start]);

const found = async (client: PostgresClient, reference: string) => fromRow((await client.query<AppointmentSqlRow>(
  'SELECT * FROM appointments WHERE reference = $1 FOR UPDATE', [reference])).rows[0]);

const futureBookings = async (client: PostgresClient, phoneKey: string, now: string) => Number((await client.query<{ n: string }>(
  "SELECT COUNT(*) AS n FROM appointments WHERE phone_key = $1 AND status = 'booked' AND slot_start > $2", [phoneKey, now])).rows[0]?.n ?? 0);

const save = (client: PostgresClient, a: StoredAppointment) =>
  client.query('UPDATE appointments SET status = $2, slot_start = $3, slot_end = $4, updated_at = $5 WHERE reference = $1',
    [a.reference, a.status, a.slot.start, a.slot.end, a.updatedAt]);

export function postgresAppointmentStore({ read, write }: PostgresTransactions, vault: ContactVault): AppointmentStore {
  return {
    book(request, idempotency, render, by) {
      return write(async (client): Promise<BookingOutcome> => {
        const replay = idempotency && await claimKey(client, idempotency);
        if (replay) return replay;
        if (await closed(client, request.slot)) return { kind: 'slot-closed' };
        const phoneKey = vault.phoneKey(request.contact.phone);
        const confirmation = request.phoneVerification === undefined ? undefined
          : await usableVerification(client, request.phoneVerification, phoneKey, 'booking', request.now);
        if (confirmation === null) return { kind: 'phone-verification-invalid' };
        if (request.maxActivePerPhone !== undefined
          && !withinPersonLimit(await heldByPerson(client, phoneKey, () => futureBookings(client, phoneKey, request.now)), request.maxActivePerPhone)) {
          return { kind: 'booking-limit-reached', max: request.maxActivePerPhone };
        }
        if (!hasRoom(await lockedPlaces(client, request.slot), request.slot)) return { kind: 'slot-full' };
        const clearContact = { ...request.contact, note: request.note ?? null };
        let booking = newBooking(request, newReference());
        let contact = contactColumns(vault, booking.appointment.reference, clearContact);
        while ((await client.query(INSERT, appointmentValues(booking.appointment, booking.manageTokenHash, contact))).rowCount === 0) {
          booking = newBooking(request, newReference());
          contact = contactColumns(vault, booking.appointment.reference, clearContact);
        }
        await addDataKey(client, contact.key);
        await takePlace(client, request.slot);
        if (confirmation) await useUpVerification(client, confirmation);
        await addEvent(client, bookedEvent(booking.appointment));
        if (by) await recordAudit(client, bookedAudit(by, booking.appointment));
        const reply = render(booking.appointment, booking.manageToken);
        if (idempotency) await rememberReply(client, idempotency, reply, request.now);
        return { kind: 'booked', reply };
      });
    },
    async get(reference, manageToken) {
      const [row] = await read<AppointmentSqlRow>('SELECT * FROM appointments WHERE reference = $1', [reference]);
      return authorise(fromRow(row), manageToken);
    },
    async contactOf(reference) {
      const [row] = await read<Pick<AppointmentSqlRow, 'reference' | 'sealed_contact'> & DataKeySqlRow>(`SELECT a.reference, a.sealed_contact,
        k.id, k.kek_id, k.wrapped FROM appointments a JOIN data_keys k ON k.id = a.data_key WHERE a.reference = $1`, [reference]);
      return row && residentContact(vault, row, row);
    },
    cancel(reference, manageToken, now) {
      return write(async (client): Promise<ManageOutcome> => {
        const current = authorise(await found(client, reference), manageToken);
        if (current.kind !== 'ok') return current;
        const decision = cancellation(current.appointment, now);
        if (decision.kind !== 'cancel') return decision;
        await save(client, decision.appointment);
        await releasePlace(client, current.appointment);
        await addEvent(client, cancelledEvent(decision.appointment));
        return { kind: 'ok', appointment: decision.appointment };
      });
    },
    reschedule(reference, manageToken, slot, now) {
      return write(async (client): Promise<ManageOutcome> => {
        const current = authorise(await found(client, reference), manageToken);
        if (current.kind !== 'ok') return current;
        const decision = move(current.appointment, slot, now);
        if (decision.kind !== 'move') return decision.kind === 'unchanged' ? current : decision;
        if (await closed(client, slot)) return { kind: 'slot-closed' };
        if (!hasRoom(await lockedPlaces(client, slot), slot)) return { kind: 'slot-full' };
        await takePlace(client, slot);
        await releasePlace(client, current.appointment);
        await save(client, decision.appointment);
        await addEvent(client, rescheduledEvent(decision.appointment, current.appointment));
        return { kind: 'ok', appointment: decision.appointment };
      });
    },
    async takenPlaces(centerId, service, fromInclusive, toExclusive) {
      const rows = await read<{ slot_start: string; taken: number }>(`SELECT slot_start, taken FROM slot_places
        WHERE center_id = $1 AND service = $2 AND slot_start >= $3 AND slot_start < $4 AND taken > 0`,
      [centerId, service, fromInclusive, toExclusive]);
      return new Map(rows.map((r) => [r.slot_start, r.taken]));
    },
    eraseExpiredContacts(now, retainDays) {
      const cutoff = contactRetentionCutoff(now, retainDays);
      return write(async (client) => {
        // another node already sweeping: this one skips
        if (!(await tryJobLock(client, ADVISORY_LOCK.sweep))) return 0;
        // the bookings' data keys go with them: what is left of a booking anywhere (a WAL segment, a backup) cannot be opened
        const erased = await client.query(`WITH gone AS (
            DELETE FROM appointments WHERE (status = ANY($2) AND slot_end < $1) OR (status = ANY($3) AND updated_at < $1)
            RETURNING center_id, service, slot_start, status, channel, data_key),
          keys AS (DELETE FROM data_keys WHERE id IN (SELECT data_key FROM gone))
          INSERT INTO appointment_history (center_id, service, day, status, channel)
          SELECT center_id, service, substr(slot_start, 1, 10), status, channel FROM gone`, [cutoff, ERASED_AFTER_VISIT, ERASED_AFTER_CANCELLATION]);
        return erased.rowCount ?? 0;
      });
    },
    forgetExpiredIdempotency(now) {
      return write(async (client) => {
        if (!(await tryJobLock(client, ADVISORY_LOCK.sweep))) return 0;
        return (await client.query('DELETE FROM idempotency_records WHERE created_at < $1', [idempotencyCutoff(now)])).rowCount ?? 0;
      });
    },
  };
}
