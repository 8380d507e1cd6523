// Everything a web page calls, and the single-file browser build
// (dist/browser/plskit-sdk.min.js) whole. Two ways in: `createClient` (every
// resource; convenient in Node) or a transport plus only the resource
// factories a page needs, so a bundler drops the rest (a lawyer search carries
// no appointment or notary code). index.ts adds a server's helpers.
export { createClient, type PlsClient } from './client.js';
export { createTransport } from './ky-transport.js';
export { createSingleAttemptTransport } from './single-attempt-transport.js';
export type { ClientOptions, Locale, RequestOptions, RetryPolicy, Transport } from './transport.js';
export { PlsApiError, PlsError, PlsNetworkError, PlsTimeoutError, PlsUnexpectedResponseError } from './errors.js';
export { newIdempotencyKey } from './idempotency-key.js';
export { createAppointmentsResource, type AppointmentsResource, type BookingOptions } from './resources/appointments.js';
export { createHealthResource, type HealthResource } from './resources/health.js';
export { createLawFirmsResource, type LawFirmsResource } from './resources/law-firms.js';
export { createLawyersResource, type LawyersResource } from './resources/lawyers.js';
export { createLegalAidResource, type LegalAidResource } from './resources/legal-aid.js';
export { createNotaryResource, type NotaryResource } from './resources/notary.js';
export { createPhoneVerificationsResource, type PhoneVerificationsResource } from './resources/phone-verifications.js';
export { createPracticeAreasResource, type PracticeAreasResource } from './resources/practice-areas.js';
export { createRegionsResource, type RegionsResource } from './resources/regions.js';
export { createServiceCentersResource, type ServiceCentersResource } from './resources/service-centers.js';
export { createWorkOrdersResource, type WorkOrderOptions, type WorkOrdersResource } from './resources/work-orders.js';
export { createServicePointsResource, type ServicePointsResource } from './resources/service-points.js';
export type * from './types.js';
export type { components, operations, paths, webhooks } from './generated/schema.js';
