// The events of the centers' side, each written in its change's transaction:
// references, codes and the closure's reason, never a resident's contact data.
import { newEvent, type EventClosure, type PlskitEvent } from '../events/event.js';
import { eventAppointment } from './appointment-events.js';
import type { StoredAppointment } from './appointment-store.js';
import type { StoredClosure } from './staff-store.js';

export function eventClosure(c: StoredClosure): EventClosure {
  return {
    id: c.id, center: c.centerId, date: c.date, ...(c.from ? { from: c.from } : {}), ...(c.to ? { to: c.to } : {}),
    reason: c.reason, cancelled: c.cancelled, createdAt: c.createdAt, ...(c.reopenedAt ? { reopenedAt: c.reopenedAt } : {}),
  };
}

export const markedEvent = (a: StoredAppointment): PlskitEvent =>
  newEvent(a.status === 'no-show' ? 'appointment.no-show' : 'appointment.checked-in', { appointment: eventAppointment(a) }, a.updatedAt);

/** One per booking a closure cancels; its text message reads the reason from it. */
export const cancelledByCenterEvent = (a: StoredAppointment, closure: StoredClosure): PlskitEvent =>
  newEvent('appointment.cancelled-by-center', { appointment: eventAppointment(a), closure: eventClosure(closure) }, a.updatedAt);

export const closedEvent = (c: StoredClosure): PlskitEvent => newEvent('center.closed', { closure: eventClosure(c) }, c.createdAt);

export const reopenedEvent = (c: StoredClosure): PlskitEvent => newEvent('center.reopened', { closure: eventClosure(c) }, c.reopenedAt as string);
