// The HTTP shell: node:http and a pipeline of named steps, each in
// http/pipeline/. An API request goes
//   guard → cors → client → rate limit → route → partner key → faults → body → validate → handle → reply
// and anything it throws goes through one error path to problem+json.
// Everything the steps need from the contract (routes, validators) is compiled here, once.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Clock } from './clock.js';
import type { Contract } from './contract.js';
import { hostAllowList } from './http/allowed-hosts.js';
import { answerClientError } from './http/client-errors.js';
import type { FaultSpec } from './http/faults.js';
import { body } from './http/pipeline/body-step.js';
import { cors } from './http/pipeline/cors-step.js';
import { createExchange, type Exchange } from './http/pipeline/exchange.js';
import { replyForError } from './http/pipeline/fail.js';
import { faults } from './http/pipeline/faults-step.js';
import { guardRequest, MAX_URL_LENGTH } from './http/pipeline/guard-request.js';
import { handle } from './http/pipeline/handle-step.js';
import { replyCache } from './http/pipeline/reply-cache.js';
import { partnerKey } from './http/pipeline/partner-key-step.js';
import { identifyClient, rateLimit } from './http/pipeline/rate-limit-step.js';
import { sendReply, type ReplyObserver } from './http/pipeline/reply.js';
import { route } from './http/pipeline/route-step.js';
import { site, type StaticRoot } from './http/pipeline/site-step.js';
import { runSteps, type Step } from './http/pipeline/step.js';
import { validate } from './http/pipeline/validate-step.js';
import type { RateLimiter, TrustedProxies } from './http/rate-limit.js';
import { requestValidator } from './http/request-validation.js';
import { compileRoutes } from './http/route-table.js';
import { silentLogger, type SandboxLogger } from './logger.js';
import type { HandlerTable } from './operations/operation.js';
import { conformanceRecorder, type ResponseViolation } from './response-conformance.js';

export type { ResponseViolation } from './response-conformance.js';

/** Limits of the server itself: slow or idle clients cannot hold it forever. */
export const SERVER_LIMITS = {
  /** The whole request, head and body, must arrive within this. */
  requestTimeoutMs: 30_000,
  /** The head (request line and headers) must arrive within this. */
  headersTimeoutMs: 10_000,
  /** An idle keep-alive connection closes after this. */
  keepAliveTimeoutMs: 5_000,
  /** Open connections at most; more are refused until some close. */
  maxConnections: 1024,
} as const;

export interface HttpShellOptions {
  contract: Contract;
  operations: HandlerTable;
  clock: Clock;
  logger: SandboxLogger;
  bodyLimit: number;
  faults?: FaultSpec;
  faultHeader: boolean;
  partnerKeys?: string[];
  corsOrigins?: string[];
  /** Host names answered (PLSKIT_ALLOWED_HOSTS); unset answers any Host and trusts none as the own origin. */
  allowedHosts?: string[];
  rateLimiter?: RateLimiter;
  /** Proxies whose X-Forwarded-For / Forwarded names the client's address. */
  trustProxy?: TrustedProxies;
  staticRoots: StaticRoot[];
  checkResponses: boolean;
  violations: ResponseViolation[];
  maxConnections?: number;
  /** The directory's version, read cheaply (SQLite); given, public directory and reference replies are kept until it changes. */
  directoryVersion?: () => unknown;
}

function apiSteps(options: HttpShellOptions): Step[] {
  const routes = compileRoutes(options.contract);
  const keys = options.partnerKeys?.length ? new Set(options.partnerKeys) : undefined;
  const handled = handle(options.operations, options.clock);
  const cache = options.directoryVersion && replyCache(options.directoryVersion, options.clock);
  const handledAndKept: Step = cache
    ? (exchange) => {
      const pending = handled(exchange);
      if (!pending) return cache.remember(exchange);
      return pending.then(() => cache.remember(exchange));
    }
    : handled;
  return [
    guardRequest(options.allowedHosts ? hostAllowList(options.allowedHosts) : undefined),
    cors(options.corsOrigins, options.allowedHosts !== undefined),
    identifyClient(keys, options.trustProxy),
    ...(options.rateLimiter ? [rateLimit(options.rateLimiter)] : []),
    route(routes),
    partnerKey(keys),
    faults(options.faults, options.faultHeader),
    body(options.bodyLimit),
    ...(cache ? [cache.lookup] : []),
    validate(requestValidator(options.contract)),
    handledAndKept,
  ];
}

function logWhenDone(exchange: Exchange): void {
  exchange.response.once('close', () => {
    const { response, method, routeName: route } = exchange;
    const operation = exchange.route ? { operation: exchange.route.operationId } : {};
    // a client that went away is not an error: there was no one left to answer
    if (!response.writableFinished) return exchange.log({ level: 'info', event: 'request-aborted', method, route, ...operation });
    exchange.log({
      level: response.statusCode >= 500 ? 'error' : 'info', event: 'request', method, route, ...operation,
      status: response.statusCode, durationMs: Math.round((performance.now() - exchange.started) * 10) / 10,
    });
  });
}

export function createHttpShell(options: HttpShellOptions): Server {
  const api = apiSteps(options);
  // with the log off (PLSKIT_LOG=off), no line is made to be thrown away
  const logging = options.logger !== silentLogger;
  const [guard, corsStep] = api as [Step, Step];
  const other = [guard, corsStep, site(options.contract, options.staticRoots)];
  const observe: ReplyObserver | undefined = options.checkResponses
    ? conformanceRecorder(options.contract, compileRoutes(options.contract), options.violations)
    : undefined;

  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const exchange = createExchange(request, response, options.logger);
    if (logging) logWhenDone(exchange);
    runSteps(exchange, exchange.path.startsWith('/v1/') ? api : other).then(
      () => exchange.reply && sendReply(exchange, exchange.reply, observe),
      (error: unknown) => {
        const reply = replyForError(exchange, error);
        if (reply) sendReply(exchange, reply, observe);
      },
    );
  });
  server.requestTimeout = SERVER_LIMITS.requestTimeoutMs;
  server.headersTimeout = SERVER_LIMITS.headersTimeoutMs;
  server.keepAliveTimeout = SERVER_LIMITS.keepAliveTimeoutMs;
  server.maxConnections = options.maxConnections ?? SERVER_LIMITS.maxConnections;
  server.on('clientError', answerClientError(options.logger, MAX_URL_LENGTH));
  return server;
}
