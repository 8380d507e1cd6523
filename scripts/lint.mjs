#!/usr/bin/env node
// `npm run lint`: the contract, the generated types, and the code (tests
// included: vitest and esbuild strip types without checking them).
import { runSteps } from './run-steps.mjs';

process.env.REDOCLY_TELEMETRY = 'off';
runSteps('lint', [
  ['OpenAPI contract (redocly)', 'npx redocly lint openapi/public-legal-services.yaml --format=stylish'],
  ['generated files match the contract', 'node scripts/check-generated.mjs'],
  ['elements version stamp is fresh', 'node packages/elements/scripts/write-version.mjs --check'],
  ['custom elements manifest is fresh', 'node packages/elements/scripts/check-manifest.mjs'],
  ['eslint', 'npx eslint --max-warnings=0 .'],
  ...['core', 'sdk', 'sandbox', 'elements'].map((name) => [`type-check ${name} tests`, `npx tsc -p packages/${name}/test`]),
  ['type-check stories', 'npx tsc -p stories'],
]);
