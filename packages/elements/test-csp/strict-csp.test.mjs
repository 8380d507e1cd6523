// The widgets under exactly the policy docs/security.md publishes, in real
// Chromium: a partner page on one origin, the sandbox API on another, with the
// lawyer finder (every region) and the legal-aid checker (Rencheng, from its
// provider: a region would narrow the finder's search too); also two
// copies (same version, another version) of the CDN bundle on one page.
//   npm run build && node --test packages/elements/test-csp/
// (needs packages/elements/dist/cdn/plskit.js and packages/sandbox/dist).
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../../../e2e/browser.mjs';
import { startSandbox } from '../../sandbox/dist/index.js';

const bundle = fileURLToPath(new URL('../dist/cdn/plskit.js', import.meta.url));
const policy = (api) => `default-src 'self'; style-src 'self'; require-trusted-types-for 'script'; connect-src ${api}`;

const page = (api, scripts = ['/plskit.js']) => `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>strict CSP partner page</title>
${scripts.map((src) => `<script type="module" src="${src}"></script>`).join('')}</head>
<body><main>
  <pls-provider api-base="${api}/" locale="zh-CN">
    <pls-lawyer-finder page-size="3"></pls-lawyer-finder>
  </pls-provider>
  <pls-provider api-base="${api}/" locale="zh-CN" region="370811">
    <pls-aid-eligibility></pls-aid-eligibility>
  </pls-provider>
</main></body></html>`;

let sandbox;
let site;
let siteUrl;
let browser;

before(async () => {
  sandbox = await startSandbox({ port: 0, db: ':memory:', now: '2026-09-01T09:00:00+08:00', logger: false, rateLimit: false,
    hostileRecords: true });
  const script = await readFile(bundle);
  // a second copy of the same version, and a copy of another version: separate module instances
  const otherVersion = Buffer.from(script.toString('utf8').replace('"0.1.0"', '"0.0.9"'));
  const scripts = { '/plskit.js': script, '/again/plskit.js': script, '/other/plskit.js': otherVersion };
  const pages = {
    '/': [], '/two-copies': ['/plskit.js', '/again/plskit.js'], '/two-versions': ['/plskit.js', '/other/plskit.js'],
  };
  site = createServer((request, response) => {
    if (scripts[request.url]) {
      response.writeHead(200, { 'Content-Type': 'text/javascript' }).end(scripts[request.url]);
    } else if (pages[request.url]) {
      const sources = pages[request.url].length ? pages[request.url] : undefined;
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': policy(sandbox.url) })
        .end(page(sandbox.url, sources));
    } else if (request.url === '/favicon.ico') {
      response.writeHead(204).end(); // the browser asks by itself; not the widgets' doing
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => site.listen(0, '127.0.0.1', resolve));
  siteUrl = `http://127.0.0.1:${site.address().port}/`;
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => (site ? site.close(resolve) : resolve()));
  await sandbox?.close();
});

/** A tab on the partner page that records CSP violations, console errors and uncaught errors. */
async function watchedTab() {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const problems = [];
  // init scripts run outside the page's CSP: they only watch
  await tab.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`);
    });
  });
  tab.on('console', (message) => {
    if (message.type() === 'error') problems.push(`${message.text()} (${message.location().url})`);
  });
  tab.on('pageerror', (error) => problems.push(error.message));
  return { context, tab, problems };
}

test('the lawyer finder renders, searches and opens a detail under the strict policy', async () => {
  const { context, tab, problems } = await watchedTab();
  const response = await tab.goto(siteUrl);
  assert.equal(response.headers()['content-security-policy'], policy(sandbox.url));

  const cards = tab.locator('pls-lawyer-finder [part~="card"]');
  await cards.first().waitFor({ timeout: 15000 });
  assert.equal(await cards.count(), 3);

  await tab.locator('pls-lawyer-finder input[name="q"]').fill('测试');
  await tab.keyboard.press('Enter');
  await tab.locator('pls-lawyer-finder h3', { hasText: '<script>alert(1)</script>' }).waitFor({ timeout: 15000 });

  await tab.locator('pls-lawyer-finder [part~="details-button"]').first().click();
  await tab.locator('pls-lawyer-finder [part~="detail-name"]').waitFor();
  // styles arrive through adoptedStyleSheets, allowed by style-src 'self'
  const fontSize = await tab.locator('pls-lawyer-finder [part~="detail-name"]').evaluate((el) => getComputedStyle(el).fontSize);
  assert.notEqual(fontSize, '16px');

  assert.deepEqual(await tab.evaluate(() => window.__violations), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the legal-aid checker walks to a result under the strict policy (ruleset and confirmation from the API)', async () => {
  const { context, tab, problems } = await watchedTab();
  await tab.goto(siteUrl);
  const checker = tab.locator('pls-aid-eligibility');
  await checker.locator('[part~="start-button"]').click({ timeout: 15000 });
  // an accused minor: three answers, and the authorities must arrange a lawyer
  for (const [question, code] of [['proceeding', 'criminal'], ['criminalRole', 'suspect-or-defendant'], ['circumstances', 'minor']]) {
    await checker.locator(`form[data-question="${question}"] input[value="${code}"]`).check();
    await checker.locator('[part~="continue-button"]').click();
  }
  await checker.locator('[part~="see-result-button"]').click();
  // confirmed: the answers went to the sandbox (connect-src) and its result matched the browser's
  await checker.locator('[part~="confirmation"][data-confirmation="confirmed"]').waitFor({ timeout: 15000 });
  assert.equal(await checker.locator('[part~="result"]').getAttribute('data-outcome'), 'assigned-by-authority');
  // the citation <span> is a block only if the element's adopted stylesheet applied
  assert.equal(await checker.locator('[part~="basis"]').first().evaluate((el) => getComputedStyle(el).display), 'block');

  assert.deepEqual(await tab.evaluate(() => window.__violations), []);
  assert.deepEqual(problems, []);
  await context.close();
});

/** Opens a page and returns what the console said, once the finder shows results. */
async function consoleOf(path) {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const said = [];
  tab.on('console', (message) => said.push({ type: message.type(), text: message.text() }));
  tab.on('pageerror', (error) => said.push({ type: 'pageerror', text: error.message }));
  await tab.goto(new URL(path, siteUrl).href);
  await tab.locator('pls-lawyer-finder [part~="card"]').first().waitFor({ timeout: 15000 });
  const cards = await tab.locator('pls-lawyer-finder [part~="card"]').count();
  await context.close();
  return { said, cards };
}

/** Every tag the bundle defines, from the manifest the build writes beside it. */
async function bundledTags() {
  const manifest = JSON.parse(await readFile(new URL('../custom-elements.json', import.meta.url), 'utf8'));
  return manifest.modules.flatMap((module) => module.declarations ?? []).map((declaration) => declaration.tagName)
    .filter(Boolean).sort();
}

test('two copies of the same version on one page: both load, nothing is said, the widgets work', async () => {
  const { said, cards } = await consoleOf('/two-copies');
  assert.equal(cards, 3);
  assert.deepEqual(said.filter((entry) => entry.type !== 'debug' && entry.type !== 'log'), []);
});

test('another version on the same page: the first definition stays, one warning per tag, no error', async () => {
  const { said, cards } = await consoleOf('/two-versions');
  assert.equal(cards, 3);
  const warnings = said.filter((entry) => entry.type === 'warning').map((entry) => entry.text).sort();
  assert.deepEqual(warnings, (await bundledTags()).map((tag) =>
    `plskit: <${tag}> is already defined by plskit 0.1.0; this copy (plskit 0.0.9) leaves it in place.`));
  assert.deepEqual(said.filter((entry) => entry.type === 'error' || entry.type === 'pageerror'), []);
});
