#!/usr/bin/env node
// `npm run build`: type-check and compile every package (tsc project references),
// then the published bundles (rollup), their compressed copies for the sandbox
// to serve, and the custom elements manifest.
import { runSteps } from './run-steps.mjs';

runSteps('build', [
  ['elements version stamp (from package.json)', 'node packages/elements/scripts/write-version.mjs'],
  ['typescript (all packages)', 'npx tsc -b packages/core packages/sdk packages/elements packages/sandbox'],
  ['bundles', 'npx rollup -c --silent'],
  ['compressed copies of the CDN bundle and the demo page (brotli, gzip)', 'node scripts/precompress.mjs'],
  ['custom elements manifest', 'npm run analyze -w @plskit/elements --if-present'],
]);
