// What every end-to-end test of the demo page starts from: the sandbox process
// on a fresh SQLite file, at the date the demo's data is written for, and the
// browser of PLSKIT_ENGINE (Debian's Chromium, or WebKit: scripts/launch-browser.mjs);
// both started before the file's tests and closed after.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before } from 'node:test';
import { journeyEngine, launchBrowser } from '../scripts/launch-browser.mjs';
import { startSandboxProcess } from '../scripts/sandbox-process.mjs';

/** The demo's "now", 1 September 2026: the booker's calendar and holidays are the ones the tests name. */
export const DEMO_NOW = '2026-09-01T09:00:00+08:00';

/** The engine this run's journeys are in: chromium or webkit. */
export const engine = journeyEngine();

/**
 * For a test that checks the server, or uses what only Chromium's driver
 * offers (network events, PDF): it runs once, in the Chromium run, and says
 * so in the others.
 */
export const chromiumRunOnly = engine === 'chromium' ? {} : { skip: 'checked in the Chromium run' };

export function demoSession(name) {
  const db = join(mkdtempSync(join(tmpdir(), `plskit-e2e-${name}-`)), 'sandbox.db');
  const session = {
    db,
    /** The running sandbox (`url`, `printed()`, `stop()`). */
    sandbox: undefined,
    browser: undefined,
    /** Starts the sandbox again on the same file (after `sandbox.stop()`). */
    async restart() {
      session.sandbox = await startSandboxProcess({ PLSKIT_DB: db, PLSKIT_NOW: DEMO_NOW });
    },
  };
  before(async () => {
    await session.restart();
    session.browser = await launchBrowser();
  });
  after(async () => {
    await session.browser?.close();
    await session.sandbox?.stop();
  });
  return session;
}
