// The rules of booking, cancelling and rescheduling, as functions of plain
// values: what an engine has read goes in, what it must write (or the refusal)
// comes out. Both engines call these inside their transaction and hold no
// rule of their own, so SQLite and PostgreSQL cannot decide differently.
import { shanghaiDateTime } from '@plskit/core';
import type {
  BookingRequest, IdempotencyClaim, ManageOutcome, RenderedReply, SlotClaim, StoredAppointment,
} from './appointment-store.js';
import { maskedContact } from './appointment-rows.js';
import type { ContactVault } from './sealed-contact.js';
import { idempotencyKeyHash, newManageToken, seal, sha256, tokenOpens, unseal } from './secrets.js';

/** How long a booking's Idempotency-Key replays its first reply. */
export const IDEMPOTENCY_RETENTION_MS = 24 * 3600_000;

/** An Idempotency-Key's record: the key only hashed, the first reply (which holds the manage token) sealed with it. */
export interface IdempotencyRecord {
  keyHash: string;
  requestHash: string;
  status: number;
  sealedReply: string;
  createdAt: string;
}

/** The record a key is found by (the key itself is never stored). */
export const idempotencyKeyOf = (claim: IdempotencyClaim): string => idempotencyKeyHash(claim.client, claim.key);

/** What a key used before answers: the first reply again, or a refusal. */
export type EarlierReply = { kind: 'replayed'; reply: RenderedReply } | { kind: 'idempotency-key-reused' };

/**
 * Replay or refuse a key used before (a booking's or a work order's): the same
 * body gets the first reply again, another body is refused. Undefined when the
 * key is new (go on).
 */
export function earlierReply(claim: IdempotencyClaim, earlier: IdempotencyRecord | undefined): EarlierReply | undefined {
  if (!earlier) return undefined;
  if (earlier.requestHash !== claim.requestHash) return { kind: 'idempotency-key-reused' };
  const body = JSON.parse(unseal(claim.client, claim.key, earlier.sealedReply)) as unknown;
  return { kind: 'replayed', reply: { status: earlier.status, body } };
}

/** Is there room: a slot takes bookings while fewer than its capacity hold a place. */
export const hasRoom = (taken: number, slot: SlotClaim): boolean => taken < slot.capacity;

/** A new booking under `reference`: the record to keep, the manage token to give once, and its hash (all that is kept of it). */
export function newBooking(request: BookingRequest, reference: string): { appointment: StoredAppointment; manageToken: string; manageTokenHash: string } {
  const manageToken = newManageToken();
  const { slot } = request;
  return {
    appointment: {
      reference, status: 'booked', centerId: slot.centerId, service: slot.service, slot: { start: slot.start, end: slot.end },
      contact: maskedContact(request.contact), privacyNotice: request.privacyNotice, locale: request.locale,
      channel: request.channel ?? 'web', createdAt: request.now, updatedAt: request.now,
    },
    manageToken,
    manageTokenHash: sha256(manageToken),
  };
}

/**
 * What a booking request's body is matched by: a keyed hash of its canonical
 * JSON's sha256 (the body holds a name and a phone number, which a plain hash
 * would let anyone test guesses against).
 */
export const requestFingerprint = (vault: ContactVault, canonicalBody: string): string => fingerprintOf(vault, sha256(canonicalBody));

/** The keyed form of a body's sha256: what a record kept before bodies were keyed becomes (the upgrade's migration). */
export const fingerprintOf = (vault: ContactVault, bodySha256: string): string => vault.keyedHash('idempotent-request', bodySha256);

/** What is kept of a booking's first reply for its key. */
export function idempotencyRecord(claim: IdempotencyClaim, reply: RenderedReply, now: string): IdempotencyRecord {
  return {
    keyHash: idempotencyKeyOf(claim), requestHash: claim.requestHash, status: reply.status,
    sealedReply: seal(claim.client, claim.key, JSON.stringify(reply.body)), createdAt: now,
  };
}

/** The booking if the token is its own; an unknown reference answers like a wrong token (tokenOpens). */
export function authorise(found: { appointment: StoredAppointment; manageTokenHash: string } | undefined, manageToken: string): ManageOutcome {
  // the token is compared even when the reference is unknown: both answers cost the same
  if (!tokenOpens(manageToken, found?.manageTokenHash) || !found) return { kind: 'manage-token-invalid' };
  return { kind: 'ok', appointment: found.appointment };
}

/** A visit no longer booked: cancelled (by the resident or the center), or over (checked in, a no-show). */
export type NotBooked = { kind: 'appointment-cancelled' } | { kind: 'appointment-settled' };

/** Why a visit can no longer be changed by its resident, or undefined while it is booked. */
export function notBooked(appointment: StoredAppointment): NotBooked | undefined {
  switch (appointment.status) {
    case 'booked': return undefined;
    case 'cancelled': case 'cancelled-by-center': return { kind: 'appointment-cancelled' };
    case 'checked-in': case 'no-show': return { kind: 'appointment-settled' };
  }
}

/** A visit is cancelled once: the second time is refused, and so is a visit that is over. */
export function cancellation(appointment: StoredAppointment, now: string): NotBooked | { kind: 'cancel'; appointment: StoredAppointment } {
  return notBooked(appointment) ?? { kind: 'cancel', appointment: { ...appointment, status: 'cancelled', updatedAt: now } };
}

/**
 * May this visit move to `slot`: a cancelled visit cannot be moved, and a move
 * to the slot it already holds is no move at all (nothing written, no place
 * counted twice). A move still needs room in the new slot (hasRoom).
 */
export function move(appointment: StoredAppointment, slot: SlotClaim, now: string):
  NotBooked | { kind: 'unchanged'; appointment: StoredAppointment } | { kind: 'move'; appointment: StoredAppointment } {
  const refused = notBooked(appointment);
  if (refused) return refused;
  const sameSlot = appointment.slot.start === slot.start && appointment.centerId === slot.centerId && appointment.service === slot.service;
  if (sameSlot) return { kind: 'unchanged', appointment };
  return { kind: 'move', appointment: { ...appointment, slot: { start: slot.start, end: slot.end }, updatedAt: now } };
}

// Stored times are text with +08:00, and so are the cut-offs: compared as
// text, a Z cut-off would be 8 hours off (it kept idempotency records 32 h).

/** Idempotency records created before this are forgotten. */
export const idempotencyCutoff = (now: Date): string => shanghaiDateTime(new Date(now.getTime() - IDEMPOTENCY_RETENTION_MS));

/** Statuses whose contact data goes a retention period after the visit's end, and those after the cancellation. */
export const ERASED_AFTER_VISIT = ['booked', 'checked-in', 'no-show'] as const;
export const ERASED_AFTER_CANCELLATION = ['cancelled', 'cancelled-by-center'] as const;

/** Bookings whose visit ended, or that were cancelled, before this lose their contact data (PIPL Art 19, 47). */
export const contactRetentionCutoff = (now: Date, retainDays: number): string =>
  shanghaiDateTime(new Date(now.getTime() - retainDays * 24 * 3600_000));
