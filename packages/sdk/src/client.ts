// createClient: one object with a resource per part of the API, all sharing one
// transport (base URL, partner key, locale, timeout, retry policy).
import { createAppointmentsResource, type AppointmentsResource } from './resources/appointments.js';
import { createHealthResource, type HealthResource } from './resources/health.js';
import { createLawFirmsResource, type LawFirmsResource } from './resources/law-firms.js';
import { createLawyersResource, type LawyersResource } from './resources/lawyers.js';
import { createLegalAidResource, type LegalAidResource } from './resources/legal-aid.js';
import { createNotaryResource, type NotaryResource } from './resources/notary.js';
import { createPhoneVerificationsResource, type PhoneVerificationsResource } from './resources/phone-verifications.js';
import { createPracticeAreasResource, type PracticeAreasResource } from './resources/practice-areas.js';
import { createRegionsResource, type RegionsResource } from './resources/regions.js';
import { createServiceCentersResource, type ServiceCentersResource } from './resources/service-centers.js';
import { createWorkOrdersResource, type WorkOrdersResource } from './resources/work-orders.js';
import { createServicePointsResource, type ServicePointsResource } from './resources/service-points.js';
import { createTransport } from './ky-transport.js';
import type { ClientOptions } from './transport.js';

export interface PlsClient {
  regions: RegionsResource;
  serviceCenters: ServiceCentersResource;
  practiceAreas: PracticeAreasResource;
  lawyers: LawyersResource;
  lawFirms: LawFirmsResource;
  legalAid: LegalAidResource;
  notary: NotaryResource;
  appointments: AppointmentsResource;
  health: HealthResource;
  phoneVerifications: PhoneVerificationsResource;
  workOrders: WorkOrdersResource;
  servicePoints: ServicePointsResource;
}

export function createClient(options: ClientOptions): PlsClient {
  if (!options.baseUrl) throw new TypeError('createClient: baseUrl is required (the URL in front of /v1)');
  const send = createTransport(options);
  return {
    regions: createRegionsResource(send),
    serviceCenters: createServiceCentersResource(send),
    practiceAreas: createPracticeAreasResource(send),
    lawyers: createLawyersResource(send),
    lawFirms: createLawFirmsResource(send),
    legalAid: createLegalAidResource(send),
    notary: createNotaryResource(send),
    appointments: createAppointmentsResource(send),
    phoneVerifications: createPhoneVerificationsResource(send),
    health: createHealthResource(send),
    workOrders: createWorkOrdersResource(send),
    servicePoints: createServicePointsResource(send),
  };
}
