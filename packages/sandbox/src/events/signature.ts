// The Plskit-Signature header, as Stripe signs its webhooks: the time of
// sending and an HMAC-SHA256 of "<t>.<raw body>" under each secret in use (two
// while a secret is rotated). The receiver recomputes it over the bytes it got
// and refuses an old `t`, so a captured request cannot be replayed later.
import { createHmac } from 'node:crypto';

export const SIGNATURE_HEADER = 'Plskit-Signature';

/** `t=<unix seconds>,v1=<hex>[,v1=<hex>]` for `body` sent at `timestamp`. */
export function signatureHeader(body: string, secrets: readonly string[], timestamp: number): string {
  const signed = `${timestamp}.${body}`;
  return [`t=${timestamp}`, ...secrets.map((secret) => `v1=${createHmac('sha256', secret).update(signed, 'utf8').digest('hex')}`)].join(',');
}
