// The API's phases, assembled from the steps in this folder. Each phase's
// steps run in the order written here; the phases run in the order of
// ApiPipeline (phase.ts), and a step typed for a later phase's exchange does
// not compile in an earlier one.
import type { Clock } from '../../clock.js';
import type { HandlerTable } from '../../operations/operation.js';
import type { StaffTokenVerifier } from '../../staff/staff-tokens.js';
import { hostAllowList } from '../allowed-hosts.js';
import type { ClientPseudonym } from '../client-pseudonym.js';
import type { ConnectionLimit } from '../connection-limit.js';
import type { FaultSpec } from '../faults.js';
import type { TrustedProxies } from '../forwarded-client.js';
import type { RateLimiter } from '../rate-limit.js';
import type { RequestValidator } from '../request-validation.js';
import type { RouteTable } from '../route-table.js';
import { body } from './body-step.js';
import { cors } from './cors-step.js';
import type { Exchange, Routed } from './exchange.js';
import { faults } from './faults-step.js';
import { guardRequest } from './guard-request.js';
import { handle } from './handle-step.js';
import { partnerKey } from './partner-key-step.js';
import type { ApiPipeline, HandlerHook } from './phase.js';
import { identifyClient, rateLimit } from './rate-limit-step.js';
import type { SentReply } from './reply.js';
import { route } from './route-step.js';
import { staffIdentity } from './staff-step.js';
import { validate } from './validate-step.js';

export interface ApiPipelineOptions {
  routes: RouteTable;
  validator: RequestValidator;
  operations: HandlerTable;
  clock: Clock;
  bodyLimit: number;
  faults?: FaultSpec;
  faultHeader: boolean;
  partnerKeys?: string[];
  corsOrigins?: string[];
  /** Host names answered (PLSKIT_ALLOWED_HOSTS); unset answers any Host and trusts none as the own origin. */
  allowedHosts?: string[];
  rateLimiter?: RateLimiter;
  /** Proxies whose forwarding header (the one they set) names the client's address. */
  trustProxy?: TrustedProxies;
  /** Refuses requests on a connection over its address's cap (connection-limit.ts). */
  connectionLimit?: ConnectionLimit;
  /** Around the handler, in this order (the reply cache). */
  hooks: readonly HandlerHook[];
  /** Verifies a staff operation's bearer token (staff/staff-tokens.ts); without it no staff operation is answered. */
  verifyStaff?: StaffTokenVerifier;
  /** Origins allowed to call /v1/staff/ (PLSKIT_STAFF_CORS_ORIGINS); the sandbox's own only by default. */
  staffCorsOrigins?: string[];
  /** The request log's pseudonym of an address, which audit events name too. */
  pseudonym: ClientPseudonym;
}

/** The checks every request passes, the site's as well as the API's: URL length, Host, CORS, the connection cap; a preflight's reply. */
export function originChecks(
  options: Pick<ApiPipelineOptions, 'allowedHosts' | 'corsOrigins' | 'connectionLimit' | 'staffCorsOrigins'>,
): (exchange: Exchange) => SentReply | undefined {
  const guard = guardRequest(options.allowedHosts ? hostAllowList(options.allowedHosts) : undefined);
  // the Host header, once checked against an allow-list, may name the sandbox's own origin
  const corsCheck = cors(options.corsOrigins, options.allowedHosts !== undefined, options.staffCorsOrigins);
  return (exchange) => {
    guard(exchange);
    const preflight = corsCheck(exchange);
    // after CORS: a browser can read the 429 and wait as Retry-After says
    options.connectionLimit?.check(exchange.request);
    return preflight;
  };
}

export function apiPipeline(options: ApiPipelineOptions): ApiPipeline {
  const keys = options.partnerKeys?.length ? new Set(options.partnerKeys) : undefined;
  const origin = originChecks(options);
  const identify = identifyClient(keys, options.trustProxy);
  const limit = options.rateLimiter && rateLimit(options.rateLimiter);
  const routeOf = route(options.routes);
  const partner = partnerKey(keys);
  const staff = staffIdentity(options.verifyStaff, options.pseudonym);
  const fault = faults(options.faults, options.faultHeader);
  const faulted = (routed: Routed) => {
    const pending = fault(routed);
    return pending ? pending.then(() => routed) : routed;
  };
  const read = body(options.bodyLimit);
  const check = validate(options.validator);
  return {
    requestChecks: (exchange) => {
      const preflight = origin(exchange);
      if (preflight) return preflight;
      const identified = identify(exchange);
      limit?.(identified);
      return identified;
    },
    routing: (exchange) => {
      const routed = routeOf(exchange);
      partner(routed);
      const verified = staff(routed);
      return verified ? verified.then(() => faulted(routed)) : faulted(routed);
    },
    validation: (exchange) => {
      const readBody = read(exchange);
      return readBody instanceof Promise ? readBody.then((found) => check(exchange, found)) : check(exchange, readBody);
    },
    hooks: options.hooks,
    handler: handle(options.operations, options.clock),
  };
}
