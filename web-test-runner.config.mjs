// Component tests in Debian's headless Chromium (see scripts/chromium.mjs).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { fileURLToPath } from 'node:url';

const args = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

export default {
  files: ['packages/elements/test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development', 'browser'] },
  // the plugin reads the tsconfig raw and ignores "extends": point it at the file
  // that holds experimentalDecorators, or Lit decorators fail to compile
  plugins: [esbuildPlugin({ ts: true, target: 'es2022',
    tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) })],
  browsers: [chromeLauncher({ launchOptions: {
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', headless: true, args } })],
  concurrency: 1, browserStartTimeout: 60000, testsFinishTimeout: 120000,
  testFramework: { config: { timeout: 10000 } },
};
