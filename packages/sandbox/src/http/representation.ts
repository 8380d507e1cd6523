// Sends a body as the client can best take it: 304 when its ETag still
// matches, else brotli or gzip by Accept-Encoding (with Vary), else as is.
// Compressed bodies are kept by content hash, so a reply sent again (reference
// data, a popular search, a static file) is compressed once.
import type { ServerResponse } from 'node:http';
import { compress, MIN_COMPRESSIBLE_BYTES, negotiateCoding, type ContentCoding } from './content-coding.js';
import { entityTag, noneMatch } from './entity-tag.js';
import { NO_STORE } from './cache-policy.js';

export interface Representation {
  body: Buffer;
  /** Hash of the body (contentHash): the ETag's opaque part and the compression cache's key. */
  hash: string;
  contentType: string;
  cacheControl: string;
  /** Compressed copies ready to send, when known in advance (static files). */
  variants?: Partial<Record<Exclude<ContentCoding, 'identity'>, Buffer>>;
}

export interface Negotiation {
  acceptEncoding: string | undefined;
  ifNoneMatch: string | undefined;
}

const MAX_KEPT = 512;
const kept = new Map<string, Buffer>();

/** The body in `coding`, compressed now or taken from the ones kept. */
function encoded(representation: Representation, coding: Exclude<ContentCoding, 'identity'>): Buffer {
  const ready = representation.variants?.[coding];
  if (ready) return ready;
  // a body without a hash (never stored: personal data) is compressed and forgotten
  if (!representation.hash) return compress(representation.body, coding, 'fast');
  const key = `${representation.hash}:${coding}`;
  let body = kept.get(key);
  if (!body) {
    body = compress(representation.body, coding, 'fast');
    if (kept.size >= MAX_KEPT) kept.delete(kept.keys().next().value as string);
    kept.set(key, body);
  }
  return body;
}

function withVary(headers: Record<string, string>, field: string): string {
  const vary = headers.Vary;
  return vary ? `${vary}, ${field}` : field;
}

export function sendRepresentation(
  response: ServerResponse, status: number, representation: Representation, negotiation: Negotiation,
  headers: Record<string, string>,
): void {
  const cacheable = status === 200 && representation.cacheControl !== NO_STORE;
  const compressible = representation.body.length >= MIN_COMPRESSIBLE_BYTES;
  const common: Record<string, string> = {
    ...headers,
    'Cache-Control': representation.cacheControl,
    'X-Content-Type-Options': 'nosniff',
    ...(compressible ? { Vary: withVary(headers, 'Accept-Encoding') } : {}),
  };
  const coding = compressible ? negotiateCoding(negotiation.acceptEncoding) : 'identity';
  if (cacheable) {
    common.ETag = entityTag(representation.hash, coding);
    if (!noneMatch(negotiation.ifNoneMatch, representation.hash)) {
      response.writeHead(304, common).end();
      return;
    }
  }
  const body = coding === 'identity' ? representation.body : encoded(representation, coding);
  response.writeHead(status, {
    ...common,
    'Content-Type': representation.contentType,
    'Content-Length': String(body.length),
    ...(coding === 'identity' ? {} : { 'Content-Encoding': coding }),
  }).end(body);
}
