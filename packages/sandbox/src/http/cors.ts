// CORS: any origin by default, so a partner can try the widgets from their own
// page at once; only the listed origins once an allow-list is configured.
export const ALLOWED_REQUEST_HEADERS = [
  'Content-Type', 'Accept', 'Accept-Language', 'X-Partner-Key', 'Idempotency-Key', 'X-Manage-Token', 'X-Plskit-Fault',
];
export const EXPOSED_HEADERS = ['Retry-After', 'Idempotent-Replayed', 'X-Request-Id', 'Content-Language'];

/** The headers to add, or null when the origin is not allowed. */
export function corsHeaders(origin: string | undefined, allowList: string[] | undefined): Record<string, string> | null {
  if (origin === undefined) return {};
  if (allowList === undefined || allowList.length === 0) {
    return { 'Access-Control-Allow-Origin': '*', 'Access-Control-Expose-Headers': EXPOSED_HEADERS.join(', ') };
  }
  if (!allowList.includes(origin)) return null;
  return {
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Expose-Headers': EXPOSED_HEADERS.join(', '),
    Vary: 'Origin',
  };
}

export function preflightHeaders(): Record<string, string> {
  return {
    'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
    'Access-Control-Allow-Headers': ALLOWED_REQUEST_HEADERS.join(', '),
    'Access-Control-Max-Age': '600',
  };
}
