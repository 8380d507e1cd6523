import { getLawyer } from '../generated/replies/getLawyer.js';
import { searchLawyers } from '../generated/replies/searchLawyers.js';
import { everyItem } from '../pagination.js';
import type { RequestOptions, Transport } from '../transport.js';
import type { Lawyer, LawyerPage, LawyerQuery } from '../types.js';

/** The lawyer directory. */
export interface LawyersResource {
  /** One page of lawyers matching every filter given. */
  search(query?: LawyerQuery, call?: RequestOptions): Promise<LawyerPage>;
  /** Every lawyer matching the filters, page after page. */
  searchAll(query?: LawyerQuery, call?: RequestOptions): AsyncGenerator<Lawyer, void, undefined>;
  /** One lawyer by directory id (not the licence number). */
  get(id: string, call?: RequestOptions): Promise<Lawyer>;
}

export function createLawyersResource(send: Transport): LawyersResource {
  const search = (query: LawyerQuery = {}, call?: RequestOptions): Promise<LawyerPage> =>
    send({ reply: searchLawyers, method: 'get', path: 'v1/lawyers', query }, call);
  return {
    search,
    searchAll: (query = {}, call) => everyItem(search, query, call),
    get: (id, call) => send({ reply: getLawyer, method: 'get', path: `v1/lawyers/${encodeURIComponent(id)}` }, call),
  };
}
