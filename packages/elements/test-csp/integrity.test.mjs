// Subresource Integrity for the CDN build, as docs/security.md publishes it: a
// partner page on one origin, the CDN on another (CORS, as npm CDNs serve it),
// the API on a third; the loader's <script> has `integrity` and `crossorigin`,
// and an import map's `integrity` lists every chunk, so the browser checks the
// chunks the loader imports too. A chunk changed on the CDN is refused. The
// page allows its inline import map by the map's hash (script-src), nothing else inline.
// In both journey engines (PLSKIT_ENGINE=webkit: WebKitGTK 2.50 has import-map
// integrity, as Safari 18+ does; Chromium 127+, Firefox 138+).
//   npm run build && node --test packages/elements/test-csp/integrity.test.mjs
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { join, relative } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { journeyEngine, launchBrowser } from '../../../scripts/launch-browser.mjs';
import { sha384 } from '../../../scripts/bundling/integrity.mjs';
import { startSandbox } from '../../sandbox/dist/index.js';

const engine = journeyEngine();
// the file list is the build's, the same in every engine
const chromiumOnly = engine === 'chromium' ? {} : { skip: 'checked in the Chromium run' };
const cdnDir = fileURLToPath(new URL('../dist/cdn/', import.meta.url));
const TAMPERED = 'pls-lawyer-finder.js';

/** What the CDN build wrote: every file but the compressed copies and integrity.json itself. */
async function builtFiles() {
  const names = await readdir(cdnDir, { recursive: true, withFileTypes: true });
  return names.filter((entry) => entry.isFile()).map((entry) => relative(cdnDir, join(entry.parentPath, entry.name)))
    .filter((file) => !/\.(br|gz)$/.test(file) && file !== 'integrity.json').sort();
}

let integrity;
let sandbox;
let cdn;
let cdnUrl;
let site;
let siteUrl;
let browser;

const sha256 = (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** A partner page loading the CDN from `base`, with an import map of integrity (or without). */
function partnerPage(base, { importMap = true } = {}) {
  const map = JSON.stringify({
    integrity: Object.fromEntries(Object.entries(integrity).filter(([file]) => file.endsWith('.js')).map(([file, hash]) => [`${base}${file}`, hash])),
  });
  const mapScript = `<script type="importmap">${map}</script>`;
  const html = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>a partner page with Subresource Integrity</title>
<script src="/page-watch.js"></script>
${importMap ? mapScript : ''}
<script type="module" src="${base}plskit.js" integrity="${integrity['plskit.js']}" crossorigin="anonymous"></script></head>
<body><main><pls-lawyer-finder api-base="${sandbox.url}/" page-size="3"><a class="fallback" href="https://www.example.gov.cn/lawyers/">律师查询</a></pls-lawyer-finder></main></body></html>`;
  const policy = `default-src 'self'; script-src 'self' ${cdnUrl}${importMap ? ` ${sha256(map)}` : ''}; style-src 'self'; `
    + `require-trusted-types-for 'script'; connect-src ${sandbox.url}`;
  return { html, policy };
}

before(async () => {
  integrity = JSON.parse(await readFile(`${cdnDir}integrity.json`, 'utf8'));
  sandbox = await startSandbox({ port: 0, db: ':memory:', now: '2026-09-01T09:00:00+08:00', logger: false, rateLimit: false });
  // the CDN: the build as it is under /plskit/0.1.0/, and a copy with one chunk changed under /tampered/
  const files = {};
  for (const file of (await builtFiles()).filter((name) => name.endsWith('.js'))) {
    const text = await readFile(`${cdnDir}${file}`, 'utf8');
    files[`/plskit/0.1.0/${file}`] = text;
    files[`/tampered/${file}`] = file === TAMPERED ? `${text}\ndocument.title = 'changed on the CDN';\n` : text;
  }
  cdn = createServer((request, response) => {
    const text = files[request.url];
    if (text === undefined) return response.writeHead(404, { 'Access-Control-Allow-Origin': '*' }).end();
    response.writeHead(200, { 'Content-Type': 'text/javascript', 'Access-Control-Allow-Origin': '*' }).end(text);
  });
  await new Promise((resolve) => cdn.listen(0, '127.0.0.1', resolve));
  // another origin than the site's (localhost against 127.0.0.1)
  cdnUrl = `http://localhost:${cdn.address().port}`;

  const watch = await readFile(new URL('../../../scripts/webdriver/page-watch.js', import.meta.url), 'utf8');
  const pages = {
    '/': partnerPage(`${cdnUrl}/plskit/0.1.0/`),
    '/tampered': partnerPage(`${cdnUrl}/tampered/`),
    '/tampered-without-map': partnerPage(`${cdnUrl}/tampered/`, { importMap: false }),
  };
  site = createServer((request, response) => {
    const page = pages[request.url];
    if (request.url === '/page-watch.js') response.writeHead(200, { 'Content-Type': 'text/javascript' }).end(watch);
    else if (page) response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': page.policy }).end(page.html);
    else response.writeHead(request.url === '/favicon.ico' ? 204 : 404).end();
  });
  await new Promise((resolve) => site.listen(0, '127.0.0.1', resolve));
  siteUrl = `http://127.0.0.1:${site.address().port}/`;
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  for (const server of [site, cdn]) await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
  await sandbox?.close();
});

/** Opens a page; returns its tab, what it said, and a function that closes it. */
async function open(path) {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const said = [];
  tab.on('console', (message) => said.push({ type: message.type(), text: message.text() }));
  tab.on('pageerror', (error) => said.push({ type: 'pageerror', text: error.message }));
  await tab.goto(new URL(path, siteUrl).href);
  return { tab, said, close: () => context.close() };
}

async function waitFor(probe, what, timeout = 15000) {
  const deadline = Date.now() + timeout;
  while (!probe()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

test('integrity.json lists every file the CDN build wrote, with the sha384 of its bytes', chromiumOnly, async () => {
  assert.deepEqual(Object.keys(integrity).sort(), await builtFiles());
  for (const [file, hash] of Object.entries(integrity)) assert.equal(hash, sha384(await readFile(`${cdnDir}${file}`)), file);
});

test('with the import map\'s integrity, the widget loads from another origin under the policy', async () => {
  const { tab, said, close } = await open('/');
  await tab.locator('pls-lawyer-finder [part~="card"]').first().waitFor({ timeout: 15000 });
  assert.equal(await tab.locator('pls-lawyer-finder [part~="card"]').count(), 3);
  assert.deepEqual(await tab.evaluate(() => window.__violations), []);
  assert.deepEqual(said.filter((entry) => entry.type === 'error' || entry.type === 'pageerror'), []);
  await close();
});

test('a chunk changed on the CDN is refused: the widget is not defined and the page\'s fallback stays', async () => {
  const { tab, said, close } = await open('/tampered');
  const refused = () => said.some((entry) => entry.text.startsWith('plskit: <pls-lawyer-finder> could not be loaded'));
  await waitFor(refused, 'the loader to report the refused chunk');
  // Chromium's error names the chunk; WebKit's says only "integrity mismatch"
  const named = (text) => engine !== 'chromium' || text.includes(TAMPERED);
  assert.ok(said.some((entry) => /integrity/i.test(entry.text) && named(entry.text)), said.map((entry) => entry.text).join('\n'));
  assert.equal(await tab.evaluate(() => Boolean(customElements.get('pls-lawyer-finder'))), false);
  assert.equal(await tab.evaluate(() => document.title), 'a partner page with Subresource Integrity', 'the changed code never ran');
  assert.equal(await tab.evaluate(() => document.querySelector('a.fallback').getClientRects().length > 0), true);
  await close();
});

test('without the import map, the loader\'s own integrity does not cover its chunks (why the map is needed)', async () => {
  const { tab, close } = await open('/tampered-without-map');
  await tab.locator('pls-lawyer-finder [part~="card"]').first().waitFor({ timeout: 15000 });
  assert.equal(await tab.evaluate(() => document.title), 'changed on the CDN');
  await close();
});
