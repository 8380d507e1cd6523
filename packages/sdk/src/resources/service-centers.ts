import { listServiceCenters } from '../generated/replies/listServiceCenters.js';
import { everyItem } from '../pagination.js';
import type { RequestOptions, Transport } from '../transport.js';
import type { ServiceCenter, ServiceCenterPage, ServiceCenterQuery } from '../types.js';

/** Public legal service centers and township stations: address, hours, services. */
export interface ServiceCentersResource {
  /** One page of centers. */
  list(query?: ServiceCenterQuery, call?: RequestOptions): Promise<ServiceCenterPage>;
  /** Every center matching the query, page after page. */
  listAll(query?: ServiceCenterQuery, call?: RequestOptions): AsyncGenerator<ServiceCenter, void, undefined>;
}

export function createServiceCentersResource(send: Transport): ServiceCentersResource {
  const list = (query: ServiceCenterQuery = {}, call?: RequestOptions): Promise<ServiceCenterPage> =>
    send({ reply: listServiceCenters, method: 'get', path: 'v1/service-centers', query }, call);
  return { list, listAll: (query = {}, call) => everyItem(list, query, call) };
}
