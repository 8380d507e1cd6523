// The event each change of a booking writes, in the change's own transaction.
// An event says what happened to which visit by its reference and codes:
// never the resident's name, phone, note or manage token (the contract's
// EventAppointment admits nothing else).
import { newEvent, type EventAppointment, type PlskitEvent } from '../events/event.js';
import type { StoredAppointment } from './appointment-store.js';

export function eventAppointment(a: StoredAppointment): EventAppointment {
  return {
    reference: a.reference, status: a.status, center: a.centerId, service: a.service as EventAppointment['service'],
    slot: { start: a.slot.start, end: a.slot.end },
  };
}

export const bookedEvent = (a: StoredAppointment): PlskitEvent =>
  newEvent('appointment.booked', { appointment: eventAppointment(a) }, a.updatedAt);

export const rescheduledEvent = (a: StoredAppointment, before: StoredAppointment): PlskitEvent =>
  newEvent('appointment.rescheduled', { appointment: eventAppointment(a), previousSlot: { start: before.slot.start, end: before.slot.end } }, a.updatedAt);

export const cancelledEvent = (a: StoredAppointment): PlskitEvent =>
  newEvent('appointment.cancelled', { appointment: eventAppointment(a) }, a.updatedAt);
