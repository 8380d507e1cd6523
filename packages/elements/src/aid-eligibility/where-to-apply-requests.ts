// The centers where a legal-aid application is made, for the result screen:
// part of the result's chunk, so the start screen loads neither the
// service-center resource nor its reply check.
import { createServiceCentersResource } from '@plskit/sdk';
import { callApi, requestsFor } from '../api/connection.js';
import type { Page } from '../api/directory-types.js';
import type { ServiceCenter } from '../api/legal-aid-types.js';

export interface WhereToApplyRequests {
  /** The region's service centers that take legal-aid applications. */
  centers(region: string): Promise<Page<ServiceCenter>>;
}

export const whereToApplyRequests = requestsFor<WhereToApplyRequests>(({ transport }) => {
  const serviceCenters = createServiceCentersResource(transport);
  return {
    centers: (region) => callApi(() => serviceCenters.list({ region, service: 'legal-aid-application', limit: 50 })),
  };
});
