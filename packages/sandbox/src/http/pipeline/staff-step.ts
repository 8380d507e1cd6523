// A staff operation's bearer token, verified right after routing (before
// its body is read): 401 with a challenge for no token or a bad one, 503 when
// the identity provider's keys cannot be fetched. Who it names travels with
// the request, with the client's pseudonym for the audit log.
import { ProblemError } from '../../operations/operation.js';
import { unauthenticated } from '../../staff/staff-challenge.js';
import type { StaffTokenVerifier } from '../../staff/staff-tokens.js';
import type { ClientPseudonym } from '../client-pseudonym.js';
import { header, type Routed } from './exchange.js';

/** Seconds a client waits before asking again while the keys cannot be fetched. */
const KEYS_RETRY_AFTER_S = 30;

export function staffIdentity(verify: StaffTokenVerifier | undefined, pseudonym: ClientPseudonym): (exchange: Routed) => void | Promise<void> {
  return (exchange) => {
    if (!exchange.route.staff) return undefined;
    // a sandbox assembled without staff identity (a test's own pipeline) lets no one in
    if (!verify) throw unauthenticated('staff-token-invalid');
    return verify(header(exchange.request, 'authorization')).then((outcome) => {
      if (outcome.kind === 'refused') throw unauthenticated(outcome.code);
      if (outcome.kind === 'keys-unavailable') {
        exchange.log({ level: 'error', event: 'staff-keys-unavailable', route: exchange.route.template, setting: 'PLSKIT_STAFF_JWKS' });
        throw new ProblemError(503, 'service-unavailable', undefined, undefined, { 'Retry-After': String(KEYS_RETRY_AFTER_S) });
      }
      exchange.staff = outcome.member;
      exchange.clientPseudonym = pseudonym(exchange.identity.address);
    });
  };
}
