#!/usr/bin/env node
// `npm test`: every check CI runs, in the order that fails fastest.
import { findChromium } from './chromium.mjs';
import { runSteps } from './run-steps.mjs';

process.env.CHROME_PATH = findChromium();
process.env.REDOCLY_TELEMETRY = 'off';
process.env.STORYBOOK_DISABLE_TELEMETRY = '1';

runSteps('npm test', [
  ['build', 'npm run build'],
  ['lint', 'npm run lint'],
  ['published packages (tarballs, publint, types, release version)', 'node scripts/check-packages.mjs --out .plskit/packs'],
  ['unit and API tests (Node)', 'npx vitest run'],
  ['component tests (Chromium)', 'npx web-test-runner'],
  ['bundle budgets', 'npx size-limit'],
  ['storybook static build', 'npm run build-storybook'],
  ['end-to-end and strict CSP (built bundles, Chromium)', 'node --test e2e/ packages/elements/test-csp/'],
  ['example apps: React 19 and Vue 3 from the tarballs, strict types, Vite build, Chromium', 'node --test examples/test/'],
]);
