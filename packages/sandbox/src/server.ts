// The HTTP shell: node:http and a pipeline of named phases (http/pipeline/).
// An API request goes
//   request checks (guard, CORS, client, rate limit) → routing (route, partner
//   key, faults) → validation (body, contract) → reply cache → handler → reply
// and anything it throws goes through one error path to problem+json; any
// other path gets the same guard and CORS, then the site (contract, demo,
// bundle). What the phases need from the contract (routes, validators) is
// compiled here, once.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Contract } from './contract.js';
import { answerClientError } from './http/client-errors.js';
import { dailyPseudonyms } from './http/client-pseudonym.js';
import { DEFAULT_MAX_CONNECTIONS_PER_ADDRESS, limitConnectionsPerAddress } from './http/connection-limit.js';
import { clientAddress } from './http/forwarded-client.js';
import { apiPipeline, originChecks, type ApiPipelineOptions } from './http/pipeline/api-pipeline.js';
import { createExchange, type Checked, type Exchange } from './http/pipeline/exchange.js';
import { replyForError } from './http/pipeline/fail.js';
import { MAX_URL_LENGTH } from './http/pipeline/guard-request.js';
import { runApi } from './http/pipeline/phase.js';
import { replyCache } from './http/pipeline/reply-cache.js';
import { sendReply, type ReplyObserver, type SentReply } from './http/pipeline/reply.js';
import { site, type StaticRoot } from './http/pipeline/site-step.js';
import { logWhenDone } from './http/request-log.js';
import { requestValidator } from './http/request-validation.js';
import { compileRoutes } from './http/route-table.js';
import { silentLogger, type SandboxLogger } from './logger.js';
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

/** What the API's phases take (api-pipeline.ts), and what the shell itself needs. */
export interface HttpShellOptions extends Omit<ApiPipelineOptions, 'routes' | 'validator' | 'hooks' | 'pseudonym'> {
  contract: Contract;
  logger: SandboxLogger;
  staticRoots: StaticRoot[];
  checkResponses: boolean;
  violations: ResponseViolation[];
  maxConnections?: number;
  /** Open connections at most per client address (trusted proxies aside). */
  maxConnectionsPerAddress?: number;
  /** The directory's version, read cheaply (SQLite); given, public directory and reference replies are kept until it changes. */
  directoryVersion?: () => unknown;
  /** The request log's pseudonym key for a Shanghai day (the deployment's: every node's log names a client alike). */
  pseudonymKey: (day: string) => Buffer;
}

export function createHttpShell(options: HttpShellOptions): Server {
  const server = createServer();
  const pseudonym = dailyPseudonyms(options.pseudonymKey);
  const connectionLimit = limitConnectionsPerAddress(server, options.maxConnectionsPerAddress ?? DEFAULT_MAX_CONNECTIONS_PER_ADDRESS,
    options.trustProxy, (address) => options.logger({ level: 'warn', event: 'connection-refused', client: pseudonym(address) }));
  const routes = compileRoutes(options.contract);
  const api = apiPipeline({
    ...options, routes, validator: requestValidator(options.contract), connectionLimit, pseudonym,
    hooks: options.directoryVersion ? [replyCache(options.directoryVersion, options.clock)] : [],
  });
  const origin = originChecks({ ...options, connectionLimit });
  const siteReply = site(options.contract, options.staticRoots);
  const other = (exchange: Exchange): SentReply | undefined => origin(exchange) ?? siteReply(exchange);
  // with the log off (PLSKIT_LOG=off), no line is made to be thrown away
  const logging = options.logger !== silentLogger;
  const observe: ReplyObserver | undefined = options.checkResponses
    ? conformanceRecorder(options.contract, routes, options.violations)
    : undefined;

  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    const exchange = createExchange(request, response, options.logger);
    // the identified client's address, or (a request refused before that, a site file) the same reading of it
    if (logging) logWhenDone(exchange, () => pseudonym((exchange as Partial<Checked>).identity?.address
      ?? clientAddress(request.socket.remoteAddress, request.headers, options.trustProxy)));
    const send = (reply: SentReply | undefined) => reply && sendReply(exchange, reply, observe);
    const fail = (error: unknown) => send(replyForError(exchange, error));
    if (!exchange.path.startsWith('/v1/')) {
      try {
        send(other(exchange));
      } catch (error) {
        fail(error);
      }
      return;
    }
    runApi(api, exchange).then(send, fail);
  });
  server.requestTimeout = SERVER_LIMITS.requestTimeoutMs;
  server.headersTimeout = SERVER_LIMITS.headersTimeoutMs;
  server.keepAliveTimeout = SERVER_LIMITS.keepAliveTimeoutMs;
  server.maxConnections = options.maxConnections ?? SERVER_LIMITS.maxConnections;
  server.on('clientError', answerClientError(options.logger, MAX_URL_LENGTH, pseudonym));
  return server;
}
