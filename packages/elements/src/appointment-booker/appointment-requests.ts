// The booker's requests, from the SDK's appointment, service-center and region
// resources only. The privacy notice and the region list are public and kept in
// memory per connection; nothing personal is ever cached.
import { createAppointmentsResource, createRegionsResource, createServiceCentersResource } from '@plskit/sdk';
import type { Appointment, Availability, BookingRequest, PrivacyNotice, ServiceCenter, ServiceCode } from '@plskit/sdk';
import { callApi, requestsFor, type CallOptions } from '../api/connection.js';
import type { Page, Region } from '../api/directory-types.js';

export type { Appointment, Availability, BookingRequest, PrivacyNotice, ServiceCode };

export interface AppointmentRequests {
  privacyNotice(call?: CallOptions): Promise<PrivacyNotice>;
  regions(): Promise<{ items: Region[] }>;
  centers(service: ServiceCode, region: string | undefined, call?: CallOptions): Promise<Page<ServiceCenter>>;
  /** Without `from`, the server's today and the 13 days after. */
  availability(center: string, service: ServiceCode, from?: string, to?: string, call?: CallOptions): Promise<Availability>;
  /** One attempt's Idempotency-Key is made by the caller and sent again on every retry of that attempt. */
  book(request: BookingRequest, idempotencyKey: string, call?: CallOptions): Promise<Appointment>;
  get(reference: string, token: string, call?: CallOptions): Promise<Appointment>;
  cancel(reference: string, token: string, call?: CallOptions): Promise<Appointment>;
  reschedule(reference: string, token: string, slotStart: string, call?: CallOptions): Promise<Appointment>;
}

export const appointmentRequests = requestsFor<AppointmentRequests>(({ transport }) => {
  const appointments = createAppointmentsResource(transport);
  const centers = createServiceCentersResource(transport);
  const regions = createRegionsResource(transport);
  let regionList: Promise<{ items: Region[] }> | undefined;
  return {
    privacyNotice: (call) => callApi(() => appointments.privacyNotice(call)),
    regions() {
      regionList ??= callApi(() => regions.list()).catch((error: unknown) => {
        regionList = undefined;
        throw error;
      });
      return regionList;
    },
    centers: (service, region, call) => callApi(() => centers.list({ service, limit: 100, ...(region ? { region } : {}) }, call)),
    availability: (center, service, from, to, call) => callApi(() => appointments.availability({ center, service, ...(from ? { from } : {}), ...(to ? { to } : {}) }, call)),
    book: (request, idempotencyKey, call) => callApi(() => appointments.book(request, { ...call, idempotencyKey })),
    get: (reference, token, call) => callApi(() => appointments.get(reference, token, call)),
    cancel: (reference, token, call) => callApi(() => appointments.cancel(reference, token, call)),
    reschedule: (reference, token, slotStart, call) => callApi(() => appointments.reschedule(reference, token, slotStart, call)),
  };
});
