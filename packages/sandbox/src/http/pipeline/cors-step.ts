// CORS right after the guard: a refused origin learns nothing else. A
// preflight is answered here, with its own reply. Every reply says it varies
// by Origin, a reply to a request without one included: whether and how it
// carries CORS headers depends on the Origin, and a shared cache must not hand
// one origin's reply (or a reply without any) to another (Fetch standard,
// "CORS protocol and HTTP caches").
import { ProblemError } from '../../operations/operation.js';
import { corsHeaders, preflightHeaders } from '../cors.js';
import { header, type Exchange } from './exchange.js';
import type { SentReply } from './reply.js';

/** `trustHost`: the Host header was checked against an allow-list, so it may name the sandbox's own origin. */
export function cors(origins: string[] | undefined, trustHost: boolean): (exchange: Exchange) => SentReply | undefined {
  return (exchange: Exchange) => {
    const { request } = exchange;
    exchange.headers.Vary = 'Origin';
    const allowed = corsHeaders(header(request, 'origin'), origins, trustHost ? header(request, 'host') : undefined);
    if (allowed === null) throw new ProblemError(403, 'origin-not-allowed');
    Object.assign(exchange.headers, allowed);
    return exchange.method === 'OPTIONS' ? { status: 204, headers: preflightHeaders() } : undefined;
  };
}
