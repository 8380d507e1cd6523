// Who is asking: the client's address (the forwarded one behind a trusted
// proxy) and its partner key when configured. The unit of idempotency is the
// partner key, else the address.
import type { IncomingMessage } from 'node:http';
import { clientAddress, type ClientIdentity, type TrustedProxies } from './rate-limit.js';

function first(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** An unchecked key is ignored, or a new key per request would escape a partner's ceiling. */
export function clientOf(
  request: IncomingMessage, partnerKeys: ReadonlySet<string> | undefined, proxies: TrustedProxies | undefined,
): ClientIdentity {
  const key = first(request, 'x-partner-key');
  const address = clientAddress(request.socket.remoteAddress,
    { forwarded: first(request, 'forwarded'), 'x-forwarded-for': first(request, 'x-forwarded-for') }, proxies);
  return key && partnerKeys?.has(key) ? { address, partnerKey: key } : { address };
}

/** The identity as one string, what idempotency records are keyed by. */
export function clientKey(identity: ClientIdentity): string {
  return identity.partnerKey === undefined ? `ip:${identity.address}` : `key:${identity.partnerKey}`;
}
