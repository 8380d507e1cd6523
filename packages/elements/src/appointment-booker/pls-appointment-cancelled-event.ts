import type { PlsAppointmentDetail } from './appointment-event-detail.js';

/**
 * A visit was cancelled. Cancelable: a host that calls `preventDefault()` shows its own
 * confirmation, and the booker then shows only the reference.
 */
export class PlsAppointmentCancelledEvent extends CustomEvent<PlsAppointmentDetail> {
  static readonly eventName = 'pls-appointment-cancelled';
  constructor(detail: PlsAppointmentDetail) {
    super(PlsAppointmentCancelledEvent.eventName, { bubbles: true, composed: true, cancelable: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pls-appointment-cancelled': PlsAppointmentCancelledEvent;
  }
}
