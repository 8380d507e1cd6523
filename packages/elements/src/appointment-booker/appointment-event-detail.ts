import type { ServiceCode } from '@plskit/core';

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
