#!/usr/bin/env node
// `npm run build`, after the bundles: a brotli (quality 11) and a gzip (level 9)
// copy beside every file of the CDN bundle and the demo page worth compressing
// (text of 1 KB or more whose copy is smaller): name.js.br and name.js.gz, each
// with its file's mtime. The sandbox sends the copy a client accepts and takes
// a copy whose mtime differs from its file's for one of another version (a file
// edited since the build is compressed when first asked for). Copies whose file
// is gone are removed. The npm package leaves the copies out (a CDN compresses).
//   node scripts/precompress.mjs [folders]   default: the CDN bundle and demo/
import { readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const root = resolve(import.meta.dirname, '..');
export const FOLDERS = ['packages/elements/dist/cdn', 'demo'].map((folder) => join(root, folder));
const TEXT = /\.(html|js|mjs|css|map|json|svg|yaml)$/;
const MIN_BYTES = 1024;
const COPIES = {
  '.br': (body) => promisify(brotliCompress)(body, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
  }),
  '.gz': (body) => promisify(gzip)(body, { level: 9 }),
};

function filesUnder(folder) {
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true, recursive: true });
  } catch {
    return []; // not built (yet)
  }
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

/** Writes the copies of the files under `folder`; returns how many files have copies, and their bytes before and after brotli. */
export async function precompress(folder) {
  const files = filesUnder(folder);
  const present = new Set(files);
  for (const file of files) {
    const suffix = Object.keys(COPIES).find((s) => file.endsWith(s));
    if (suffix && !present.has(file.slice(0, -suffix.length))) rmSync(file);
  }
  const texts = files.filter((file) => TEXT.test(file) && statSync(file).size >= MIN_BYTES);
  const sizes = await Promise.all(texts.map(async (file) => {
    const body = readFileSync(file);
    const { atime, mtime } = statSync(file);
    const written = await Promise.all(Object.entries(COPIES).map(async ([suffix, compress]) => {
      const copy = await compress(body);
      if (copy.length >= body.length) {
        rmSync(file + suffix, { force: true });
        return 0;
      }
      writeFileSync(file + suffix, copy);
      utimesSync(file + suffix, atime, mtime);
      return suffix === '.br' ? copy.length : 0;
    }));
    return { before: body.length, after: written[0] };
  }));
  return {
    files: texts.length,
    before: sizes.reduce((sum, size) => sum + size.before, 0),
    after: sizes.reduce((sum, size) => sum + size.after, 0),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const folders = process.argv.length > 2 ? process.argv.slice(2).map((folder) => resolve(folder)) : FOLDERS;
  for (const folder of folders) {
    const { files, before, after } = await precompress(folder);
    console.log(`precompressed ${files} files in ${folder.replace(`${root}/`, '')}: ${(before / 1024).toFixed(0)} KB, ${(after / 1024).toFixed(0)} KB as brotli`);
  }
}
