import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A file's Subresource Integrity value: what `integrity="…"` and an import map's `integrity` entries hold. */
export const sha384 = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/**
 * Writes integrity.json beside the CDN bundle: every file it wrote (path
 * relative to the directory, e.g. "chunks/lit-1a2b3c4d.js") to its sha384,
 * hashed from the bytes on disk, as a browser will hash them. A page's import
 * map lists these so the browser checks every chunk the loader imports, not
 * only the loader (docs/security.md).
 */
export function subresourceIntegrity() {
  return {
    name: 'plskit-subresource-integrity',
    writeBundle({ dir }, bundle) {
      const files = Object.keys(bundle).sort();
      const integrity = Object.fromEntries(files.map((file) => [file, sha384(readFileSync(join(dir, file)))]));
      writeFileSync(join(dir, 'integrity.json'), `${JSON.stringify(integrity, null, 2)}\n`);
    },
  };
}
