// Accept-Encoding negotiation (RFC 9110 §12.5.3) and compression of a reply.
// Brotli is preferred to gzip at equal weight; unknown codings are ignored;
// identity is always acceptable unless refused, and is what small bodies get.
import { promisify } from 'node:util';
import { brotliCompress, brotliCompressSync, constants, gzip, gzipSync, type BrotliOptions, type ZlibOptions } from 'node:zlib';

export type ContentCoding = 'br' | 'gzip' | 'identity';
export type CompressedCoding = Exclude<ContentCoding, 'identity'>;
/** 'fast' for a body compressed while its client waits; 'best' for one compressed once and sent many times. */
export type CompressionLevel = 'fast' | 'best';

/** Below this a compressed body is hardly smaller and costs more time than it saves. */
export const MIN_COMPRESSIBLE_BYTES = 1024;

/** Text (JSON, YAML, HTML, CSS, JavaScript, SVG); images and fonts are compressed already. */
const TEXT_TYPE = /^(text\/|application\/([a-z.+-]*\+)?(json|yaml|javascript)\b|image\/svg\+xml)/;

export const worthCompressing = (contentType: string, length: number): boolean =>
  length >= MIN_COMPRESSIBLE_BYTES && TEXT_TYPE.test(contentType);

function parseAcceptEncoding(header: string): ContentCoding {
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

// browsers send a handful of distinct headers: each is parsed once
const MAX_REMEMBERED = 64;
const negotiated = new Map<string, ContentCoding>();

export function negotiateCoding(header: string | undefined): ContentCoding {
  if (!header) return 'identity';
  let coding = negotiated.get(header);
  if (coding === undefined) {
    coding = parseAcceptEncoding(header);
    if (negotiated.size >= MAX_REMEMBERED) negotiated.clear();
    negotiated.set(header, coding);
  }
  return coding;
}

/** Brotli at quality 5 for a reply made per request (about as small as 6-9, several times quicker), 11 once for good. */
function brotliOptions(body: Buffer, level: CompressionLevel): BrotliOptions {
  return {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: level === 'best' ? 11 : 5,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
    },
  };
}
const gzipOptions = (level: CompressionLevel): ZlibOptions => ({ level: level === 'best' ? 9 : 6 });

/** Compresses now, on this thread: for a reply made per request. */
export function compress(body: Buffer, coding: CompressedCoding): Buffer {
  return coding === 'gzip' ? gzipSync(body, gzipOptions('fast')) : brotliCompressSync(body, brotliOptions(body, 'fast'));
}

const brotliLater = promisify<Buffer, BrotliOptions, Buffer>(brotliCompress);
const gzipLater = promisify<Buffer, ZlibOptions, Buffer>(gzip);

/** Compresses at the best level off the event loop (brotli 11 takes about 100 ms for 40 KB): for a body sent many times. */
export function compressBest(body: Buffer, coding: CompressedCoding): Promise<Buffer> {
  return coding === 'gzip' ? gzipLater(body, gzipOptions('best')) : brotliLater(body, brotliOptions(body, 'best'));
}
