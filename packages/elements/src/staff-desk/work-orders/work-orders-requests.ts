// The work-order screens' requests: the staff entry's work orders (every call
// with the host's token, as the desk's own), and the public lists a call is
// recorded with (practice areas, regions, the work-order privacy notice and the
// call-back days). The public lists are kept per connection; nothing personal is.
import { createPracticeAreasResource, createRegionsResource, createWorkOrdersResource, type PracticeArea, type PrivacyNotice, type WorkOrderTimeLimits } from '@plskit/sdk';
import {
  createStaffWorkOrdersResource, withAccessToken, type AccessTokenSource, type StaffWorkOrder, type StaffWorkOrderPage,
  type StaffWorkOrderRequest, type WorkOrderResolution,
} from '@plskit/sdk/staff';
import { callApi, requestsFor, type CallOptions, type Connection } from '../../api/connection.js';
import type { Region } from '../../api/directory-types.js';
import type { QueueFilters } from './work-orders-steps.js';
import { queueQuery } from './work-orders-steps.js';

export type { PracticeArea, PrivacyNotice, Region, StaffWorkOrder, StaffWorkOrderPage, WorkOrderTimeLimits };

export interface WorkOrderRequests {
  queue(filters: QueueFilters, cursor: string | undefined, call?: CallOptions): Promise<StaffWorkOrderPage>;
  /** Opens one: the question and contact in full (the server audits it). */
  open(reference: string, call?: CallOptions): Promise<StaffWorkOrder>;
  assign(reference: string, center: string, call?: CallOptions): Promise<StaffWorkOrder>;
  reply(reference: string, text: string, call?: CallOptions): Promise<StaffWorkOrder>;
  close(reference: string, resolution: WorkOrderResolution, call?: CallOptions): Promise<StaffWorkOrder>;
  /** Sends it back to the hotline from the member's center, with why. */
  returnToHotline(reference: string, reason: string, call?: CallOptions): Promise<StaffWorkOrder>;
  /** Records a hotline call; the attempt's key is sent again on every retry of it. */
  record(request: StaffWorkOrderRequest, idempotencyKey: string, call?: CallOptions): Promise<StaffWorkOrder>;
}

export function workOrderRequests({ transport }: Connection, token: AccessTokenSource): WorkOrderRequests {
  const orders = createStaffWorkOrdersResource(withAccessToken(transport, token));
  return {
    queue: (filters, cursor, call) => callApi(() => orders.list(queueQuery(filters, cursor), call)),
    open: (reference, call) => callApi(() => orders.get(reference, call)),
    assign: (reference, center, call) => callApi(() => orders.assign(reference, center, call)),
    reply: (reference, text, call) => callApi(() => orders.reply(reference, text, call)),
    close: (reference, resolution, call) => callApi(() => orders.close(reference, resolution, call)),
    returnToHotline: (reference, reason, call) => callApi(() => orders.returnToHotline(reference, reason, call)),
    record: (request, idempotencyKey, call) => callApi(() => orders.create(request, { ...call, idempotencyKey })),
  };
}

export interface CallLists {
  topics: PracticeArea[];
  /** The counties, districts and zones (a call is answered where the caller is, not by the city as a whole). */
  regions: Region[];
}

/** The public lists, asked for once per connection; a failed load is forgotten, so the next attempt asks again. */
export const publicLists = requestsFor(({ transport }) => {
  let lists: Promise<CallLists> | undefined;
  const areas = createPracticeAreasResource(transport);
  const regions = createRegionsResource(transport);
  const workOrders = createWorkOrdersResource(transport);
  return {
    lists: (): Promise<CallLists> => (lists ??= callApi(async () => {
      const [topics, places] = await Promise.all([areas.list(), regions.list()]);
      return { topics: topics.items, regions: places.items.filter((region: Region) => region.kind !== 'city') };
    }).catch((error: unknown) => {
      lists = undefined;
      throw error;
    })),
    /** The notice read to a caller and the call-back days: asked for each call, so a notice changed meanwhile is the one read. */
    notice: (call?: CallOptions): Promise<PrivacyNotice> => callApi(() => workOrders.privacyNotice(call)),
    timeLimits: (call?: CallOptions): Promise<WorkOrderTimeLimits> => callApi(() => workOrders.timeLimits(call)),
  };
});
