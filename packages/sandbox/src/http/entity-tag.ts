// Strong entity tags from the bytes of a representation, one per content
// coding and compression level (the gzip and brotli bodies, and a body
// compressed quickly or at the best level, are different representations),
// and the If-None-Match check (weak comparison, RFC 9110 §13.1.2: any coding
// of the same content matches).
import { createHash } from 'node:crypto';
import type { CompressionLevel, ContentCoding } from './content-coding.js';

export const contentHash = (body: Buffer | string): string => createHash('sha1').update(body).digest('base64url');

export const entityTag = (hash: string, coding: ContentCoding, level: CompressionLevel = 'fast'): string =>
  (coding === 'identity' ? `"${hash}"` : `"${hash}-${coding}${level === 'best' ? '-best' : ''}"`);

export function noneMatch(header: string | undefined, hash: string): boolean {
  if (header === undefined) return true;
  for (const raw of header.split(',')) {
    const tag = raw.trim().replace(/^W\//, '');
    if (tag === '*') return false;
    // every hash has the same length, so a tag that starts with this one and a dash is of the same content
    const opaque = tag.replace(/^"|"$/g, '');
    if (opaque === hash || opaque.startsWith(`${hash}-`)) return false;
  }
  return true;
}
