// Serves the demo partner page and the elements bundle from fixed directories.
// Paths are resolved and checked to stay inside their root (no ../ escapes).
// A file is read once per version (size and mtime) and compressed once, with
// brotli and gzip at their best levels, in the background: until that is
// done the file goes out as is. A name with a content hash in it is immutable.
import { readdirSync, readFileSync, statSync, type Dirent } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { IMMUTABLE, REVALIDATE } from './cache-policy.js';
import { MIN_COMPRESSIBLE_BYTES } from './content-coding.js';
import { contentHash } from './entity-tag.js';
import type { Representation } from './representation.js';

const MEDIA_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.yaml': 'application/yaml; charset=utf-8',
};

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.map', '.json', '.svg', '.yaml']);

/** chunk-3f2a9c1b.js, app.5d41402a.css: a hash of 8+ characters before the extension. */
const HASHED_NAME = /[.-][A-Za-z0-9_]{8,}\.[a-z]+$/;

/** The file under root for a URL path, or null if there is none or it would escape. */
export function resolveStaticFile(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const base = resolve(root);
  let file = resolve(join(base, decoded));
  if (file !== base && !file.startsWith(base + sep)) return null;
  try {
    if (statSync(file).isDirectory()) file = join(file, 'index.html');
    return statSync(file).isFile() ? file : null;
  } catch {
    return null;
  }
}

interface CachedFile { version: string; representation: Representation }

const files = new Map<string, CachedFile>();

function compressInBackground(representation: Representation): void {
  const variants: NonNullable<Representation['variants']> = {};
  representation.variants = variants;
  brotliCompress(representation.body, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT },
  }, (error, body) => { if (!error) variants.br = body; });
  gzip(representation.body, { level: 9 }, (error, body) => { if (!error) variants.gzip = body; });
}

/** The file as a representation: read, hashed and (in the background) compressed once per version. */
export function staticRepresentation(file: string): Representation {
  const stat = statSync(file);
  const version = `${stat.size}:${stat.mtimeMs}`;
  const cached = files.get(file);
  if (cached?.version === version) return cached.representation;
  const body = readFileSync(file);
  const representation: Representation = {
    body, hash: contentHash(body),
    contentType: MEDIA_TYPES[extname(file)] ?? 'application/octet-stream',
    cacheControl: HASHED_NAME.test(file) ? IMMUTABLE : REVALIDATE,
  };
  if (COMPRESSIBLE.has(extname(file)) && body.length >= MIN_COMPRESSIBLE_BYTES) compressInBackground(representation);
  files.set(file, { version, representation });
  return representation;
}

/** Reads and starts compressing every file under the roots, so the first visitor already gets them compressed. */
export function warmStaticFiles(roots: readonly string[]): void {
  const walk = (dir: string): void => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return; // a bundle not built yet is served once it is
    }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) staticRepresentation(path);
    }
  };
  roots.forEach(walk);
}
