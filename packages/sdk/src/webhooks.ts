// Verifying what the API sends: an event to your endpoint (or, for the city's
// SMS gateway, a text message), signed as Stripe signs its webhooks. Uses
// WebCrypto (crypto.subtle: Node 20+, Deno, browsers in secure contexts), so
// it is asynchronous. A server helper: no widget imports it, so no widget
// bundle carries it.
import { PlsWebhookHeaderError, PlsWebhookSignatureError, PlsWebhookTimestampError } from './errors.js';
import type { WebhookEvent } from './types.js';

export interface VerifyWebhookOptions {
  /** How far the request's `t` may be from now (default 300 s, as Stripe's). */
  toleranceSeconds?: number;
  /** Now, in Unix seconds (default: the clock). */
  now?: number;
}

const encoder = new TextEncoder();

function parseHeader(header: string | null | undefined): { timestamp: number; signatures: Uint8Array<ArrayBuffer>[] } {
  if (!header) throw new PlsWebhookHeaderError('is missing');
  let timestamp: number | undefined;
  const signatures: Uint8Array<ArrayBuffer>[] = [];
  for (const part of header.split(',')) {
    const at = part.indexOf('=');
    if (at < 1) throw new PlsWebhookHeaderError('has a part that is not key=value');
    const [key, value] = [part.slice(0, at).trim(), part.slice(at + 1).trim()];
    if (key === 't') {
      if (!/^\d{1,12}$/.test(value) || timestamp !== undefined) throw new PlsWebhookHeaderError('needs one t=<unix seconds>');
      timestamp = Number(value);
    } else if (key === 'v1') {
      if (!/^[0-9a-f]{64}$/.test(value)) throw new PlsWebhookHeaderError('has a v1 that is not 64 hex digits');
      signatures.push(Uint8Array.from(value.match(/../g) as string[], (byte) => parseInt(byte, 16)));
    }
    // another scheme (v0, a future v2) is not ours to judge: skipped
  }
  if (timestamp === undefined) throw new PlsWebhookHeaderError('has no t=');
  if (signatures.length === 0) throw new PlsWebhookHeaderError('has no v1= signature');
  return { timestamp, signatures };
}

/**
 * The event (or message) in `rawBody` if `signatureHeader` (Plskit-Signature)
 * proves it came from the API: some v1 is the HMAC-SHA256 of "<t>.<rawBody>"
 * under one of `secret` (give the old and the new one while the operator
 * rotates it) and `t` is within the tolerance of now. Pass the body exactly as
 * received, before any JSON parsing. Throws PlsWebhookHeaderError,
 * PlsWebhookSignatureError or PlsWebhookTimestampError; answer those 400.
 */
export async function verifyWebhook<Payload = WebhookEvent>(
  rawBody: string | Uint8Array, signatureHeader: string | null | undefined, secret: string | readonly string[],
  { toleranceSeconds = 300, now = Date.now() / 1000 }: VerifyWebhookOptions = {},
): Promise<Payload> {
  const { timestamp, signatures } = parseHeader(signatureHeader);
  const body = typeof rawBody === 'string' ? encoder.encode(rawBody) : rawBody;
  const prefix = encoder.encode(`${timestamp}.`);
  const signed = new Uint8Array(prefix.length + body.length);
  signed.set(prefix);
  signed.set(body, prefix.length);
  let genuine = false;
  for (const key of typeof secret === 'string' ? [secret] : secret) {
    const hmac = await crypto.subtle.importKey('raw', encoder.encode(key), { name: 'HMAC', hash: 'SHA-256' }, false, ['verify']);
    // verify() compares in constant time: how much of a guess matched does not show in the time taken
    for (const signature of signatures) genuine ||= await crypto.subtle.verify('HMAC', hmac, signature, signed);
  }
  if (!genuine) throw new PlsWebhookSignatureError();
  if (Math.abs(now - timestamp) > toleranceSeconds) throw new PlsWebhookTimestampError(timestamp, toleranceSeconds);
  return JSON.parse(new TextDecoder().decode(body)) as Payload;
}
