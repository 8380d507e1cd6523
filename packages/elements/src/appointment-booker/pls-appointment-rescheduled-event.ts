import type { PlsAppointmentDetail } from './appointment-event-detail.js';

/**
 * A visit was moved to another slot. Cancelable: a host that calls `preventDefault()` shows its own
 * confirmation, and the booker then shows only the reference.
 */
export class PlsAppointmentRescheduledEvent extends CustomEvent<PlsAppointmentDetail> {
  static readonly eventName = 'pls-appointment-rescheduled';
  constructor(detail: PlsAppointmentDetail) {
    super(PlsAppointmentRescheduledEvent.eventName, { bubbles: true, composed: true, cancelable: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'pls-appointment-rescheduled': PlsAppointmentRescheduledEvent;
  }
}
