// With partner keys configured, every operation but the open ones (`security: []`,
// health) and the staff ones (a bearer token instead) needs one of them in X-Partner-Key.
import { ProblemError } from '../../operations/operation.js';
import { header, type Routed } from './exchange.js';

export function partnerKey(keys: ReadonlySet<string> | undefined): (exchange: Routed) => void {
  return (exchange) => {
    if (!keys?.size || exchange.route.open || exchange.route.staff) return;
    const key = header(exchange.request, 'x-partner-key');
    if (!key || !keys.has(key)) throw new ProblemError(401, 'unauthorized');
  };
}
