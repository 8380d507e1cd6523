// Senior mode (适老化, MIIT's elder-friendly rules) on every story Storybook
// builds: each story is opened with senior mode on, in Chromium, and every
// piece of visible text must be at least 18 px and every target a resident
// taps at least 60 × 60 px. Needs `npm run build-storybook` first (npm test
// runs it before this step).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { launchChromium } from '../scripts/launch-chromium.mjs';
import { chromiumRunOnly } from './demo-session.mjs';
import { serveDirectory } from './static-server.mjs';

const STATIC = new URL('../storybook-static/', import.meta.url);
const MIN_TEXT_PX = 18;
const MIN_TARGET_PX = 60;

/** Runs in the story's page: the text and targets of the composed tree that fall short. */
function measureSenior({ minText, minTarget }) {
  const problems = [];
  const describe = (element) => {
    const host = element.getRootNode().host;
    const part = element.getAttribute('part') ?? element.className ?? '';
    return `${host ? `<${host.localName}> ` : ''}${element.localName}${part ? `.${String(part).trim().split(/\s+/).join('.')}` : ''}`;
  };
  // visible to a sighted resident: rendered, not hidden, not clipped to a screen-reader-only pixel
  const visible = (element) => {
    if (!element.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) return false;
    const box = element.getBoundingClientRect();
    return box.width > 1 && box.height > 1;
  };
  const elements = [];
  const walk = (root) => {
    for (const element of root.querySelectorAll('*')) {
      elements.push(element);
      if (element.shadowRoot) walk(element.shadowRoot);
    }
  };
  walk(document.querySelector('#storybook-root') ?? document.body);

  for (const element of elements) {
    if (!visible(element)) continue;
    const text = [...element.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE).map((node) => node.textContent.trim()).join('');
    const ownText = text !== '' || ['INPUT', 'SELECT', 'TEXTAREA', 'BUTTON'].includes(element.tagName);
    if (ownText) {
      const size = Number.parseFloat(getComputedStyle(element).fontSize);
      if (size < minText) problems.push(`text ${size}px < ${minText}px: ${describe(element)} "${(text || element.value || '').slice(0, 30)}"`);
    }
  }

  // what a resident taps: links, buttons, form controls and focusable cells; a
  // radio or checkbox counts with its label (tapping the label picks it)
  const targets = elements.filter((element) => element.matches(
    'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [role="gridcell"][tabindex], [role="link"]',
  ) && visible(element));
  for (const element of targets) {
    let box = element.getBoundingClientRect();
    if (element.labels?.length) {
      for (const label of element.labels) {
        const other = label.getBoundingClientRect();
        const left = Math.min(box.left, other.left); const top = Math.min(box.top, other.top);
        box = { width: Math.max(box.right, other.right) - left, height: Math.max(box.bottom, other.bottom) - top, left, top,
          right: Math.max(box.right, other.right), bottom: Math.max(box.bottom, other.bottom) };
      }
    }
    if (box.width + 0.5 < minTarget || box.height + 0.5 < minTarget) {
      problems.push(`target ${Math.round(box.width)}×${Math.round(box.height)}px < ${minTarget}px: ${describe(element)}`);
    }
  }
  return problems;
}

const stories = existsSync(new URL('index.json', STATIC))
  ? Object.values(JSON.parse(readFileSync(new URL('index.json', STATIC), 'utf8')).entries).filter((entry) => entry.type === 'story')
  : [];

let server;
let browser;
// the stories' sizes are measured once, in the Chromium run of the journeys
before(async () => {
  if (chromiumRunOnly.skip) return;
  server = await serveDirectory(STATIC);
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens one story in senior mode and returns what falls short, each line naming the story. */
async function checkStory(page, story) {
  // senior:!true is Storybook's URL form of `senior: true`; axe has its own runs (component tests), so it is off here
  await page.goto(`${server.url}/iframe.html?id=${story.id}&viewMode=story&args=senior:!true&globals=a11y.manual:!true`);
  // the story has rendered and its play function (the steps to its screen) has run
  await page.waitForFunction(() => ['finished', 'errored', 'aborted'].includes(window.__STORYBOOK_PREVIEW__?.currentRender?.phase), null, { timeout: 30_000 });
  const phase = await page.evaluate(() => window.__STORYBOOK_PREVIEW__.currentRender.phase);
  if (phase !== 'finished') return [`${story.id}: the story did not render (${phase})`];
  // every widget settled (a locale's strings may arrive after the story's steps) and in senior mode
  const senior = await page.waitForFunction(() => {
    const hosts = [];
    const walk = (root) => root.querySelectorAll('*').forEach((element) => {
      if (element.shadowRoot) { hosts.push(element); walk(element.shadowRoot); }
    });
    walk(document);
    const widgets = hosts.filter((host) => host.shadowRoot.querySelector(':scope > .root, .root'));
    return widgets.length > 0 && hosts.every((host) => host.isUpdatePending !== true)
      && widgets.every((host) => host.shadowRoot.querySelector('.root').classList.contains('senior'));
  }, null, { timeout: 10_000 }).then(() => true, () => false);
  if (!senior) return [`${story.id}: senior mode did not reach the element`];
  const problems = await page.evaluate(measureSenior, { minText: MIN_TEXT_PX, minTarget: MIN_TARGET_PX });
  return [...new Set(problems)].map((problem) => `${story.id}: ${problem}`);
}

test('Storybook is built (npm run build-storybook)', chromiumRunOnly, () => {
  assert.ok(stories.length > 100, `expected the built stories in ${STATIC.pathname}index.json`);
});

test('every story in senior mode has text of 18 px or more and targets of 60 × 60 px or more', { ...chromiumRunOnly, timeout: 15 * 60_000 }, async () => {
  // two tabs take turns through the list: a story is mostly waiting on its page load
  const queue = [...stories];
  const failures = [];
  await Promise.all([0, 1].map(async () => {
    const page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
    for (let story = queue.shift(); story; story = queue.shift()) failures.push(...await checkStory(page, story));
    await page.close();
  }));
  assert.deepEqual(failures.sort(), []);
});
