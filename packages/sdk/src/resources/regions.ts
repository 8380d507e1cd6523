import { listRegions } from '../generated/replies/listRegions.js';
import type { RequestOptions, Transport } from '../transport.js';
import type { RegionList } from '../types.js';

/** The city, its counties and districts, and its functional zones. */
export interface RegionsResource {
  list(call?: RequestOptions): Promise<RegionList>;
}

export const createRegionsResource = (send: Transport): RegionsResource => ({
  list: (call) => send({ reply: listRegions, method: 'get', path: 'v1/regions' }, call),
});
