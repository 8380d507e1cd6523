import type { PlsAppointmentDetail } from './appointment-event-detail.js';

/**
 * A visit was booked. Cancelable: a host that calls `preventDefault()` shows its own
 * confirmation, and the booker then shows only the reference.
 */
export class PlsAppointmentBookedEvent extends Event {
  static readonly eventName = 'pls-appointment-booked';
  constructor(readonly detail: PlsAppointmentDetail) {
    super(PlsAppointmentBookedEvent.eventName, { bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pls-appointment-booked': PlsAppointmentBookedEvent;
  }
}
