import type { ServiceCode } from '@plskit/core';
import type { Appointment } from './appointment-requests.js';

/**
 * What the booker tells its host about a booking: which visit, never who. No
 * name, phone or manage token (PIPL Art 6: the host does not need them).
 */
export interface PlsAppointmentDetail {
  reference: string;
  center: string;
  service: ServiceCode;
  slot: { start: string; end: string };
}

/** The detail of a booked, moved or cancelled visit, from the API's appointment. */
export const appointmentDetail = ({ reference, center, service, slot }: Appointment): PlsAppointmentDetail => ({ reference, center, service, slot });
