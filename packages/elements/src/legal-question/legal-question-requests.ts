// The question widget's requests, from the SDK's work-order, practice-area,
// region and service-center resources only. The catalogue, the regions and the
// notice are public and kept in memory per connection (so a resident offline
// after the first screen still has them); nothing personal is ever cached.
import { createPracticeAreasResource, createRegionsResource, createServiceCentersResource, createWorkOrdersResource } from '@plskit/sdk';
import type { PracticeArea, PrivacyNotice, ServiceCenter, WorkOrder, WorkOrderRequest, WorkOrderTimeLimits } from '@plskit/sdk';
import { callApi, requestsFor, type CallOptions } from '../api/connection.js';
import type { Region } from '../api/directory-types.js';

export type { PracticeArea, PrivacyNotice, ServiceCenter, WorkOrder, WorkOrderRequest, WorkOrderTimeLimits };
export type WorkOrderResolution = NonNullable<WorkOrder['resolution']>;

export interface LegalQuestionRequests {
  topics(call?: CallOptions): Promise<PracticeArea[]>;
  /** The counties, districts and zones (not the city as a whole: a question is answered where the resident is). */
  regions(call?: CallOptions): Promise<Region[]>;
  timeLimits(call?: CallOptions): Promise<WorkOrderTimeLimits>;
  privacyNotice(call?: CallOptions): Promise<PrivacyNotice>;
  /** One attempt's Idempotency-Key is made by the caller and sent again on every retry of that attempt. */
  ask(request: WorkOrderRequest, idempotencyKey: string, call?: CallOptions): Promise<WorkOrder>;
  follow(reference: string, token: string, call?: CallOptions): Promise<WorkOrder>;
  /** A center by its id, for the name and phone a work order passed to it shows. */
  center(id: string): Promise<ServiceCenter | undefined>;
}

/** A public list asked for once per connection; a failed load is forgotten, so the next attempt asks again. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => (loading ??= load().catch((error: unknown) => {
    loading = undefined;
    throw error;
  }));
}

export const legalQuestionRequests = requestsFor<LegalQuestionRequests>(({ transport }) => {
  const workOrders = createWorkOrdersResource(transport);
  const areas = createPracticeAreasResource(transport);
  const regionList = createRegionsResource(transport);
  const centers = createServiceCentersResource(transport);
  const topics = once(() => callApi(async () => (await areas.list()).items));
  const regions = once(() => callApi(async () => (await regionList.list()).items.filter((region: Region) => region.kind !== 'city')));
  return {
    topics: () => topics(),
    regions: () => regions(),
    timeLimits: (call) => callApi(() => workOrders.timeLimits(call)),
    privacyNotice: (call) => callApi(() => workOrders.privacyNotice(call)),
    ask: (request, idempotencyKey, call) => callApi(() => workOrders.ask(request, { ...call, idempotencyKey })),
    follow: (reference, token, call) => callApi(() => workOrders.get(reference, token, call)),
    async center(id) {
      const region = /^sc-(\d{6})/.exec(id)?.[1];
      return (await callApi(() => centers.list({ limit: 100, ...(region ? { region } : {}) }))).items.find((center) => center.id === id);
    },
  };
});
