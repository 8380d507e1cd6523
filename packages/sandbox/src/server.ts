// The HTTP shell: node:http, with routing and request validation straight from
// the OpenAPI document (openapi-backend). Order of checks: CORS, rate limit,
// partner key, faults, body, contract validation, handler.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { Contract } from './contract.js';
import { corsHeaders, preflightHeaders } from './http/cors.js';
import { FaultSpecError, injectedFailure, mergeFaults, parseFaultSpec, type FaultSpec } from './http/faults.js';
import { matchLocale } from '@plskit/core';
import { problem, type Problem } from './http/problem.js';
import { clientAddress, type ClientIdentity, type RateLimiter, type TrustedProxies } from './http/rate-limit.js';
import { readJsonBody } from './http/request-body.js';
import { resolveStaticFile, sendStaticFile } from './http/static-files.js';
import { fieldErrors, fieldMessage } from './http/validation-errors.js';
import type { SandboxLogger } from './logger.js';
import { ProblemError, type OperationHandler, type OperationReply } from './operations/operation.js';
import { JSON_MEDIA_TYPE, PROBLEM_MEDIA_TYPE, responseChecker } from './response-conformance.js';
import type { Clock } from './clock.js';
import { storageFailureOf } from './store/storage-status.js';

export interface ResponseViolation {
  operationId: string;
  method: string;
  route: string;
  status: number;
  errors: unknown[];
}

export interface HttpShellOptions {
  contract: Contract;
  operations: Record<string, OperationHandler>;
  clock: Clock;
  logger: SandboxLogger;
  bodyLimit: number;
  faults?: FaultSpec;
  faultHeader: boolean;
  partnerKeys?: string[];
  corsOrigins?: string[];
  rateLimiter?: RateLimiter;
  /** Proxies whose X-Forwarded-For / Forwarded names the client's address. */
  trustProxy?: TrustedProxies;
  staticRoots: { prefix: string; dir: string }[];
  checkResponses: boolean;
  violations: ResponseViolation[];
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

export function createHttpShell(options: HttpShellOptions): Server {
  const { contract, logger } = options;
  const api = contract.api;
  const apiPaths = new Set(api.router.getOperations().map((op) => op.path));
  const checkResponse = options.checkResponses ? responseChecker(contract) : undefined;

  return createServer((request, response) => {
    const started = performance.now();
    const locale = matchLocale(header(request, 'accept-language'));
    const url = new URL(request.url ?? '/', 'http://sandbox.invalid');
    const method = (request.method ?? 'GET').toUpperCase();
    let route = 'unmatched';
    let operationId: string | undefined;
    const baseHeaders: Record<string, string> = { 'X-Request-Id': randomUUID(), 'Content-Language': locale };

    const send = (status: number, body: unknown, extra: Record<string, string> = {}, isProblem = false): void => {
      if (response.headersSent) return;
      const payload = body === undefined ? '' : JSON.stringify(body);
      response.writeHead(status, {
        ...baseHeaders,
        ...extra,
        ...(body === undefined ? {} : { 'Content-Type': isProblem ? 'application/problem+json' : 'application/json; charset=utf-8' }),
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      });
      response.end(payload);
      // replies sent before routing (CORS, rate limit) are checked against the operation too
      const checked = operationId ?? (checkResponse && url.pathname.startsWith('/v1/')
        ? api.router.matchOperation({ method, path: url.pathname, headers: {}, query: '' })?.operationId : undefined);
      if (checkResponse && checked && body !== undefined) {
        const errors: unknown[] = checkResponse(checked, status, isProblem ? PROBLEM_MEDIA_TYPE : JSON_MEDIA_TYPE, body);
        if (!isProblem) errors.push(...(api.validateResponse(body, checked, status).errors ?? []));
        if (errors.length) options.violations.push({ operationId: checked, method, route, status, errors });
      }
    };
    const sendProblem = (p: Problem, extra: Record<string, string> = {}): void => send(p.status, p, extra, true);

    response.on('finish', () => {
      logger({
        level: response.statusCode >= 500 ? 'error' : 'info', event: 'request', method, route,
        ...(operationId ? { operation: operationId } : {}),
        status: response.statusCode, durationMs: Math.round((performance.now() - started) * 10) / 10,
      });
    });

    const handle = async (): Promise<void> => {
      const identity = clientOf(request, options.partnerKeys, options.trustProxy);
      const client = identity.partnerKey === undefined ? `ip:${identity.address}` : `key:${identity.partnerKey}`;
      // CORS first: a refused origin learns nothing else
      const cors = corsHeaders(header(request, 'origin'), options.corsOrigins, header(request, 'host'));
      if (cors === null) {
        route = url.pathname.startsWith('/v1/') ? 'cors' : route;
        return sendProblem(problem(locale, 403, 'origin-not-allowed'));
      }
      Object.assign(baseHeaders, cors);
      if (method === 'OPTIONS') {
        route = 'preflight';
        response.writeHead(204, { ...baseHeaders, ...preflightHeaders() });
        response.end();
        return;
      }

      if (!url.pathname.startsWith('/v1/')) return serveOther();

      if (options.rateLimiter) {
        const wait = options.rateLimiter.take(identity);
        if (wait > 0) {
          route = 'rate-limited';
          return sendProblem(problem(locale, 429, 'rate-limited'), { 'Retry-After': String(wait) });
        }
      }

      const match = api.router.matchOperation({ method, path: url.pathname, headers: {}, query: url.search.slice(1) });
      if (!match) {
        const pathExists = [...apiPaths].some((path) => new RegExp(`^${path.replace(/\{[^}]+\}/g, '[^/]+')}$`).test(url.pathname));
        return sendProblem(problem(locale, pathExists ? 405 : 404, pathExists ? 'method-not-allowed' : 'not-found'));
      }
      operationId = match.operationId as string;
      route = match.path;

      // an operation with `security: []` (health) is open to all
      const open = Array.isArray(match.security) && match.security.length === 0;
      if (options.partnerKeys?.length && !open) {
        const key = header(request, 'x-partner-key');
        if (!key || !options.partnerKeys.includes(key)) return sendProblem(problem(locale, 401, 'unauthorized'));
      }

      let faults = options.faults;
      const faultHeader = header(request, 'x-plskit-fault');
      if (faultHeader !== undefined && options.faultHeader) {
        try {
          faults = mergeFaults(options.faults, parseFaultSpec(faultHeader));
        } catch (error) {
          if (!(error instanceof FaultSpecError)) throw error;
          return sendProblem(problem(locale, 400, 'validation-failed', {
            errors: [{ field: 'X-Plskit-Fault', code: 'pattern', message: fieldMessage('pattern', locale) }],
          }));
        }
      }
      if (faults?.latency) await delay(faults.latency);
      const failure = faults ? injectedFailure(faults) : null;
      if (failure !== null) {
        logger({ level: 'warn', event: 'fault-injected', route, status: failure });
        return sendProblem(problem(locale, failure, 'fault-injected'));
      }

      const body = method === 'POST' || method === 'PUT' || method === 'PATCH'
        ? await readJsonBody(request, options.bodyLimit)
        : { kind: 'none' as const };
      if (body.kind === 'too-large') return sendProblem(problem(locale, 413, 'payload-too-large'), { Connection: 'close' });
      if (body.kind === 'malformed') return sendProblem(problem(locale, 400, 'malformed-json'));
      if (body.kind === 'unsupported-media-type') return sendProblem(problem(locale, 415, 'unsupported-media-type'));
      const parsedBody = body.kind === 'json' ? body.value : undefined;

      const headers = Object.fromEntries(Object.entries(request.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : (v ?? '')]));
      const validation = api.validateRequest(
        { method, path: url.pathname, headers: { ...headers, ...(parsedBody === undefined ? {} : { 'content-type': 'application/json' }) },
          query: url.search.slice(1), body: parsedBody },
        match,
      );
      if (!validation.valid) {
        return sendProblem(problem(locale, 400, 'validation-failed', { errors: fieldErrors(validation.errors ?? [], locale) }));
      }
      const handler = options.operations[operationId];
      if (!handler) throw new Error(`no handler for operation ${operationId}`);
      let reply: OperationReply;
      try {
        reply = await handler({
          operationId, params: (validation.coerced.params ?? {}) as Record<string, string>,
          query: (validation.coerced.query ?? {}) as Record<string, unknown>, body: parsedBody,
          headers: request.headers, locale, client, now: options.clock(),
        });
      } catch (error) {
        const storage = storageFailureOf(error);
        if (storage) {
          // the operator's log names SQLite's code; the client learns only when to retry
          logger({ level: 'error', event: 'storage-unavailable', route, operation: operationId, code: storage.sqliteCode });
          return sendProblem(problem(locale, 503, 'service-unavailable'), { 'Retry-After': String(storage.retryAfterSeconds) });
        }
        if (!(error instanceof ProblemError)) throw error;
        return sendProblem(problem(locale, error.status, error.code, {
          ...(error.errors ? { errors: error.errors } : {}), ...(error.detail ? { detail: error.detail } : {}),
        }));
      }
      send(reply.status, reply.body, reply.headers);
    };

    const serveOther = (): void => {
      if (method !== 'GET' && method !== 'HEAD') return sendProblem(problem(locale, 404, 'not-found'));
      if (url.pathname === '/openapi.yaml') {
        route = '/openapi.yaml';
        response.writeHead(200, { ...baseHeaders, 'Content-Type': 'application/yaml; charset=utf-8', 'Cache-Control': 'no-cache' });
        response.end(contract.text);
        return;
      }
      if (url.pathname === '/' && options.staticRoots.some((root) => root.prefix === '/demo/')) {
        route = '/';
        response.writeHead(302, { ...baseHeaders, Location: '/demo/' });
        response.end();
        return;
      }
      for (const { prefix, dir } of options.staticRoots) {
        if (url.pathname === prefix.slice(0, -1)) {
          route = prefix;
          response.writeHead(301, { ...baseHeaders, Location: prefix });
          response.end();
          return;
        }
        if (!url.pathname.startsWith(prefix)) continue;
        route = `${prefix}*`;
        const file = resolveStaticFile(dir, url.pathname.slice(prefix.length));
        if (file) return sendStaticFile(response, file, baseHeaders);
      }
      sendProblem(problem(locale, 404, 'not-found'));
    };

    handle().catch((error: unknown) => {
      // the message may quote input: log the error's class only
      logger({ level: 'error', event: 'internal-error', route, errorName: error instanceof Error ? error.name : typeof error });
      sendProblem(problem(locale, 500, 'internal-error'));
    });
  });
}

/**
 * Who is asking: the client's address (forwarded by a trusted proxy, or the
 * peer's) and its partner key when configured and valid. An unchecked key is
 * ignored, or a new key per request would escape a partner's ceiling.
 */
function clientOf(request: IncomingMessage, partnerKeys: readonly string[] | undefined, proxies: TrustedProxies | undefined): ClientIdentity {
  const key = header(request, 'x-partner-key');
  const address = clientAddress(request.socket.remoteAddress,
    { forwarded: header(request, 'forwarded'), 'x-forwarded-for': header(request, 'x-forwarded-for') }, proxies);
  return key && partnerKeys?.includes(key) ? { address, partnerKey: key } : { address };
}
