// The Host names the sandbox answers to (PLSKIT_ALLOWED_HOSTS). Without a list
// a page on any domain that resolves to the sandbox (DNS rebinding) would be
// "same origin" with it; with one, any other Host is refused and the Host may
// be trusted to tell the sandbox's own origin.
export type HostAllowList = (host: string | undefined) => boolean;

const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]'];

/** Loopback listeners answer to loopback names; a network listener needs a configured list. */
export function defaultAllowedHosts(listenHost: string): string[] | undefined {
  return listenHost === 'localhost' || listenHost === '::1' || /^127\./.test(listenHost)
    ? [...LOOPBACK_NAMES, ...(listenHost.startsWith('127.') && listenHost !== '127.0.0.1' ? [listenHost] : [])]
    : undefined;
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
