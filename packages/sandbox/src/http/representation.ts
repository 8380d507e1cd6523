// Sends a body as the client can best take it: 304 when its ETag still
// matches, else brotli or gzip by Accept-Encoding (with Vary), else as is.
// A body is compressed at most once per coding while it is sent again: a
// lasting one (a static file, the contract, reference data) keeps its own
// compressed copies, made at build time or, the first time they are asked
// for, quickly for that reply and at the best level in the background for
// every later one; any other body with a hash (a popular search) is kept
// compressed by hash, a few hundred at most.
import type { ServerResponse } from 'node:http';
import { compress, compressBest, negotiateCoding, worthCompressing, type CompressedCoding } from './content-coding.js';
import { entityTag, noneMatch } from './entity-tag.js';
import { NO_STORE } from './cache-policy.js';

/** A compressed body and its entity tag. */
export interface Variant {
  body: Buffer;
  etag: string;
}

export interface Representation {
  body: Buffer;
  /** Hash of the body (contentHash): the ETag's opaque part and the compression cache's key. */
  hash: string;
  contentType: string;
  cacheControl: string;
  /** Sent many times unchanged: keeps its own compressed copies, at the best level once they are made. */
  lasting?: boolean;
  /** The compressed copies a lasting representation keeps (a static file's from the build). */
  variants?: Partial<Record<CompressedCoding, Variant>>;
}

export interface Negotiation {
  acceptEncoding: string | undefined;
  ifNoneMatch: string | undefined;
}

const MAX_KEPT = 512;
const kept = new Map<string, Variant>();

function lastingVariant(representation: Representation, coding: CompressedCoding): Variant {
  const variants = (representation.variants ??= {});
  const { body, hash } = representation;
  const fast = { body: compress(body, coding), etag: entityTag(hash, coding) };
  variants[coding] = fast;
  // a failed compression leaves the quick copy in place: nothing to report to anyone
  compressBest(body, coding).then((best) => {
    variants[coding] = { body: best, etag: entityTag(hash, coding, 'best') };
  }, () => undefined);
  return fast;
}

/** The body in `coding`, compressed now or taken from the copies kept. */
function encoded(representation: Representation, coding: CompressedCoding): Variant {
  const own = representation.variants?.[coding];
  if (own) return own;
  // a body without a hash (never stored: personal data) is compressed and forgotten
  if (!representation.hash) return { body: compress(representation.body, coding), etag: '' };
  if (representation.lasting) return lastingVariant(representation, coding);
  const key = `${representation.hash}:${coding}`;
  let variant = kept.get(key);
  if (!variant) {
    variant = { body: compress(representation.body, coding), etag: entityTag(representation.hash, coding) };
    if (kept.size >= MAX_KEPT) kept.delete(kept.keys().next().value as string);
    kept.set(key, variant);
  }
  return variant;
}

/** Sends the representation; `headers` (the request's own: id, language, CORS) is a fresh object and becomes the reply's. */
export function sendRepresentation(
  response: ServerResponse, status: number, representation: Representation, negotiation: Negotiation,
  headers: Record<string, string>,
): void {
  const cacheable = status === 200 && representation.cacheControl !== NO_STORE;
  const compressible = worthCompressing(representation.contentType, representation.body.length);
  headers['Cache-Control'] = representation.cacheControl;
  headers['X-Content-Type-Options'] = 'nosniff';
  if (compressible) headers.Vary = headers.Vary ? `${headers.Vary}, Accept-Encoding` : 'Accept-Encoding';
  const coding = compressible ? negotiateCoding(negotiation.acceptEncoding) : 'identity';
  if (cacheable && !noneMatch(negotiation.ifNoneMatch, representation.hash)) {
    // the tag of what a 200 would send now, without compressing for a reply that has no body
    headers.ETag = coding === 'identity' ? entityTag(representation.hash, coding)
      : (representation.variants?.[coding]?.etag ?? entityTag(representation.hash, coding));
    response.writeHead(304, headers).end();
    return;
  }
  const variant = coding === 'identity' ? undefined : encoded(representation, coding);
  if (cacheable) headers.ETag = variant ? variant.etag : entityTag(representation.hash, 'identity');
  const body = variant ? variant.body : representation.body;
  headers['Content-Type'] = representation.contentType;
  headers['Content-Length'] = String(body.length);
  if (variant) headers['Content-Encoding'] = coding;
  response.writeHead(status, headers).end(body);
}
