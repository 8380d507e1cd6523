import { bookAppointment } from '../generated/replies/bookAppointment.js';
import { cancelAppointment } from '../generated/replies/cancelAppointment.js';
import { getAppointment } from '../generated/replies/getAppointment.js';
import { getAppointmentPrivacyNotice } from '../generated/replies/getAppointmentPrivacyNotice.js';
import { getAvailability } from '../generated/replies/getAvailability.js';
import { rescheduleAppointment } from '../generated/replies/rescheduleAppointment.js';
import { newIdempotencyKey } from '../idempotency-key.js';
import type { RequestOptions, Transport } from '../transport.js';
import type { Appointment, Availability, AvailabilityQuery, BookingRequest, PrivacyNotice } from '../types.js';

export interface BookingOptions extends RequestOptions {
  /** Sent on the first attempt and every retry; a UUID is made when none is given. Reuse it when the caller retries the whole booking itself. */
  idempotencyKey?: string;
}

/**
 * Visits to a service center. The reference names an appointment; the manage
 * token (returned once, by `book`) proves the right to see or change it and
 * travels in the `X-Manage-Token` header, never in the URL.
 */
export interface AppointmentsResource {
  /** The privacy notice in force: show it before consent, and book with its `version`. */
  privacyNotice(call?: RequestOptions): Promise<PrivacyNotice>;
  /** Open days and slots of a center for a service. */
  availability(query: AvailabilityQuery, call?: RequestOptions): Promise<Availability>;
  /** Books one place; retried safely under one Idempotency-Key. The reply holds the manage token. */
  book(request: BookingRequest, options?: BookingOptions): Promise<Appointment>;
  get(reference: string, manageToken: string, call?: RequestOptions): Promise<Appointment>;
  cancel(reference: string, manageToken: string, call?: RequestOptions): Promise<Appointment>;
  /** Moves the visit to another slot of the same center and service. */
  reschedule(reference: string, manageToken: string, slotStart: string, call?: RequestOptions): Promise<Appointment>;
}

export function createAppointmentsResource(send: Transport): AppointmentsResource {
  const one = (reference: string) => `v1/appointments/${encodeURIComponent(reference)}`;
  return {
    privacyNotice: (call) => send({ reply: getAppointmentPrivacyNotice, method: 'get', path: 'v1/privacy-notices/appointments' }, call),
    availability: (query, call) => send({ reply: getAvailability, method: 'get', path: 'v1/appointments/availability', query }, call),
    book: (request, { idempotencyKey = newIdempotencyKey(), ...call } = {}) =>
      send({ reply: bookAppointment, method: 'post', path: 'v1/appointments', body: request, headers: { 'idempotency-key': idempotencyKey } }, call),
    get: (reference, manageToken, call) =>
      send({ reply: getAppointment, method: 'get', path: one(reference), headers: { 'x-manage-token': manageToken } }, call),
    cancel: (reference, manageToken, call) =>
      send({ reply: cancelAppointment, method: 'post', path: `${one(reference)}/cancel`, headers: { 'x-manage-token': manageToken } }, call),
    reschedule: (reference, manageToken, slotStart, call) =>
      send({ reply: rescheduleAppointment, method: 'post', path: `${one(reference)}/reschedule`, body: { slotStart }, headers: { 'x-manage-token': manageToken } }, call),
  };
}
