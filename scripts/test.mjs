#!/usr/bin/env node
// `npm test`: every check CI runs, in the order that fails fastest.
import { findChromium } from './chromium.mjs';
import { findFirefox } from './firefox.mjs';
import { runSteps } from './run-steps.mjs';
import { findWebKit } from './webkit.mjs';

// the three engines first: where one is missing it is installed (as root on
// Debian) before any step starts, so that the steps' times are the tests' own
process.env.CHROME_PATH = findChromium();
process.env.FIREFOX_PATH = findFirefox();
findWebKit();
process.env.REDOCLY_TELEMETRY = 'off';
process.env.STORYBOOK_DISABLE_TELEMETRY = '1';

runSteps('npm test', [
  ['build', 'npm run build'],
  ['lint', 'npm run lint'],
  ['published packages (tarballs, publint, types, release version)', 'node scripts/check-packages.mjs --out .plskit/packs'],
  ['unit and API tests (Node)', 'npx vitest run'],
  // one engine after another: two cores, and each engine's time in the summary
  ['component tests (Chromium)', 'npx web-test-runner'],
  ['component tests (Firefox)', 'PLSKIT_ENGINE=firefox npx web-test-runner'],
  ['component tests (WebKit)', 'PLSKIT_ENGINE=webkit npx web-test-runner'],
  ['bundle budgets', 'npx size-limit'],
  ['storybook static build', 'npm run build-storybook'],
  ['end-to-end and strict CSP (built bundles, Chromium)', 'node --test e2e/ packages/elements/test-csp/'],
  ['end-to-end journeys and strict CSP (built bundles, WebKit)', 'PLSKIT_ENGINE=webkit node --test e2e/ packages/elements/test-csp/'],
  ['example apps: React 19, Vue 3, Next.js 16 and Nuxt 3 from the tarballs, strict types, production build, Chromium', 'node --test examples/test/'],
]);
