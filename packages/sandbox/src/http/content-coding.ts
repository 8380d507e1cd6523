// Accept-Encoding negotiation (RFC 9110 §12.5.3) and compression of a reply.
// Brotli is preferred to gzip at equal weight; unknown codings are ignored;
// identity is always acceptable unless refused, and is what small bodies get.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export type ContentCoding = 'br' | 'gzip' | 'identity';

/** Below this a compressed body is hardly smaller and costs more time than it saves. */
export const MIN_COMPRESSIBLE_BYTES = 1024;

export function negotiateCoding(header: string | undefined): ContentCoding {
  if (!header) return 'identity';
  const weights = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    weights.set(name === 'x-gzip' ? 'gzip' : name, Number.isFinite(weight) ? weight : 0);
  }
  const weightOf = (coding: string) => weights.get(coding) ?? weights.get('*') ?? 0;
  const best = (['br', 'gzip'] as const).reduce<{ coding: ContentCoding; weight: number }>(
    (chosen, coding) => (weightOf(coding) > chosen.weight ? { coding, weight: weightOf(coding) } : chosen),
    { coding: 'identity', weight: 0 },
  );
  return best.coding;
}

/** Compresses for the wire: `level` 'fast' for replies made per request, 'best' for files compressed once. */
export function compress(body: Buffer, coding: Exclude<ContentCoding, 'identity'>, level: 'fast' | 'best'): Buffer {
  if (coding === 'gzip') return gzipSync(body, { level: level === 'best' ? 9 : 6 });
  return brotliCompressSync(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: level === 'best' ? 11 : 5,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
    },
  });
}
