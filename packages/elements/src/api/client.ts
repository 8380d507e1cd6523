// The part of the public legal services API the elements call. Requests carry
// no personal data in the URL: directory queries are public filters only.
import type { Locale } from '../locale/locale.js';
import { ApiProblem, isAbort } from './api-problem.js';
import type { LawFirm, Lawyer, LawyerQuery, Page, PracticeArea, Region } from './directory-types.js';
import type { EligibilityInput, EligibilityResult, LegalAidRuleset, ServiceCenter, ServiceCenterQuery } from './legal-aid-types.js';

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
  listServiceCenters(query: ServiceCenterQuery, options?: CallOptions): Promise<Page<ServiceCenter>>;
  /** The legal-aid ruleset in force for a region, verbatim, for @plskit/core's evaluator. */
  getLegalAidRules(region: string, options?: CallOptions): Promise<LegalAidRuleset>;
  /** The authoritative check; the answers travel in the body, never in the URL. */
  checkEligibility(input: EligibilityInput, options?: CallOptions): Promise<EligibilityResult>;
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

  async function request<T>(path: string, call: CallOptions = {}, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': options.locale ?? 'zh-CN' };
    if (options.partnerKey) headers['X-Partner-Key'] = options.partnerKey;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    let response: Response;
    try {
      response = await doFetch(new URL(path, base), {
        headers, signal: call.signal ?? null,
        ...(body !== undefined ? { method: 'POST', body: JSON.stringify(body) } : {}),
      });
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

  const get = <T>(path: string, call?: CallOptions) => request<T>(path, call);
  const post = <T>(path: string, body: unknown, call?: CallOptions) => request<T>(path, call, body);
  const id = (value: string) => encodeURIComponent(value);
  return {
    searchLawyers: (query, call) => get(`v1/lawyers${queryString(query)}`, call),
    getLawyer: (lawyerId, call) => get(`v1/lawyers/${id(lawyerId)}`, call),
    getLawFirm: (firmId, call) => get(`v1/law-firms/${id(firmId)}`, call),
    listPracticeAreas: (call) => get('v1/practice-areas', call),
    listRegions: (call) => get('v1/regions', call),
    listServiceCenters: (query, call) => get(`v1/service-centers${queryString(query)}`, call),
    getLegalAidRules: (region, call) => get(`v1/legal-aid/rules${queryString({ region })}`, call),
    checkEligibility: (input, call) => post('v1/legal-aid/eligibility-checks', input, call),
  };
}
