#!/usr/bin/env node
// Finds a Chromium for the browser tests and exports it as CHROME_PATH.
// Where none is found and we run as root on Debian, installs Debian's `chromium`
// (tools that download their own browser cannot work on these machines);
// elsewhere it says exactly what to install and exits non-zero.
//
//   node scripts/chromium.mjs            prints the path
//   node scripts/chromium.mjs -- cmd …   runs cmd with CHROME_PATH set
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { installDebianPackages } from './debian-packages.mjs';

/**
 * Flags for headless Chromium on these machines: no sandbox as root, and no
 * background connections to Google's hosts, which the closed network refuses.
 */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

const candidates = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
].filter(Boolean);

const found = () => candidates.find((path) => existsSync(path));

export function findChromium() {
  let path = found();
  if (path) return path;
  if (installDebianPackages(['chromium'], '[chromium] none found (about 40 s)')) {
    path = found();
    if (path) return path;
  }
  console.error(
    '[chromium] No Chromium found. The browser tests need one:\n' +
      '  Debian/Ubuntu: sudo apt-get install -y chromium\n' +
      '  macOS:         brew install --cask chromium\n' +
      '  or point CHROME_PATH at an existing Chrome/Chromium binary.',
  );
  process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const path = findChromium();
  const dashes = process.argv.indexOf('--');
  if (dashes === -1) {
    console.log(path);
  } else {
    const [cmd, ...args] = process.argv.slice(dashes + 1);
    const result = spawnSync(cmd, args, {
      stdio: 'inherit',
      shell: process.platform === 'win32',
      env: { ...process.env, CHROME_PATH: path, PATH: `${process.cwd()}/node_modules/.bin:${process.env.PATH}` },
    });
    process.exit(result.status ?? 1);
  }
}
