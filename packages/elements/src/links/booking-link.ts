// A link that opens the booker on a center and a service (e.g. from the legal-aid
// check's "where to apply"): in the URL fragment, like the manage link, and
// with nothing personal in it.

const KEY = 'pls-book';

export function bookingLink(page: string, center: string, service: string): string {
  return `${page}#${KEY}=${encodeURIComponent(center)}.${encodeURIComponent(service)}`;
}

export function readBookingLink(hash: string): { center: string; service: string } | undefined {
  const [center, service] = new URLSearchParams(hash.replace(/^#/, '')).get(KEY)?.split('.') ?? [];
  return center && service && /^[a-z0-9-]+$/.test(center) && /^[a-z-]+$/.test(service) ? { center, service } : undefined;
}
