import { checkInAppointment } from '../generated/replies/checkInAppointment.js';
import { createStaffAppointment } from '../generated/replies/createStaffAppointment.js';
import { listCenterRoster } from '../generated/replies/listCenterRoster.js';
import { markAppointmentNoShow } from '../generated/replies/markAppointmentNoShow.js';
import { newIdempotencyKey } from '../idempotency-key.js';
import type { WorkOrderOptions } from '../resources/work-orders.js';
import type { RequestOptions, Transport } from '../transport.js';
import type { Roster, RosterEntry, StaffBookingRequest } from '../types.js';

/**
 * The day's visitors of a center, with their contact details (each read is an
 * audit event), and the marks staff put on a visit. Both marks are
 * idempotent: marking again answers the visit as it is.
 */
export interface RosterResource {
  /** The center's bookings on `date` (YYYY-MM-DD, Asia/Shanghai), in time order. */
  get(center: string, date: string, call?: RequestOptions): Promise<Roster>;
  /** The resident came (on the visit's day). */
  checkIn(reference: string, call?: RequestOptions): Promise<RosterEntry>;
  /** The resident did not come (once the slot has begun). */
  markNoShow(reference: string, call?: RequestOptions): Promise<RosterEntry>;
  /** A hotline operator books a visit for a caller (oral consent); retried safely under one Idempotency-Key. */
  bookForCaller(request: StaffBookingRequest, options?: WorkOrderOptions): Promise<RosterEntry>;
}

export function createRosterResource(send: Transport): RosterResource {
  const visit = (reference: string) => `v1/staff/appointments/${encodeURIComponent(reference)}`;
  return {
    get: (center, date, call) =>
      send({ reply: listCenterRoster, method: 'get', path: `v1/staff/centers/${encodeURIComponent(center)}/appointments`, query: { date } }, call),
    checkIn: (reference, call) => send({ reply: checkInAppointment, method: 'post', path: `${visit(reference)}/check-in` }, call),
    markNoShow: (reference, call) => send({ reply: markAppointmentNoShow, method: 'post', path: `${visit(reference)}/no-show` }, call),
    bookForCaller: (request, { idempotencyKey = newIdempotencyKey(), ...call } = {}) => send({
      reply: createStaffAppointment, method: 'post', path: 'v1/staff/appointments', body: request, headers: { 'idempotency-key': idempotencyKey },
    }, call),
  };
}
