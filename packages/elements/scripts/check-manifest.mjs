#!/usr/bin/env node
// Fails when the committed custom-elements.json is not what the analyzer makes
// of the source today (the framework and editor types, the docs' API tables
// and Storybook all read it). Needs dist/ (the config reads the design tokens).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const fresh = mkdtempSync(join(tmpdir(), 'plskit-manifest-'));
// the analyzer joins --outdir to the working directory, even an absolute one,
// and (packagejson: true) points package.json's customElements at it: put that back
const packageJson = readFileSync(join(packageDir, 'package.json'), 'utf8');
try {
  execFileSync('npx', ['cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--outdir', relative(packageDir, fresh)],
    { cwd: packageDir, stdio: 'pipe' });
} finally {
  writeFileSync(join(packageDir, 'package.json'), packageJson);
}
const committed = readFileSync(join(packageDir, 'custom-elements.json'), 'utf8');
if (readFileSync(join(fresh, 'custom-elements.json'), 'utf8') !== committed) {
  console.error('packages/elements/custom-elements.json is stale: run `npm run build` and commit it.');
  process.exit(1);
}
process.stdout.write('packages/elements/custom-elements.json matches the source.\n');
