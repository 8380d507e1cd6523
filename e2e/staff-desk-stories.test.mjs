// Every <pls-staff-desk> story Storybook builds, opened in Chromium and run
// through axe at WCAG 2.2 AA (shadow roots and the modal dialog included):
// the desk's states as staff meet them, none with a violation. Needs
// `npm run build-storybook` first (npm test runs it before this step).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, test } from 'node:test';
import { launchChromium } from '../scripts/launch-chromium.mjs';
import { chromiumRunOnly } from './demo-session.mjs';
import { serveDirectory } from './static-server.mjs';

const STATIC = new URL('../storybook-static/', import.meta.url);
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const stories = existsSync(new URL('index.json', STATIC))
  ? Object.values(JSON.parse(readFileSync(new URL('index.json', STATIC), 'utf8')).entries)
    .filter((entry) => entry.type === 'story' && /^staff-.*-pls-staff-desk--/.test(entry.id))
  : [];

let server;
let browser;
before(async () => {
  if (chromiumRunOnly.skip) return;
  server = await serveDirectory(STATIC);
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('every staff desk story renders its state with no axe violation (WCAG 2.2 AA)', { ...chromiumRunOnly, timeout: 5 * 60_000 }, async () => {
  assert.ok(stories.length >= 30, `expected the staff desk's stories in ${STATIC.pathname}index.json`);
  const page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
  const failures = [];
  for (const story of stories) {
    await page.goto(`${server.url}/iframe.html?id=${story.id}&viewMode=story&globals=a11y.manual:!true`);
    await page.waitForFunction(() => ['finished', 'errored', 'aborted'].includes(window.__STORYBOOK_PREVIEW__?.currentRender?.phase), null, { timeout: 30_000 });
    if (await page.evaluate(() => window.__STORYBOOK_PREVIEW__.currentRender.phase) !== 'finished') {
      failures.push(`${story.id}: did not render`);
      continue;
    }
    // settled: the element's update done and its words loaded (a screen, a failure or the loading placeholder shown)
    await page.waitForFunction(() => {
      const desk = document.querySelector('pls-staff-desk');
      return desk && !desk.isUpdatePending && desk.shadowRoot.querySelector('.root');
    }, null, { timeout: 10_000 });
    await page.addScriptTag({ content: AXE });
    const violations = await page.evaluate(async () => (await window.axe.run(document.querySelector('pls-staff-desk'), {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }, resultTypes: ['violations'],
    })).violations.map((violation) => `${violation.id}: ${JSON.stringify(violation.nodes.map((node) => node.target))}`));
    failures.push(...violations.map((violation) => `${story.id}: ${violation}`));
  }
  await page.close();
  assert.deepEqual(failures, []);
});
