// What the operations ask of bookings, whichever engine keeps them. Both
// engines (sqlite/, postgres/) implement it by the same decisions
// (appointment-decisions.ts) and pass the same suite (test/store/). Every
// booking, move and cancellation writes its event (appointment-events.ts) in
// its own transaction: the event exists exactly when the change does.
import type { Locale } from '@plskit/core';
import type { components } from '../generated/contract.js';
import type { StaffAction } from './staff-action.js';

export type AppointmentStatus = components['schemas']['AppointmentStatus'];
/** Where a visit was booked: the web (a partner page or app) or the hotline, for a caller. */
export type BookingChannel = components['schemas']['BookingChannel'];

export interface AppointmentContact {
  name: string;
  phone: string;
}

export interface StoredAppointment {
  reference: string;
  status: AppointmentStatus;
  centerId: string;
  service: string;
  slot: { start: string; end: string };
  /** Masked (张*, 138****8000), as a resident is shown it; in clear only where opened (contactOf, the staff's roster). */
  contact: AppointmentContact;
  /** The resident's note: only where the contact is opened (the staff's roster). */
  note?: string | null;
  /** The version of the privacy notice agreed to at booking. */
  privacyNotice: string;
  /** The language the resident booked in: their text messages are written in it. */
  locale: Locale;
  channel: BookingChannel;
  createdAt: string;
  updatedAt: string;
}

/** A booking's contact in clear: what the center's staff read on the roster, and where its text messages go. */
export interface ResidentContact extends AppointmentContact {
  note: string | null;
}

/** A slot of the calendar, with the places it has. */
export interface SlotClaim {
  centerId: string;
  service: string;
  start: string;
  end: string;
  capacity: number;
}

export interface BookingRequest {
  slot: SlotClaim;
  /** In clear: sealed in the booking's transaction, never stored so. */
  contact: AppointmentContact;
  note?: string;
  privacyNotice: string;
  locale: Locale;
  /** Default web. */
  channel?: BookingChannel;
  /** ISO 8601 with +08:00, as every stored time is written. */
  now: string;
  /** The phone's confirmation (a verificationToken), where the operator requires one: used up by this booking. */
  phoneVerification?: string;
  /** Future bookings one phone number may hold (PLSKIT_MAX_ACTIVE_BOOKINGS_PER_PHONE); none: no limit. */
  maxActivePerPhone?: number;
}

export interface IdempotencyClaim {
  client: string;
  key: string;
  /** A keyed hash of the canonical request body (requestFingerprint): the same key with another body is refused. */
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
  /** The center closed the slot's time (a closure). */
  | { kind: 'slot-closed' }
  | { kind: 'idempotency-key-reused' }
  /** The phoneVerification is unknown, expired, used, or for another number or purpose. */
  | { kind: 'phone-verification-invalid' }
  /** The phone number already holds `max` future bookings. */
  | { kind: 'booking-limit-reached'; max: number };

export type ManageOutcome =
  | { kind: 'ok'; appointment: StoredAppointment }
  | { kind: 'manage-token-invalid' }
  | { kind: 'appointment-cancelled' }
  /** Checked in or marked a no-show: the visit is over, nothing to move or cancel. */
  | { kind: 'appointment-settled' }
  | { kind: 'slot-full' }
  | { kind: 'slot-closed' };

export interface AppointmentStore {
  /** Books a place, or replays or refuses the Idempotency-Key's earlier booking; `render` makes the reply a replay returns. */
  book(
    request: BookingRequest, idempotency: IdempotencyClaim | undefined,
    render: (appointment: StoredAppointment, manageToken: string) => RenderedReply,
    /** A hotline operator booking for a caller: the audit event names them. */
    by?: StaffAction,
  ): Promise<BookingOutcome>;
  get(reference: string, manageToken: string): Promise<ManageOutcome>;
  /** A booking's contact in clear, for the staff's roster (an audited read); undefined once erased. No resident's request calls it. */
  contactOf(reference: string): Promise<ResidentContact | undefined>;
  cancel(reference: string, manageToken: string, now: string): Promise<ManageOutcome>;
  reschedule(reference: string, manageToken: string, slot: SlotClaim, now: string): Promise<ManageOutcome>;
  /** Places taken per slot start for one center, service and time range: what booking counts, read. */
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
