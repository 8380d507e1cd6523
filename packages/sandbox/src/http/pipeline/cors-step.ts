// CORS first after the guard: a refused origin learns nothing else. A preflight
// is answered here.
import { ProblemError } from '../../operations/operation.js';
import { corsHeaders, preflightHeaders } from '../cors.js';
import { header, type Exchange } from './exchange.js';
import type { Step } from './step.js';

/** `trustHost`: the Host header was checked against an allow-list, so it may name the sandbox's own origin. */
export function cors(origins: string[] | undefined, trustHost: boolean): Step {
  return (exchange: Exchange) => {
    const { request } = exchange;
    const allowed = corsHeaders(header(request, 'origin'), origins, trustHost ? header(request, 'host') : undefined);
    if (allowed === null) throw new ProblemError(403, 'origin-not-allowed');
    Object.assign(exchange.headers, allowed);
    if (exchange.method === 'OPTIONS') exchange.reply = { status: 204, headers: preflightHeaders() };
  };
}
