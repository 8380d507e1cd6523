// The client's address behind the operator's reverse proxies. Only the one
// header the operator's proxy sets is read (PLSKIT_TRUST_PROXY_HEADER): the
// other is whatever the client chose to write, since a proxy passes on the
// headers it does not set itself. The chain is read from the nearest hop back,
// skipping trusted proxies: the right-most untrusted hop is the client, as the
// proxy appended it.
import { BlockList, isIP } from 'node:net';

/** The forwarding header a proxy sets: nginx's `$proxy_add_x_forwarded_for` and most load balancers write X-Forwarded-For. */
export type ForwardingHeader = 'x-forwarded-for' | 'forwarded';

export const FORWARDING_HEADERS: readonly ForwardingHeader[] = ['x-forwarded-for', 'forwarded'];

/** The proxies whose forwarding header is believed: addresses or CIDRs ("10.0.0.0/8", "::1"), and the header they set. */
export interface TrustedProxies {
  readonly header: ForwardingHeader;
  trusts(address: string): boolean;
}

export const unmapped = (address: string): string => address.startsWith('::ffff:') && isIP(address.slice(7)) === 4 ? address.slice(7) : address;

export function trustedProxies(entries: readonly string[], header: ForwardingHeader = 'x-forwarded-for'): TrustedProxies {
  if (!FORWARDING_HEADERS.includes(header)) {
    throw new Error(`PLSKIT_TRUST_PROXY_HEADER must be ${FORWARDING_HEADERS.join(' or ')}, not "${String(header)}"`);
  }
  const list = new BlockList();
  for (const entry of entries) {
    const [address = '', prefix] = entry.split('/');
    const family = isIP(address);
    if (!family || (prefix !== undefined && !/^\d{1,3}$/.test(prefix))) {
      throw new Error(`PLSKIT_TRUST_PROXY: "${entry}" is not an IP address or CIDR`);
    }
    const type = family === 4 ? 'ipv4' : 'ipv6';
    if (prefix === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(prefix), type);
  }
  return {
    header,
    trusts(address) {
      const plain = unmapped(address);
      const family = isIP(plain);
      return family !== 0 && list.check(plain, family === 4 ? 'ipv4' : 'ipv6');
    },
  };
}

/** The `for=` addresses of an RFC 7239 Forwarded header, nearest proxy last, ports and brackets removed. */
function forwardedFor(header: string): string[] {
  const hops: string[] = [];
  for (const element of header.split(',')) {
    const pair = element.split(';').map((p) => p.trim()).find((p) => p.toLowerCase().startsWith('for='));
    if (!pair) continue;
    let value = pair.slice(4).replace(/^"|"$/g, '');
    if (value.startsWith('[')) value = value.slice(1, value.indexOf(']'));
    else if (isIP(value) === 0 && value.includes(':') && value.split(':').length === 2) value = value.split(':')[0] ?? '';
    hops.push(value);
  }
  return hops;
}

/** The hops of the named header's chain, nearest proxy last (repeated header lines are joined by Node with ", "). */
function chainOf(value: string | string[] | undefined, header: ForwardingHeader): string[] {
  const text = Array.isArray(value) ? value.join(', ') : value ?? '';
  return header === 'forwarded' ? forwardedFor(text) : text.split(',').map((hop) => hop.trim()).filter(Boolean);
}

/**
 * The client's address. The peer is the client unless it is a trusted proxy;
 * then the chain of the proxies' own header is read from the nearest hop back,
 * skipping trusted proxies: the first untrusted hop is the client (anything
 * before it could have been written by the client itself).
 */
export function clientAddress(
  peer: string | undefined, headers: Readonly<Record<string, string | string[] | undefined>>, proxies: TrustedProxies | undefined,
): string {
  let address = unmapped(peer ?? 'unknown');
  if (!proxies?.trusts(address)) return address;
  const chain = chainOf(headers[proxies.header], proxies.header);
  for (let i = chain.length - 1; i >= 0; i -= 1) {
    const hop = unmapped(chain[i] ?? '');
    // an obfuscated or garbled hop ("unknown", "_hidden") ends the chain: the last trusted proxy stands in
    if (isIP(hop) === 0) return address;
    address = hop;
    if (!proxies.trusts(hop)) return address;
  }
  return address;
}
