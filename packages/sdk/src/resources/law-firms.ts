import { getLawFirm } from '../generated/replies/getLawFirm.js';
import { searchLawFirms } from '../generated/replies/searchLawFirms.js';
import { everyItem } from '../pagination.js';
import type { RequestOptions, Transport } from '../transport.js';
import type { LawFirm, LawFirmPage, LawFirmQuery } from '../types.js';

/** Law firms. */
export interface LawFirmsResource {
  /** One page of firms matching every filter given. */
  search(query?: LawFirmQuery, call?: RequestOptions): Promise<LawFirmPage>;
  /** Every firm matching the filters, page after page. */
  searchAll(query?: LawFirmQuery, call?: RequestOptions): AsyncGenerator<LawFirm, void, undefined>;
  /** One firm by directory id. */
  get(id: string, call?: RequestOptions): Promise<LawFirm>;
}

export function createLawFirmsResource(send: Transport): LawFirmsResource {
  const search = (query: LawFirmQuery = {}, call?: RequestOptions): Promise<LawFirmPage> =>
    send({ reply: searchLawFirms, method: 'get', path: 'v1/law-firms', query }, call);
  return {
    search,
    searchAll: (query = {}, call) => everyItem(search, query, call),
    get: (id, call) => send({ reply: getLawFirm, method: 'get', path: `v1/law-firms/${encodeURIComponent(id)}` }, call),
  };
}
