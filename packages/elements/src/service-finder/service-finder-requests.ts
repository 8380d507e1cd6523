// The finder's requests, from the SDK's region and service-point resources
// only: the counties to choose from, and every point of one county (a page of
// 100 at a time). The query carries the county and nothing else; the
// resident's position never leaves the page.
import { createRegionsResource, createServicePointsResource, type ServicePoint } from '@plskit/sdk';
import { callApi, requestsFor, type CallOptions } from '../api/connection.js';
import type { Region } from '../api/directory-types.js';

export interface ServiceFinderRequests {
  regions(call?: CallOptions): Promise<Region[]>;
  /** Every point of a county (the city's that stand in it included), in network order. */
  countyPoints(region: string, call?: CallOptions): Promise<ServicePoint[]>;
}

export const serviceFinderRequests = requestsFor<ServiceFinderRequests>(({ transport }) => {
  const regions = createRegionsResource(transport);
  const points = createServicePointsResource(transport);
  return {
    regions: (call) => callApi(async () => (await regions.list(call)).items),
    countyPoints: (region, call) => callApi(async () => {
      const all: ServicePoint[] = [];
      for await (const point of points.listAll({ region, limit: 100 }, call)) all.push(point);
      return all;
    }),
  };
});
