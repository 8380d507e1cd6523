// Strong entity tags from the bytes of a representation, one per content
// coding (the gzip and brotli bodies are different representations), and the
// If-None-Match check (weak comparison, RFC 9110 §13.1.2: any coding of the
// same content matches).
import { createHash } from 'node:crypto';
import type { ContentCoding } from './content-coding.js';

export const contentHash = (body: Buffer | string): string => createHash('sha1').update(body).digest('base64url');

export const entityTag = (hash: string, coding: ContentCoding): string => (coding === 'identity' ? `"${hash}"` : `"${hash}-${coding}"`);

export function noneMatch(header: string | undefined, hash: string): boolean {
  if (header === undefined) return true;
  for (const raw of header.split(',')) {
    const tag = raw.trim().replace(/^W\//, '');
    if (tag === '*') return false;
    const opaque = tag.replace(/^"|"$/g, '').replace(/-(br|gzip)$/, '');
    if (opaque === hash) return false;
  }
  return true;
}
