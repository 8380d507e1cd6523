// The first request check: a URL longer than the limit is 414, a Host not in the
// allow-list 421 (DNS rebinding), before anything else reads the request.
import { ProblemError } from '../../operations/operation.js';
import type { HostAllowList } from '../allowed-hosts.js';
import { header, type Exchange } from './exchange.js';

/** Longest request target (path and query) answered; Node refuses the whole head beyond 16 KiB. */
export const MAX_URL_LENGTH = 8 * 1024;

export function guardRequest(allowedHost: HostAllowList | undefined): (exchange: Exchange) => void {
  return (exchange: Exchange) => {
    if ((exchange.request.url ?? '').length > MAX_URL_LENGTH) throw new ProblemError(414, 'uri-too-long');
    if (allowedHost && !allowedHost(header(exchange.request, 'host'))) throw new ProblemError(421, 'host-not-allowed');
  };
}
