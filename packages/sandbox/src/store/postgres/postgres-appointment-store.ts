// Bookings on PostgreSQL, correct with any number of API nodes. A place is
// claimed by a conditional update of the slot's row in slot_places (taken + 1
// only while taken < capacity): concurrent claims on the same slot queue on
// that row lock and each sees the count the one before it left, so a slot
// never exceeds its capacity, on one node or ten. An Idempotency-Key is
// serialized by an advisory lock on its hash, so a retry that reaches another
// node while the first attempt still runs waits for it and replays it.
// Deadlocks and serialization failures run the transaction again.
import { shanghaiDateTime } from '@plskit/core';
import {
  IDEMPOTENCY_RETENTION_MS, NO_TOKEN_HASH, toAppointment, type AppointmentSqlRow, type AppointmentStore, type BookingOutcome,
  type ManageOutcome, type SlotClaim,
} from '../appointment-store.js';
import { idempotencyKeyHash, newManageToken, newReference, seal, sha256, tokenMatches, unseal } from '../secrets.js';
import { ADVISORY_LOCK, inTransaction, type PostgresClient, type PostgresPool } from './postgres-database.js';

/** Takes one place of the slot if one is left; false when it is full. */
async function claimPlace(client: PostgresClient, slot: SlotClaim): Promise<boolean> {
  const claimed = await client.query(`INSERT INTO slot_places (center_id, service, slot_start, taken) VALUES ($1, $2, $3, 1)
    ON CONFLICT (center_id, service, slot_start) DO UPDATE SET taken = slot_places.taken + 1
    WHERE slot_places.taken < $4 RETURNING taken`, [slot.centerId, slot.service, slot.start, slot.capacity]);
  return claimed.rowCount === 1;
}

const releasePlace = (client: PostgresClient, centerId: string, service: string, start: string) =>
  client.query('UPDATE slot_places SET taken = taken - 1 WHERE center_id = $1 AND service = $2 AND slot_start = $3 AND taken > 0',
    [centerId, service, start]);

const byReference = async (client: PostgresClient | PostgresPool, reference: string, lock = false) =>
  (await client.query<AppointmentSqlRow>(`SELECT * FROM appointments WHERE reference = $1${lock ? ' FOR UPDATE' : ''}`, [reference])).rows[0];

/** The booking if the token is its own; an unknown reference costs what a wrong token costs. */
async function authorised(client: PostgresClient | PostgresPool, reference: string, manageToken: string, lock = false): Promise<ManageOutcome> {
  const row = await byReference(client, reference, lock);
  if (!tokenMatches(manageToken, row?.manage_token_hash ?? NO_TOKEN_HASH) || !row) return { kind: 'manage-token-invalid' };
  return { kind: 'ok', appointment: toAppointment(row) };
}

/** Whether this node won the sweep; another node already sweeping means this one skips. */
const sweepLock = async (client: PostgresClient): Promise<boolean> =>
  (await client.query<{ won: boolean }>('SELECT pg_try_advisory_xact_lock($1) AS won', [ADVISORY_LOCK.sweep])).rows[0]?.won === true;

export function postgresAppointmentStore(pool: PostgresPool): AppointmentStore {
  return {
    book(request, idempotency, render) {
      return inTransaction(pool, async (client): Promise<BookingOutcome> => {
        const keyHash = idempotency && idempotencyKeyHash(idempotency.client, idempotency.key);
        if (idempotency && keyHash) {
          await client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [keyHash]);
          const previous = (await client.query<{ request_hash: string; status: number; sealed_response: string }>(
            'SELECT request_hash, status, sealed_response FROM idempotency_records WHERE key_hash = $1', [keyHash])).rows[0];
          if (previous) {
            if (previous.request_hash !== idempotency.requestHash) return { kind: 'idempotency-key-reused' };
            const body = JSON.parse(unseal(idempotency.client, idempotency.key, previous.sealed_response)) as unknown;
            return { kind: 'replayed', reply: { status: previous.status, body } };
          }
        }
        if (!(await claimPlace(client, request.slot))) return { kind: 'slot-full' };
        const manageToken = newManageToken();
        let reference = newReference();
        while (await byReference(client, reference)) reference = newReference();
        const { slot, contact } = request;
        // contact_id_number stays NULL: booking asks for no ID number (PIPL Art 6)
        const inserted = await client.query<AppointmentSqlRow>(`INSERT INTO appointments (reference, manage_token_hash, status, center_id,
          service, slot_start, slot_end, contact_name, contact_phone, contact_id_number, note, privacy_notice, created_at, updated_at)
          VALUES ($1, $2, 'booked', $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12) RETURNING *`,
        [reference, sha256(manageToken), slot.centerId, slot.service, slot.start, slot.end, contact.name, contact.phone,
          null, request.note ?? null, request.privacyNotice, request.now]);
        const reply = render(toAppointment(inserted.rows[0] as AppointmentSqlRow), manageToken);
        if (idempotency && keyHash) {
          await client.query(`INSERT INTO idempotency_records (key_hash, request_hash, status, sealed_response, created_at)
            VALUES ($1, $2, $3, $4, $5)`, [keyHash, idempotency.requestHash, reply.status,
            seal(idempotency.client, idempotency.key, JSON.stringify(reply.body)), request.now]);
        }
        return { kind: 'booked', reply };
      });
    },
    get(reference, manageToken) {
      return authorised(pool, reference, manageToken);
    },
    cancel(reference, manageToken, now) {
      return inTransaction(pool, async (client): Promise<ManageOutcome> => {
        const found = await authorised(client, reference, manageToken, true);
        if (found.kind !== 'ok') return found;
        const { appointment } = found;
        if (appointment.status === 'cancelled') return { kind: 'appointment-cancelled' };
        await releasePlace(client, appointment.centerId, appointment.service, appointment.slot.start);
        const updated = await client.query<AppointmentSqlRow>(
          "UPDATE appointments SET status = 'cancelled', updated_at = $2 WHERE reference = $1 RETURNING *", [reference, now]);
        return { kind: 'ok', appointment: toAppointment(updated.rows[0] as AppointmentSqlRow) };
      });
    },
    reschedule(reference, manageToken, slot, now) {
      return inTransaction(pool, async (client): Promise<ManageOutcome> => {
        const found = await authorised(client, reference, manageToken, true);
        if (found.kind !== 'ok') return found;
        const current = found.appointment;
        if (current.status === 'cancelled') return { kind: 'appointment-cancelled' };
        const sameSlot = current.slot.start === slot.start && current.centerId === slot.centerId && current.service === slot.service;
        if (sameSlot) return found;
        if (!(await claimPlace(client, slot))) return { kind: 'slot-full' };
        await releasePlace(client, current.centerId, current.service, current.slot.start);
        const updated = await client.query<AppointmentSqlRow>(
          'UPDATE appointments SET slot_start = $2, slot_end = $3, updated_at = $4 WHERE reference = $1 RETURNING *',
          [reference, slot.start, slot.end, now]);
        return { kind: 'ok', appointment: toAppointment(updated.rows[0] as AppointmentSqlRow) };
      });
    },
    async takenPlaces(centerId, service, fromInclusive, toExclusive) {
      const rows = (await pool.query<{ slot_start: string; n: number }>(`SELECT slot_start, COUNT(*)::int AS n FROM appointments
        WHERE center_id = $1 AND service = $2 AND status = 'booked' AND slot_start >= $3 AND slot_start < $4 GROUP BY slot_start`,
      [centerId, service, fromInclusive, toExclusive])).rows;
      return new Map(rows.map((r) => [r.slot_start, r.n]));
    },
    eraseExpiredContacts(now, retainDays) {
      // the same text comparison as on SQLite: slot_end and updated_at carry +08:00, and so does the cut-off
      const cutoff = shanghaiDateTime(new Date(now.getTime() - retainDays * 24 * 3600_000));
      return inTransaction(pool, async (client) => {
        if (!(await sweepLock(client))) return 0;
        const erased = await client.query(`WITH gone AS (
            DELETE FROM appointments WHERE (status = 'booked' AND slot_end < $1) OR (status = 'cancelled' AND updated_at < $1)
            RETURNING center_id, service, slot_start, status)
          INSERT INTO appointment_history (center_id, service, day, status)
          SELECT center_id, service, substr(slot_start, 1, 10), status FROM gone`, [cutoff]);
        return erased.rowCount ?? 0;
      });
    },
    forgetExpiredIdempotency(now) {
      const cutoff = shanghaiDateTime(new Date(now.getTime() - IDEMPOTENCY_RETENTION_MS));
      return inTransaction(pool, async (client) => {
        if (!(await sweepLock(client))) return 0;
        return (await client.query('DELETE FROM idempotency_records WHERE created_at < $1', [cutoff])).rowCount ?? 0;
      });
    },
  };
}
