// Serves the demo partner page and the elements bundle from fixed directories.
// A file is served only if it is inside its root as the file system resolves
// it (no ../ escapes, no symlink that leads out of the folder) and no part of
// its path is a dotfile (.env, .git/config, .htpasswd stay unserved).
// A file is read once per version (size and mtime). Its compressed copies
// were made by the build (scripts/precompress.mjs: name.js.br and name.js.gz
// beside name.js, with the file's own mtime); a copy whose mtime differs is
// of another version and is not used, and a file without copies is
// compressed when first asked for. A name with a content hash is immutable.
import { lstatSync, readFileSync, realpathSync, statSync, type Stats } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { IMMUTABLE, REVALIDATE } from './cache-policy.js';
import type { CompressedCoding } from './content-coding.js';
import { contentHash, entityTag } from './entity-tag.js';
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

/** The build's content-hashed names: chunks/region-code-3f2a9c1b.js and its source map (rollup's hex [hash]). */
const HASHED_NAME = /-[0-9a-f]{8}\.[a-z]+(\.map)?$/;

/** The suffix of each compressed copy the build writes. */
export const PRECOMPRESSED: Record<CompressedCoding, string> = { br: '.br', gzip: '.gz' };

export interface StaticFile {
  path: string;
  stat: Stats;
}

const inside = (base: string, path: string): boolean => path === base || path.startsWith(base + sep);

/** A segment of a path that starts with a dot: a dotfile or a dot-folder (".", ".." are resolved away before this). */
const hasDotSegment = (relativePath: string): boolean => relativePath.split(/[\\/]/).some((segment) => segment.startsWith('.'));

/** The file under root for a URL path (a file, or a folder's index.html), or null if there is none or it would escape. */
export function resolveStaticFile(root: string, urlPath: string): StaticFile | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || hasDotSegment(decoded)) return null;
  try {
    // the root itself may be a link (a deployment's current/ -> releases/42/): what counts is where it leads
    const base = realpathSync(resolve(root));
    let path = resolve(join(base, decoded));
    if (!inside(base, path)) return null;
    let stat = statSync(path);
    if (stat.isDirectory()) stat = statSync(path = join(path, 'index.html'));
    const real = realpathSync(path);
    if (!stat.isFile() || !inside(base, real) || hasDotSegment(real.slice(base.length))) return null;
    return { path: real, stat };
  } catch {
    return null; // none, or a path through a file (ENOTDIR)
  }
}

interface CachedFile { version: string; representation: Representation }

const files = new Map<string, CachedFile>();

/** The build's compressed copies of a file at this mtime. */
function precompressed(file: string, mtimeMs: number, hash: string): Representation['variants'] {
  const variants: Representation['variants'] = {};
  for (const [coding, suffix] of Object.entries(PRECOMPRESSED) as [CompressedCoding, string][]) {
    // lstat: a copy is a file the build wrote beside it, never a link to elsewhere
    const copy = lstatSync(file + suffix, { throwIfNoEntry: false });
    // the build gives each copy its file's mtime (to the millisecond: what utimes keeps)
    if (copy?.isFile() && Math.abs(copy.mtimeMs - mtimeMs) < 1) variants[coding] = { body: readFileSync(file + suffix), etag: entityTag(hash, coding, 'best') };
  }
  return variants;
}

/** The file as a representation: read, hashed and its compressed copies found once per version. */
export function staticRepresentation({ path: file, stat }: StaticFile): Representation {
  const version = `${stat.size}:${stat.mtimeMs}`;
  const cached = files.get(file);
  if (cached?.version === version) return cached.representation;
  const body = readFileSync(file);
  const hash = contentHash(body);
  const representation: Representation = {
    body, hash, lasting: true, variants: precompressed(file, stat.mtimeMs, hash),
    contentType: MEDIA_TYPES[extname(file)] ?? 'application/octet-stream',
    cacheControl: HASHED_NAME.test(file) ? IMMUTABLE : REVALIDATE,
  };
  files.set(file, { version, representation });
  return representation;
}
