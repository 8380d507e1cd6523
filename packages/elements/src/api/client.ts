// The part of the public legal services API the elements call, over the one
// SDK client (@plskit/sdk). Requests carry no personal data in the URL:
// directory queries are public filters, eligibility answers travel in the body.
import {
  createClient as createSdkClient, PlsApiError, PlsNetworkError, PlsTimeoutError, type PlsClient,
} from '@plskit/sdk';
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
  /** A fetch implementation (defaults to the global one), called as `fetch(url, init)`. */
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

/** Reduces an SDK failure to status + stable code: never its message, URL or body. */
function toApiProblem(error: unknown): unknown {
  if (isAbort(error)) return error;
  if (error instanceof PlsApiError) return new ApiProblem(error.status, error.code);
  if (error instanceof PlsTimeoutError) return new ApiProblem(0, 'timeout');
  if (error instanceof PlsNetworkError) return new ApiProblem(0, globalThis.navigator?.onLine === false ? 'offline' : 'network-error');
  return error;
}

async function problemsAsApiProblem<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw toApiProblem(error);
  }
}

/**
 * The SDK hands fetch a Request; a host's fetch (a proxy, a test harness) is
 * given `(url, init)` as before, with the method, headers, body and signal.
 */
function asUrlAndInit(hostFetch: typeof fetch): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const body = request.method === 'GET' || request.method === 'HEAD' ? undefined : await request.text();
    return hostFetch(request.url, { method: request.method, headers: request.headers, signal: request.signal, ...(body ? { body } : {}) });
  };
}

export function createClient(options: ClientOptions): Client {
  // resolved against the page, so that "/" means the page's own origin
  const baseUrl = new URL(options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`, globalThis.location?.href);
  const sdk: PlsClient = createSdkClient({
    baseUrl,
    locale: options.locale ?? 'zh-CN',
    // the widgets show a failure at once and offer their own retry (and retry when back online)
    retry: false,
    ...(options.partnerKey ? { apiKey: options.partnerKey } : {}),
    ...(options.fetch ? { fetch: asUrlAndInit(options.fetch) } : {}),
  });
  return {
    searchLawyers: (query, call) => problemsAsApiProblem(() => sdk.lawyers.search(query, call)),
    getLawyer: (id, call) => problemsAsApiProblem(() => sdk.lawyers.get(id, call)),
    getLawFirm: (id, call) => problemsAsApiProblem(() => sdk.lawFirms.get(id, call)),
    listPracticeAreas: (call) => problemsAsApiProblem(() => sdk.practiceAreas.list(call)),
    listRegions: (call) => problemsAsApiProblem(() => sdk.regions.list(call)),
    listServiceCenters: (query, call) => problemsAsApiProblem(() => sdk.serviceCenters.list(query, call)),
    // the contract serves core's ruleset document verbatim (its schema fixes only the envelope)
    getLegalAidRules: (region, call) => problemsAsApiProblem(() => sdk.legalAid.rules(region, call)) as Promise<unknown> as Promise<LegalAidRuleset>,
    checkEligibility: (input, call) => problemsAsApiProblem(() => sdk.legalAid.check(input, call)) as Promise<EligibilityResult>,
  };
}
