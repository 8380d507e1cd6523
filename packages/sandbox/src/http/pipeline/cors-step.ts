// CORS right after the guard: a refused origin learns nothing else. A
// preflight is answered here, with its own reply. Every reply says it varies
// by Origin, a reply to a request without one included: whether and how it
// carries CORS headers depends on the Origin, and a shared cache must not hand
// one origin's reply (or a reply without any) to another (Fetch standard,
// "CORS protocol and HTTP caches").
import { ProblemError } from '../../operations/operation.js';
import { corsHeaders, preflightHeaders, STAFF_PATH_PREFIX, staffCorsHeaders, staffPreflightHeaders } from '../cors.js';
import { header, type Exchange } from './exchange.js';
import type { SentReply } from './reply.js';

/**
 * `trustHost`: the Host header was checked against an allow-list, so it may
 * name the sandbox's own origin. The staff API (/v1/staff/) answers only
 * `staffOrigins` (and the own origin), with its own preflight.
 */
export function cors(origins: string[] | undefined, trustHost: boolean, staffOrigins?: readonly string[]): (exchange: Exchange) => SentReply | undefined {
  return (exchange: Exchange) => {
    const { request } = exchange;
    exchange.headers.Vary = 'Origin';
    const staff = exchange.path.startsWith(STAFF_PATH_PREFIX);
    const host = trustHost ? header(request, 'host') : undefined;
    const allowed = staff ? staffCorsHeaders(header(request, 'origin'), staffOrigins, host) : corsHeaders(header(request, 'origin'), origins, host);
    if (allowed === null) throw new ProblemError(403, 'origin-not-allowed');
    Object.assign(exchange.headers, allowed);
    if (exchange.method !== 'OPTIONS') return undefined;
    return { status: 204, headers: staff ? staffPreflightHeaders() : preflightHeaders() };
  };
}
