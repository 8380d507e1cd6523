// The link a resident keeps to come back to a booking: the reference and the
// manage token travel in the URL fragment only, which browsers never send to
// any server (RFC 3986 3.5), so neither the host site nor the API sees the token in a URL.

const KEY = 'pls-appointment';
const PATTERN = /^[A-Z]{2}-[0-9A-Z]{4}-[0-9A-Z]{4}$/;

export interface ManageCredentials {
  reference: string;
  token: string;
}

export function manageLink(page: Location | URL, credentials: ManageCredentials): string {
  const url = new URL(page.href);
  url.hash = `${KEY}=${credentials.reference}.${credentials.token}`;
  return url.href;
}

/** The credentials in a page's fragment, if it holds a manage link. */
export function readManageLink(hash: string): ManageCredentials | undefined {
  const value = new URLSearchParams(hash.replace(/^#/, '')).get(KEY);
  const [reference = '', token = ''] = value?.split('.') ?? [];
  return PATTERN.test(reference) && /^[A-Za-z0-9_-]{16,128}$/.test(token) ? { reference, token } : undefined;
}

/** Takes the token out of the address bar once read, so it is not left on screen or copied with the page address. */
export function forgetManageLink(): void {
  if (readManageLink(location.hash)) history.replaceState(history.state, '', `${location.pathname}${location.search}`);
}
