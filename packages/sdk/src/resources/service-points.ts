import { getServicePoint } from '../generated/replies/getServicePoint.js';
import { listServicePoints } from '../generated/replies/listServicePoints.js';
import { everyItem } from '../pagination.js';
import type { RequestOptions, Transport } from '../transport.js';
import type { ServicePoint, ServicePointPage, ServicePointQuery } from '../types.js';

/**
 * The whole public legal service network: centers and stations, village legal
 * advisers, notary offices, forensic-appraisal bodies, mediation committees and
 * legal-aid centers. The API never takes a position: measure distances from a
 * point's `location` in the page.
 */
export interface ServicePointsResource {
  /** One page of points, with the totals by kind of the other filters. */
  list(query?: ServicePointQuery, call?: RequestOptions): Promise<ServicePointPage>;
  /** Every point matching the query, page after page. */
  listAll(query?: ServicePointQuery, call?: RequestOptions): AsyncGenerator<ServicePoint, void, undefined>;
  /** One point of any kind by id (a center keeps its service-center id). */
  get(id: string, call?: RequestOptions): Promise<ServicePoint>;
}

export function createServicePointsResource(send: Transport): ServicePointsResource {
  const list = (query: ServicePointQuery = {}, call?: RequestOptions): Promise<ServicePointPage> =>
    send({ reply: listServicePoints, method: 'get', path: 'v1/service-points', query }, call);
  return {
    list,
    listAll: (query = {}, call) => everyItem(list, query, call),
    get: (id, call) => send({ reply: getServicePoint, method: 'get', path: `v1/service-points/${encodeURIComponent(id)}` }, call),
  };
}
