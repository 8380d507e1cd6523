// CORS: any origin by default, so a partner can try the widgets from their own
// page at once; only the listed origins (and the sandbox's own) once an
// allow-list is configured.
export const ALLOWED_REQUEST_HEADERS = [
  'Content-Type', 'Accept', 'Accept-Language', 'X-Partner-Key', 'Idempotency-Key', 'X-Manage-Token', 'X-Plskit-Fault',
];
export const EXPOSED_HEADERS = ['Retry-After', 'Idempotent-Replayed', 'X-Request-Id', 'Content-Language'];

/**
 * Whether the origin is the sandbox's own, as the browser reached it (the Host
 * header): its /demo/ page sends an Origin on module scripts and POSTs, and an
 * allow-list written for partners must not lock it out. https too, for a
 * sandbox behind a TLS proxy that keeps the Host.
 */
export function isOwnOrigin(origin: string, host: string | undefined): boolean {
  return host !== undefined && (origin === `http://${host}` || origin === `https://${host}`);
}

/** The headers to add, or null when the origin is not allowed. */
export function corsHeaders(
  origin: string | undefined, allowList: string[] | undefined, host?: string,
): Record<string, string> | null {
  // the same origin needs no CORS headers
  if (origin === undefined || isOwnOrigin(origin, host)) return {};
  if (allowList === undefined || allowList.length === 0) {
    return { 'Access-Control-Allow-Origin': '*', 'Access-Control-Expose-Headers': EXPOSED_HEADERS.join(', ') };
  }
  if (!allowList.includes(origin)) return null;
  return { 'Access-Control-Allow-Origin': origin, 'Access-Control-Expose-Headers': EXPOSED_HEADERS.join(', ') };
}

export function preflightHeaders(): Record<string, string> {
  return {
    'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
    'Access-Control-Allow-Headers': ALLOWED_REQUEST_HEADERS.join(', '),
    'Access-Control-Max-Age': '600',
  };
}

// The staff API (/v1/staff/) has origins of its own (PLSKIT_STAFF_CORS_ORIGINS,
// the city's intranet portal), none but the sandbox's own by default: residents'
// partner pages never call it, and a token in a page is worth guarding.
export const STAFF_PATH_PREFIX = '/v1/staff/';
const STAFF_EXPOSED_HEADERS = [...EXPOSED_HEADERS, 'WWW-Authenticate'];

/** The headers to add to a staff reply, or null when the origin is not one of `allowList`. */
export function staffCorsHeaders(origin: string | undefined, allowList: readonly string[] | undefined, host?: string): Record<string, string> | null {
  if (origin === undefined || isOwnOrigin(origin, host)) return {};
  if (!allowList?.includes(origin)) return null;
  return { 'Access-Control-Allow-Origin': origin, 'Access-Control-Expose-Headers': STAFF_EXPOSED_HEADERS.join(', ') };
}

export function staffPreflightHeaders(): Record<string, string> {
  return {
    'Access-Control-Allow-Methods': 'GET, POST, DELETE, OPTIONS',
    'Access-Control-Allow-Headers': ['Authorization', 'Content-Type', 'Accept', 'Accept-Language', 'X-Plskit-Fault'].join(', '),
    'Access-Control-Max-Age': '600',
  };
}
