// What `npm start` promises, end to end: the sandbox process on an SQLite file
// serves the API and the demo partner page, the one-script bundle defines the
// widgets, and they work in the browser against it (Chromium, and WebKit with
// PLSKIT_ENGINE=webkit). Needs `npm run build` first (npm test runs it before this step).
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { get } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { chromiumRunOnly, demoSession, engine } from './demo-session.mjs';

const demo = demoSession('demo');

const api = async (path) => (await fetch(`${demo.sandbox.url}${path}`, { headers: { 'Accept-Language': 'zh-CN' } })).json();

/** Opens the demo page and records what a partner's developer would see in the console; `watch` sees the page before it loads. */
async function openDemo(watch = () => {}) {
  const page = await demo.browser.newPage();
  watch(page);
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  // WebDriver has no network events; there a failed request shows as a widget that never fills
  if (engine === 'chromium') page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  await page.goto(`${demo.sandbox.url}/demo/`);
  return { page, problems };
}

test('the sandbox prints where the API, the contract and the demo are, and answers health', chromiumRunOnly, async () => {
  assert.match(demo.sandbox.printed(), /API\s+http:\/\/127\.0\.0\.1:\d+\/v1\/health/);
  const contract = await fetch(`${demo.sandbox.url}/openapi.yaml`);
  assert.equal(contract.status, 200);
  assert.match(await contract.text(), /^openapi: 3\.1/m);
  const health = await fetch(`${demo.sandbox.url}/v1/health`);
  assert.equal(health.status, 200);
});

test('the demo page defines the widgets from the one-script bundle and the finder lists the region\'s lawyers', async () => {
  const { page, problems } = await openDemo();
  const expected = await api('/v1/lawyers?region=370811&limit=1');
  assert.ok(expected.total > 0, 'the dataset has lawyers in 370811');

  const finder = page.locator('pls-lawyer-finder');
  const total = finder.locator('[part="total"]');
  await total.filter({ hasText: `共找到 ${expected.total} 位律师` }).waitFor();
  assert.equal(await page.evaluate(() => Boolean(customElements.get('pls-lawyer-finder') && customElements.get('pls-provider'))), true);

  // searching by the first lawyer's licence number narrows the list to that lawyer
  const [first] = expected.items;
  await finder.getByLabel('姓名、律所或执业证号').fill(first.licenceNumber);
  await total.filter({ hasText: '共找到 1 位律师' }).waitFor();
  const names = await finder.locator('[part="card-name"]').allTextContents();
  assert.deepEqual(names.map((name) => name.trim()), [first.name]);

  assert.deepEqual(problems, []);
  await page.close();
});

test('the legal-aid check on the demo page starts with the first question, for the provider\'s region', async () => {
  const { page, problems } = await openDemo();
  const checker = page.locator('pls-aid-eligibility');
  await checker.getByRole('button', { name: '开始' }).click();
  await checker.getByRole('heading', { name: '您遇到的是哪一类案件或事情？' }).waitFor();
  assert.deepEqual(problems, []);
  await page.close();
});

test('before anyone acts the demo page loads exactly the files its size budget counts; the checker\'s questions come when the resident makes for "start"', chromiumRunOnly, async () => {
  // the budget for a page with every widget (written by the build into .size-limit.json) counts the files the
  // loader and the tags import statically; a later screen's chunk fetched before the resident acts would escape it
  const budget = JSON.parse(readFileSync(fileURLToPath(new URL('../.size-limit.json', import.meta.url)), 'utf8'))
    .find((check) => check.name.startsWith('a page with every widget'));
  const counted = budget.path.map((path) => path.replace(/^packages\/elements\/dist\/cdn\//, '').replace(/-\?{8}\.js$/, '.js')).sort();
  const scripts = new Set();
  const { page, problems } = await openDemo((watched) => watched.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/cdn/')) scripts.add(path.slice('/cdn/'.length).replace(/-[0-9a-f]{8}\.js$/, '.js'));
  }));
  await page.locator('pls-lawyer-finder [part="total"]').filter({ hasText: /共找到 \d+ 位律师/ }).waitFor();
  await page.waitForLoadState('networkidle');
  assert.deepEqual([...scripts].sort(), counted);

  const checker = page.locator('pls-aid-eligibility');
  const questionsAsked = page.waitForRequest((request) => /\/cdn\/chunks\/eligibility-questions-[0-9a-f]{8}\.js$/.test(request.url()), { timeout: 10_000 });
  await checker.getByRole('button', { name: '开始' }).hover();
  await questionsAsked;
  await checker.getByRole('button', { name: '开始' }).click();
  await checker.getByRole('heading', { name: '您遇到的是哪一类案件或事情？' }).waitFor();
  assert.deepEqual(problems, []);
  await page.close();
});

test('nothing on the demo page moves when the dialog\'s chunk arrives late: its content waits hidden, not in the page', chromiumRunOnly, async () => {
  const page = await demo.browser.newPage();
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route(/\/cdn\/pls-dialog\.js$/, async (route) => { await held; await route.continue(); });
  await page.goto(`${demo.sandbox.url}/demo/`);
  const finder = page.locator('pls-lawyer-finder [part="total"]').filter({ hasText: /共找到 \d+ 位律师/ });
  await finder.waitFor();
  const top = () => page.locator('#lawyers').evaluate((section) => section.getBoundingClientRect().top);
  const before = await top();
  assert.equal(await page.getByText('本演示页的数据均为合成数据').isVisible(), false, 'the dialog\'s content is not shown in the page');
  release();
  await page.waitForFunction(() => customElements.get('pls-dialog'));
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  assert.equal(await top(), before, 'the finder\'s section stays where it was');
  await page.close();
});

test('the page\'s senior-mode and language buttons reach the widgets through the provider', async () => {
  const { page, problems } = await openDemo();
  const finder = page.locator('pls-lawyer-finder');
  const total = finder.locator('[part="total"]');
  await total.filter({ hasText: /共找到 \d+ 位律师/ }).waitFor();

  await page.getByRole('button', { name: '长辈版' }).click();
  assert.equal(await page.locator('pls-provider').getAttribute('senior'), '');
  const fontSize = await finder.getByLabel('姓名、律所或执业证号').evaluate((input) => parseFloat(getComputedStyle(input).fontSize));
  assert.ok(fontSize >= 18, `senior mode text is at least 18px (was ${fontSize}px)`);

  await page.getByRole('button', { name: 'English' }).click();
  await total.filter({ hasText: /\d+ lawyers? found/ }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');

  assert.deepEqual(problems, []);
  await page.close();
});

/** A reply's bytes as they travel (not decompressed) and its headers. */
function raw(path, headers) {
  return new Promise((resolve, reject) => {
    get(`${demo.sandbox.url}${path}`, { headers }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk)).on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

test('the bundle and the page go out as the build compressed them; shared chunks carry a content hash and are kept for good', chromiumRunOnly, async () => {
  const cdn = fileURLToPath(new URL('../packages/elements/dist/cdn/', import.meta.url));
  const chunks = readdirSync(join(cdn, 'chunks')).filter((name) => name.endsWith('.js'));
  assert.ok(chunks.length > 0);
  for (const name of chunks) assert.match(name, /-[0-9a-f]{8}\.js$/, `${name} names its content hash`);
  const chunk = chunks.find((name) => statSync(join(cdn, 'chunks', name)).size >= 1024);
  const cases = [
    [`/cdn/chunks/${chunk}`, 'br', join(cdn, 'chunks', `${chunk}.br`), 'public, max-age=31536000, immutable'],
    ['/cdn/pls-lawyer-finder.js', 'gzip', join(cdn, 'pls-lawyer-finder.js.gz'), 'no-cache'],
    ['/demo/', 'br', fileURLToPath(new URL('../demo/index.html.br', import.meta.url)), 'no-cache'],
  ];
  for (const [path, coding, copy, cacheControl] of cases) {
    const reply = await raw(path, { 'accept-encoding': coding });
    assert.equal(reply.headers['content-encoding'], coding, path);
    assert.ok(reply.body.equals(readFileSync(copy)), `${path} is the build's ${coding} copy`);
    assert.equal(reply.headers['cache-control'], cacheControl, path);
    assert.match(reply.headers.etag, new RegExp(`-${coding}-best"$`), path);
  }

  // Chromium loading the page: every shared chunk it fetches may be kept for good
  const page = await demo.browser.newPage();
  const fetched = [];
  page.on('response', (response) => {
    if (response.url().includes('/cdn/chunks/')) fetched.push([response.url(), response.headers()['cache-control']]);
  });
  await page.goto(`${demo.sandbox.url}/demo/`);
  await page.locator('pls-lawyer-finder [part="total"]').filter({ hasText: /共找到 \d+ 位律师/ }).waitFor();
  assert.ok(fetched.length > 0, 'the page loads shared chunks');
  for (const [url, cacheControl] of fetched) assert.equal(cacheControl, 'public, max-age=31536000, immutable', url);
  await page.close();
});

test('the SQLite file survives a restart: the same data, no second seeding', chromiumRunOnly, async () => {
  const before = await api('/v1/lawyers?limit=1');
  assert.equal(await demo.sandbox.stop(), 0, 'SIGTERM stops the sandbox cleanly');
  assert.ok(existsSync(demo.db), `the database file ${demo.db} exists`);

  await demo.restart();
  const afterRestart = await api('/v1/lawyers?limit=1');
  assert.equal(afterRestart.total, before.total);
  assert.equal(afterRestart.items[0].id, before.items[0].id);
});
