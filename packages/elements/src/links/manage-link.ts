// The link a resident keeps to come back to a booking or a work order: the
// reference and the manage token travel in the URL fragment only, which
// browsers never send to any server (RFC 3986 3.5), so neither the host site
// nor the API sees the token in a URL.

/** Which record a link opens: a booking (<pls-appointment-booker>) or a work order (<pls-legal-question>). */
export type ManageLinkKind = 'pls-appointment' | 'pls-question';

const PATTERN = /^[A-Z]{2}-[0-9A-Z]{4}-[0-9A-Z]{4}$/;

export interface ManageCredentials {
  reference: string;
  token: string;
}

export function manageLink(page: Location | URL, credentials: ManageCredentials, kind: ManageLinkKind = 'pls-appointment'): string {
  const url = new URL(page.href);
  url.hash = `${kind}=${credentials.reference}.${credentials.token}`;
  return url.href;
}

/** The credentials in a page's fragment, if it holds a manage link of that kind. */
export function readManageLink(hash: string, kind: ManageLinkKind = 'pls-appointment'): ManageCredentials | undefined {
  const value = new URLSearchParams(hash.replace(/^#/, '')).get(kind);
  const [reference = '', token = ''] = value?.split('.') ?? [];
  return PATTERN.test(reference) && /^[A-Za-z0-9_-]{16,128}$/.test(token) ? { reference, token } : undefined;
}

/** Takes the token out of the address bar once read, so it is not left on screen or copied with the page address. */
export function forgetManageLink(kind: ManageLinkKind = 'pls-appointment'): void {
  if (readManageLink(location.hash, kind)) history.replaceState(history.state, '', `${location.pathname}${location.search}`);
}
