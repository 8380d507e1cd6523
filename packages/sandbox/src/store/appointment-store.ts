// Bookings. Every write runs in one BEGIN IMMEDIATE transaction: the count of
// places taken and the insert happen under the database's write lock, so two
// requests (or two processes on the same file) can never take the last place.
import { shanghaiDateTime } from '@plskit/core';
import { isReadOnly, type SqliteDatabase } from './database.js';
import { guardedWrite } from './guarded-write.js';
import { idempotencyKeyHash, newManageToken, newReference, seal, sha256, tokenMatches, unseal } from './secrets.js';
import { storageStatus, type StorageStatus } from './storage-status.js';

/** Compared with when a reference is unknown, so that case costs what a wrong token costs. */
export const NO_TOKEN_HASH = '0'.repeat(64);

/** How long a booking's Idempotency-Key replays its first reply. */
export const IDEMPOTENCY_RETENTION_MS = 24 * 3600_000;

export interface AppointmentContact {
  name: string;
  phone: string;
}

export interface StoredAppointment {
  reference: string;
  status: 'booked' | 'cancelled';
  centerId: string;
  service: string;
  slot: { start: string; end: string };
  /** Unmasked: render through the masking of @plskit/core before it leaves the server. */
  contact: AppointmentContact;
  note: string | null;
  /** The version of the privacy notice agreed to at booking. */
  privacyNotice: string;
  createdAt: string;
  updatedAt: string;
}

export interface SlotClaim {
  centerId: string;
  service: string;
  start: string;
  end: string;
  capacity: number;
}

export interface BookingRequest {
  slot: SlotClaim;
  contact: AppointmentContact;
  note?: string;
  privacyNotice: string;
  now: string;
}

export interface IdempotencyClaim {
  client: string;
  key: string;
  /** sha256 of the canonical request body: the same key with another body is refused. */
  requestHash: string;
}

export interface RenderedReply {
  status: number;
  body: unknown;
}

export type BookingOutcome =
  | { kind: 'booked'; reply: RenderedReply }
  | { kind: 'replayed'; reply: RenderedReply }
  | { kind: 'slot-full' }
  | { kind: 'idempotency-key-reused' };

export type ManageOutcome =
  | { kind: 'ok'; appointment: StoredAppointment }
  | { kind: 'manage-token-invalid' }
  | { kind: 'appointment-cancelled' }
  | { kind: 'slot-full' };

export interface AppointmentStore {
  book(
    request: BookingRequest, idempotency: IdempotencyClaim | undefined,
    render: (appointment: StoredAppointment, manageToken: string) => RenderedReply,
  ): Promise<BookingOutcome>;
  get(reference: string, manageToken: string): Promise<ManageOutcome>;
  cancel(reference: string, manageToken: string, now: string): Promise<ManageOutcome>;
  reschedule(reference: string, manageToken: string, slot: SlotClaim, now: string): Promise<ManageOutcome>;
  /** Places taken per slot start for one center, service and time range. */
  takenPlaces(centerId: string, service: string, fromInclusive: string, toExclusive: string): Promise<Map<string, number>>;
  /** Drops the idempotency records older than IDEMPOTENCY_RETENTION_MS at `now`; returns how many. */
  forgetExpiredIdempotency(now: Date): Promise<number>;
  /**
   * Erases the bookings whose visit day, or cancellation, is more than
   * `retainDays` days before `now`: each leaves only center, service, day and
   * status in appointment_history. Returns how many were erased.
   */
  eraseExpiredContacts(now: Date, retainDays: number): Promise<number>;
}

export interface AppointmentSqlRow {
  reference: string; manage_token_hash: string; status: 'booked' | 'cancelled'; center_id: string; service: string;
  slot_start: string; slot_end: string; contact_name: string; contact_phone: string;
  note: string | null; privacy_notice: string; created_at: string; updated_at: string;
}

export function toAppointment(row: AppointmentSqlRow): StoredAppointment {
  return {
    reference: row.reference, status: row.status, centerId: row.center_id, service: row.service,
    slot: { start: row.slot_start, end: row.slot_end },
    contact: { name: row.contact_name, phone: row.contact_phone },
    note: row.note, privacyNotice: row.privacy_notice, createdAt: row.created_at, updatedAt: row.updated_at,
  };
}

/** `status` is shared with /v1/health, which reports the writes this store could not make. */
export function appointmentStore(db: SqliteDatabase, status: StorageStatus = storageStatus(isReadOnly(db))): AppointmentStore {
  const write = guardedWrite(status);
  const taken = db.prepare(`SELECT COUNT(*) AS n FROM appointments
    WHERE center_id = ? AND service = ? AND slot_start = ? AND status = 'booked'`);
  const insert = db.prepare(`INSERT INTO appointments (reference, manage_token_hash, status, center_id, service, slot_start,
    slot_end, contact_name, contact_phone, contact_id_number, note, privacy_notice, created_at, updated_at)
    VALUES (?, ?, 'booked', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const byReference = db.prepare('SELECT * FROM appointments WHERE reference = ?');
  const idempotencyRecord = db.prepare('SELECT request_hash, status, sealed_response FROM idempotency_records WHERE key_hash = ?');
  const saveIdempotency = db.prepare(`INSERT INTO idempotency_records (key_hash, request_hash, status, sealed_response, created_at)
    VALUES (?, ?, ?, ?, ?)`);
  const setStatus = db.prepare('UPDATE appointments SET status = ?, updated_at = ? WHERE reference = ?');
  const moveSlot = db.prepare('UPDATE appointments SET slot_start = ?, slot_end = ?, updated_at = ? WHERE reference = ?');

  const hasRoom = (slot: SlotClaim): boolean =>
    (taken.get(slot.centerId, slot.service, slot.start) as { n: number }).n < slot.capacity;

  // the token is compared as a hash in constant time, so response timing does
  // not leak it; an unknown reference answers like a wrong token (compared
  // against a hash no token has), so which references exist cannot be probed
  const authorised = (reference: string, manageToken: string): ManageOutcome => {
    const row = byReference.get(reference) as AppointmentSqlRow | undefined;
    if (!tokenMatches(manageToken, row?.manage_token_hash ?? NO_TOKEN_HASH) || !row) return { kind: 'manage-token-invalid' };
    return { kind: 'ok', appointment: toAppointment(row) };
  };

  return {
    book(request, idempotency, render) {
      return write(db.transaction((): BookingOutcome => {
        const keyHash = idempotency && idempotencyKeyHash(idempotency.client, idempotency.key);
        if (idempotency && keyHash) {
          const previous = idempotencyRecord.get(keyHash) as { request_hash: string; status: number; sealed_response: string } | undefined;
          if (previous) {
            if (previous.request_hash !== idempotency.requestHash) return { kind: 'idempotency-key-reused' };
            const body = JSON.parse(unseal(idempotency.client, idempotency.key, previous.sealed_response)) as unknown;
            return { kind: 'replayed', reply: { status: previous.status, body } };
          }
        }
        if (!hasRoom(request.slot)) return { kind: 'slot-full' };
        const manageToken = newManageToken();
        let reference = newReference();
        while (byReference.get(reference)) reference = newReference();
        const { slot, contact } = request;
        // contact_id_number stays NULL: booking asks for no ID number (PIPL Art 6)
        insert.run(reference, sha256(manageToken), slot.centerId, slot.service, slot.start, slot.end, contact.name,
          contact.phone, null, request.note ?? null, request.privacyNotice, request.now, request.now);
        const reply = render(toAppointment(byReference.get(reference) as AppointmentSqlRow), manageToken);
        if (idempotency && keyHash) {
          saveIdempotency.run(keyHash, idempotency.requestHash, reply.status,
            seal(idempotency.client, idempotency.key, JSON.stringify(reply.body)), request.now);
        }
        return { kind: 'booked', reply };
      }).immediate);
    },
    async get(reference, manageToken) {
      return authorised(reference, manageToken);
    },
    cancel(reference, manageToken, now) {
      return write(db.transaction((): ManageOutcome => {
        const found = authorised(reference, manageToken);
        if (found.kind !== 'ok') return found;
        if (found.appointment.status === 'cancelled') return { kind: 'appointment-cancelled' };
        setStatus.run('cancelled', now, reference);
        return { kind: 'ok', appointment: toAppointment(byReference.get(reference) as AppointmentSqlRow) };
      }).immediate);
    },
    reschedule(reference, manageToken, slot, now) {
      return write(db.transaction((): ManageOutcome => {
        const found = authorised(reference, manageToken);
        if (found.kind !== 'ok') return found;
        const current = found.appointment;
        if (current.status === 'cancelled') return { kind: 'appointment-cancelled' };
        const sameSlot = current.slot.start === slot.start && current.centerId === slot.centerId && current.service === slot.service;
        if (sameSlot) return found;
        if (!hasRoom(slot)) return { kind: 'slot-full' };
        moveSlot.run(slot.start, slot.end, now, reference);
        return { kind: 'ok', appointment: toAppointment(byReference.get(reference) as AppointmentSqlRow) };
      }).immediate);
    },
    async takenPlaces(centerId, service, fromInclusive, toExclusive) {
      const rows = db.prepare(`SELECT slot_start, COUNT(*) AS n FROM appointments WHERE center_id = ? AND service = ?
        AND status = 'booked' AND slot_start >= ? AND slot_start < ? GROUP BY slot_start`)
        .all(centerId, service, fromInclusive, toExclusive) as { slot_start: string; n: number }[];
      return new Map(rows.map((r) => [r.slot_start, r.n]));
    },
    eraseExpiredContacts(now, retainDays) {
      // slot_start and updated_at are written with +08:00, and so is the
      // cut-off: compared as text, a Z cut-off would be 8 hours off
      const cutoff = shanghaiDateTime(new Date(now.getTime() - retainDays * 24 * 3600_000));
      const expired = `(status = 'booked' AND slot_end < @cutoff) OR (status = 'cancelled' AND updated_at < @cutoff)`;
      const erased = write(db.transaction(() => {
        db.prepare(`INSERT INTO appointment_history (center_id, service, day, status)
          SELECT center_id, service, substr(slot_start, 1, 10), status FROM appointments WHERE ${expired}`).run({ cutoff });
        // secure_delete (database.ts) overwrites the freed cells with zeros
        return db.prepare(`DELETE FROM appointments WHERE ${expired}`).run({ cutoff }).changes;
      }).immediate);
      // the WAL still holds the old pages until a checkpoint: copy the zeroed
      // pages into the database file and cut the WAL to nothing
      return erased.then((count) => {
        if (count > 0) db.pragma('wal_checkpoint(TRUNCATE)');
        return count;
      });
    },
    forgetExpiredIdempotency(now) {
      // created_at is written with +08:00: the cut-off must be too, or the
      // text comparison is 8 hours off (a Z cut-off kept records 32 h)
      const cutoff = shanghaiDateTime(new Date(now.getTime() - IDEMPOTENCY_RETENTION_MS));
      return write(() => db.prepare('DELETE FROM idempotency_records WHERE created_at < ?').run(cutoff).changes);
    },
  };
}
