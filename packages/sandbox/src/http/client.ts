// Who is asking: the client's address (the forwarded one behind a trusted
// proxy) and its partner key when configured. An idempotency key is scoped by
// both: a partner key is public (it sits in the partner page's HTML), so on
// its own it would let anyone on the internet replay or block another
// resident's retry.
import type { IncomingMessage } from 'node:http';
import { clientAddress, type TrustedProxies } from './forwarded-client.js';

/** Who is asking: the client's address (behind trusted proxies, the forwarded one) and its checked partner key. */
export interface ClientIdentity {
  address: string;
  partnerKey?: string;
}

/** An unchecked key is ignored, or a new key per request would escape a partner's ceiling. */
export function clientOf(
  request: IncomingMessage, partnerKeys: ReadonlySet<string> | undefined, proxies: TrustedProxies | undefined,
): ClientIdentity {
  const key = request.headers['x-partner-key'];
  const partnerKey = Array.isArray(key) ? key[0] : key;
  const address = clientAddress(request.socket.remoteAddress, request.headers, proxies);
  return partnerKey && partnerKeys?.has(partnerKey) ? { address, partnerKey } : { address };
}

/** The identity as one string, what idempotency records are scoped by: the partner and the client's address. */
export function clientKey(identity: ClientIdentity): string {
  return `${identity.partnerKey === undefined ? '' : `key:${identity.partnerKey}\u0000`}ip:${identity.address}`;
}
