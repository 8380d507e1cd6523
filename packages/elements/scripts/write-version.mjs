#!/usr/bin/env node
// Writes src/version.ts from package.json's version, so the stamp on every class
// always names the version npm and the CDN publish (`changeset version` bumps
// package.json; the next build carries it over). `--check` only compares.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const { version } = JSON.parse(readFileSync(here('../package.json'), 'utf8'));
const target = here('../src/version.ts');
const text = `// Generated from package.json by scripts/write-version.mjs at build time: never edit.
// The library version stamped on every class it defines, so that define() can
// tell "this copy already defined it" from "another version got there first".
export const PLSKIT_ELEMENTS_VERSION = '${version}';
`;

if (process.argv.includes('--check')) {
  if (readFileSync(target, 'utf8') !== text) {
    console.error(`packages/elements/src/version.ts does not say ${version} (package.json): run \`npm run build\` and commit it.`);
    process.exit(1);
  }
  process.stdout.write(`packages/elements/src/version.ts says ${version}, as package.json does.\n`);
} else if (readFileSync(target, 'utf8') !== text) {
  writeFileSync(target, text);
}
