// Headers of the demo partner page: the Content-Security-Policy docs/security.md
// tells partners to use (the API being the page's own origin, connect-src is
// 'self'), plus what a page of a public service should send anyway. The demo's
// favicon is an empty data: URL, hence img-src.
export const DEMO_PAGE_POLICY = [
  "default-src 'self'",
  "style-src 'self'",
  "require-trusted-types-for 'script'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "object-src 'none'",
].join('; ');

export const PAGE_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': DEMO_PAGE_POLICY,
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
};
