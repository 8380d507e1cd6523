// The part of the public legal services API the elements call. Requests carry
// no personal data in the URL: directory queries are public filters only.
import type { Locale } from '../locale/locale.js';
import { ApiProblem, isAbort } from './api-problem.js';
import type { LawFirm, Lawyer, LawyerQuery, Page, PracticeArea, Region } from './directory-types.js';

export interface ClientOptions {
  /** Origin (and path) in front of `/v1`, e.g. "https://api.example.gov.cn/" or "/". */
  baseUrl: string;
  /** Sent as X-Partner-Key when set. */
  partnerKey?: string;
  /** Accept-Language of every request. */
  locale?: Locale;
  /** A fetch implementation (defaults to the global one). */
  fetch?: typeof fetch;
}

export interface CallOptions {
  signal?: AbortSignal;
}

export interface Client {
  searchLawyers(query: LawyerQuery, options?: CallOptions): Promise<Page<Lawyer>>;
  getLawyer(id: string, options?: CallOptions): Promise<Lawyer>;
  getLawFirm(id: string, options?: CallOptions): Promise<LawFirm>;
  listPracticeAreas(options?: CallOptions): Promise<{ items: PracticeArea[] }>;
  listRegions(options?: CallOptions): Promise<{ items: Region[] }>;
}

function queryString(query: object): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function createClient(options: ClientOptions): Client {
  const base = new URL(options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`, globalThis.location?.href);
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);

  async function get<T>(path: string, call: CallOptions = {}): Promise<T> {
    const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': options.locale ?? 'zh-CN' };
    if (options.partnerKey) headers['X-Partner-Key'] = options.partnerKey;
    let response: Response;
    try {
      response = await doFetch(new URL(path, base), { headers, signal: call.signal ?? null });
    } catch (error) {
      if (isAbort(error)) throw error;
      throw new ApiProblem(0, globalThis.navigator?.onLine === false ? 'offline' : 'network-error');
    }
    if (!response.ok) {
      const problem = (await response.json().catch(() => ({}))) as { code?: unknown };
      throw new ApiProblem(response.status, typeof problem.code === 'string' ? problem.code : 'http-error');
    }
    return (await response.json()) as T;
  }

  const id = (value: string) => encodeURIComponent(value);
  return {
    searchLawyers: (query, call) => get(`v1/lawyers${queryString(query)}`, call),
    getLawyer: (lawyerId, call) => get(`v1/lawyers/${id(lawyerId)}`, call),
    getLawFirm: (firmId, call) => get(`v1/law-firms/${id(firmId)}`, call),
    listPracticeAreas: (call) => get('v1/practice-areas', call),
    listRegions: (call) => get('v1/regions', call),
  };
}
