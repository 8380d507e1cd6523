// The Host names the sandbox answers to (PLSKIT_ALLOWED_HOSTS). Without a list
// a page on any domain that resolves to the sandbox (DNS rebinding) would be
// "same origin" with it; with one, any other Host is refused and the Host may
// be trusted to tell the sandbox's own origin. A server that binds a network
// address without a list answers the machine's own names and addresses only,
// until the operator names the public one.
import { hostname, networkInterfaces } from 'node:os';

export type HostAllowList = (host: string | undefined) => boolean;

const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]'];

export const isLoopbackHost = (listenHost: string): boolean =>
  listenHost === 'localhost' || listenHost === '::1' || /^127\./.test(listenHost);

/** An address as a Host header writes it: IPv6 in brackets, without a zone. */
const asHost = (address: string): string => (address.includes(':') ? `[${address.split('%')[0]}]` : address);

/** This machine's own names and addresses: its host name and every interface's address, loopback included. */
export function machineHostNames(): string[] {
  const addresses = Object.values(networkInterfaces()).flatMap((list) => (list ?? []).map((entry) => asHost(entry.address)));
  return [...new Set([hostname().toLowerCase(), ...LOOPBACK_NAMES, ...addresses])];
}

/** Loopback listeners answer to loopback names; a network listener to the machine's own names until a list is configured. */
export function defaultAllowedHosts(listenHost: string): string[] {
  // a wildcard (0.0.0.0, ::) is every interface, which machineHostNames lists; a name or an address bound is one of its own
  const bound = listenHost === '0.0.0.0' || listenHost === '::' ? [] : [asHost(listenHost.toLowerCase())];
  if (!isLoopbackHost(listenHost)) return [...new Set([...machineHostNames(), ...bound])];
  return [...LOOPBACK_NAMES, ...(listenHost.startsWith('127.') && listenHost !== '127.0.0.1' ? [listenHost] : [])];
}

/** An entry "name" allows the name on any port; "name:port" only that port. */
export function hostAllowList(entries: readonly string[]): HostAllowList {
  const exact = new Set(entries.map((entry) => entry.toLowerCase()));
  return (host) => {
    if (!host) return false;
    const value = host.toLowerCase();
    if (exact.has(value)) return true;
    const name = value.startsWith('[') ? value.slice(0, value.indexOf(']') + 1) : value.split(':')[0] ?? '';
    const port = value.slice(name.length);
    return exact.has(name) && (port === '' || /^:\d{1,5}$/.test(port));
  };
}
