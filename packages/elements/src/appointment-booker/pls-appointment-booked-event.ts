import type { PlsAppointmentDetail } from './appointment-event-detail.js';

/**
 * A visit was booked. Cancelable: a host that calls `preventDefault()` shows its own
 * confirmation, and the booker then shows only the reference.
 */
export class PlsAppointmentBookedEvent extends CustomEvent<PlsAppointmentDetail> {
  static readonly eventName = 'pls-appointment-booked';
  constructor(detail: PlsAppointmentDetail) {
    super(PlsAppointmentBookedEvent.eventName, { bubbles: true, composed: true, cancelable: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pls-appointment-booked': PlsAppointmentBookedEvent;
  }
}
