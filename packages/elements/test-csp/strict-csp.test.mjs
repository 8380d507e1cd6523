// The widgets under exactly the policy docs/security.md publishes, in real
// Chromium: a partner page on one origin, the sandbox API on another.
//   npm run build && node --test packages/elements/test-csp/
// (needs packages/elements/dist/cdn/plskit.js and packages/sandbox/dist).
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startSandbox } from '../../sandbox/dist/index.js';

const bundle = fileURLToPath(new URL('../dist/cdn/plskit.js', import.meta.url));
const policy = (api) => `default-src 'self'; style-src 'self'; require-trusted-types-for 'script'; connect-src ${api}`;

const page = (api) => `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>strict CSP partner page</title>
<script type="module" src="/plskit.js"></script></head>
<body><main>
  <pls-provider api-base="${api}/" locale="zh-CN">
    <pls-lawyer-finder page-size="3"></pls-lawyer-finder>
  </pls-provider>
</main></body></html>`;

let sandbox;
let site;
let siteUrl;
let browser;

before(async () => {
  sandbox = await startSandbox({ port: 0, db: ':memory:', now: '2026-09-01T09:00:00+08:00', logger: false, rateLimit: false });
  const script = await readFile(bundle);
  site = createServer((request, response) => {
    if (request.url === '/plskit.js') {
      response.writeHead(200, { 'Content-Type': 'text/javascript' }).end(script);
    } else if (request.url === '/') {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': policy(sandbox.url) })
        .end(page(sandbox.url));
    } else if (request.url === '/favicon.ico') {
      response.writeHead(204).end(); // the browser asks by itself; not the widgets' doing
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => site.listen(0, '127.0.0.1', resolve));
  siteUrl = `http://127.0.0.1:${site.address().port}/`;
  browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => (site ? site.close(resolve) : resolve()));
  await sandbox?.close();
});

test('the lawyer finder renders, searches and opens a detail under the strict policy', async () => {
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
