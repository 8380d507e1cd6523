#!/usr/bin/env node
// `npm run bench:browser`: the widgets as a resident's browser meets them, in
// Debian's Chromium (playwright-core), unthrottled and at 4x CPU + slow 4G:
// the demo page's FCP, LCP, CLS and worst interaction; the finder's update
// time and element count at 10, 100 and 500 results; the checker's latency per
// step; the JavaScript (gzip) a one-widget page loads. Prints figures and
// asserts nothing. Needs `npm run build` (packages/*/dist).
//
// The pages are served as a partner site would serve them: gzip, from one
// origin, the API proxied to an in-process sandbox (SQLite in memory).
import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { launchChromium } from './launch-chromium.mjs';
import { startSandbox } from '../packages/sandbox/dist/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.map': 'application/json' };

/** Pages of one widget each, beside the demo page. */
const PAGES = {
  '/finder.html': '<pls-lawyer-finder api-base="/" page-size="10"></pls-lawyer-finder>',
  '/checker.html': '<pls-aid-eligibility api-base="/" region="370811"></pls-aid-eligibility>',
};
const page = (body) => `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>bench</title>
<script type="module" src="/cdn/plskit.js"></script></head><body><main>${body}</main></body></html>`;

const PROFILES = [
  { name: 'unthrottled', cpu: 1, network: undefined },
  // Lighthouse's slow 4G (DevTools throttling): 150 ms RTT x 3.75, 1.6 Mbit/s x 0.9 down, 750 kbit/s x 0.9 up
  { name: '4x CPU + slow 4G', cpu: 4, network: { offline: false, latency: 562.5, downloadThroughput: (1474.56 * 1024) / 8, uploadThroughput: (675 * 1024) / 8 } },
];

async function startSite(api) {
  const files = async (path) => {
    if (path.startsWith('/cdn/')) return readFile(join(root, 'packages/elements/dist/cdn', normalize(path.slice(5))));
    if (path.startsWith('/demo/')) return readFile(join(root, 'demo', normalize(path.slice(6)) || 'index.html'));
    if (PAGES[path]) return Buffer.from(page(PAGES[path]));
    return undefined;
  };
  const server = createServer(async (request, response) => {
    const url = new URL(request.url, 'http://site');
    if (url.pathname.startsWith('/v1/')) {
      const body = request.method === 'POST' ? await new Promise((resolve) => {
        const chunks = [];
        request.on('data', (chunk) => chunks.push(chunk)).on('end', () => resolve(Buffer.concat(chunks)));
      }) : undefined;
      const headers = Object.fromEntries(['accept', 'accept-language', 'content-type'].filter((name) => request.headers[name]).map((name) => [name, request.headers[name]]));
      const reply = await fetch(`${api}${url.pathname}${url.search}`, { method: request.method, headers, body });
      const data = gzipSync(Buffer.from(await reply.arrayBuffer()));
      response.writeHead(reply.status, { 'Content-Type': reply.headers.get('content-type') ?? 'application/json', 'Content-Encoding': 'gzip' }).end(data);
      return;
    }
    const path = url.pathname.endsWith('/') ? `${url.pathname}index.html` : url.pathname;
    const data = await files(path).catch(() => undefined);
    if (!data) {
      response.writeHead(path === '/favicon.ico' ? 204 : 404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream', 'Content-Encoding': 'gzip', 'Cache-Control': 'no-cache' })
      .end(gzipSync(data));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((resolve) => server.close(resolve)) };
}

/** Web-vitals observers, installed before any page script runs. */
function watchVitals() {
  const perf = { fcp: 0, lcp: 0, cls: 0, interactions: new Map() };
  window.__perf = perf;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') perf.fcp = entry.startTime;
  }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((list) => { for (const entry of list.getEntries()) perf.lcp = entry.startTime; })
    .observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => { for (const entry of list.getEntries()) if (!entry.hadRecentInput) perf.cls += entry.value; })
    .observe({ type: 'layout-shift', buffered: true });
  // an interaction's latency is its longest event (input delay + handlers + the next paint)
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.interactionId) perf.interactions.set(entry.interactionId, Math.max(perf.interactions.get(entry.interactionId) ?? 0, entry.duration));
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
}

async function newTab(browser, profile) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
  if (profile.network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', profile.network);
  }
  await tab.addInitScript(watchVitals);
  return { context, tab };
}

/** The latest interaction's latency (ms), or under 16 when the browser reported none (its threshold). */
async function lastInteraction(tab, before) {
  await tab.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))));
  const latencies = await tab.evaluate(() => [...window.__perf.interactions.values()]);
  const fresh = latencies.slice(before);
  return fresh.length ? Math.max(...fresh) : 0;
}

/** Each `act` runs an action, waits until `settled`, and records its latency (Event Timing) under `name` in `steps`. */
function interactions(tab) {
  const steps = [];
  const act = async (name, action, settled) => {
    const before = await interactionCount(tab);
    await action();
    await settled();
    steps.push([name, await lastInteraction(tab, before)]);
  };
  return { steps, act };
}

const interactionCount = (tab) => tab.evaluate(() => window.__perf.interactions.size);
const ms = (value) => (value < 16 ? '<16' : String(Math.round(value)));

async function demoPage(browser, site, profile) {
  const { context, tab } = await newTab(browser, profile);
  await tab.goto(`${site}/demo/`, { waitUntil: 'load' });
  const finder = tab.locator('pls-lawyer-finder');
  await finder.locator('[part~="card"]').first().waitFor({ timeout: 60000 });
  await tab.waitForLoadState('networkidle');
  await tab.waitForTimeout(500);
  const vitals = await tab.evaluate(() => ({ fcp: window.__perf.fcp, lcp: window.__perf.lcp, cls: window.__perf.cls }));
  // a resident's interactions: open a lawyer and go back, start the check and answer, switch language
  const { steps, act } = interactions(tab);
  await act('finder: details', () => finder.locator('[part~="details-button"]').first().click(), () => finder.locator('[part~="detail-name"]').waitFor());
  await act('finder: back', () => finder.locator('[part~="back-button"]').click(), () => finder.locator('[part~="results"]').waitFor());
  const checker = tab.locator('pls-aid-eligibility');
  await act('checker: start', () => checker.locator('[part~="start-button"]').click(), () => checker.locator('form[data-question="proceeding"]').waitFor());
  await act('checker: choose an answer', () => checker.locator('input[value="criminal"]').click(), async () => {});
  await act('checker: continue', () => checker.locator('[part~="continue-button"]').click(), () => checker.locator('form[data-question="criminalRole"]').waitFor());
  await act('page: English', () => tab.getByRole('button', { name: 'English' }).click(), () => finder.locator('[part="total"]', { hasText: /found/ }).waitFor());
  await context.close();
  return { vitals, steps };
}

async function finderScaling(browser, site, profile) {
  const { context, tab } = await newTab(browser, profile);
  await tab.goto(`${site}/finder.html`);
  const finder = tab.locator('pls-lawyer-finder');
  await finder.locator('[part~="card"]').first().waitFor({ timeout: 60000 });
  const rows = [];
  const measure = async (results) => tab.evaluate(() => {
    const element = document.querySelector('pls-lawyer-finder');
    return element.shadowRoot.querySelectorAll('*').length;
  }).then((elements) => ({ results, elements }));
  /** One "show more": from the search reply's arrival to the frame after the new cards render. */
  const loadMore = async () => tab.evaluate(async () => {
    const element = document.querySelector('pls-lawyer-finder');
    const root = element.shadowRoot;
    const shown = () => root.querySelector('.shown')?.textContent;
    const before = shown();
    const clicked = performance.now();
    root.querySelector('[part~="load-more-button"]').click();
    while (shown() === before) await new Promise((resolve) => setTimeout(resolve, 0));
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    const painted = performance.now();
    // the reply's timing entry may be queued after the page has used the reply
    const reply = () => performance.getEntriesByType('resource').filter((entry) => entry.name.includes('/v1/lawyers') && entry.startTime >= clicked).at(-1);
    while (!reply()) await new Promise((resolve) => setTimeout(resolve, 10));
    return painted - reply().responseEnd;
  });
  // at 10, 100 and 500 results: the elements rendered, and the median of the next three "show more"
  let loaded = 10;
  for (const target of [10, 100, 500]) {
    while (loaded < target) {
      await loadMore();
      loaded += 10;
    }
    const row = await measure(target);
    const updates = [await loadMore(), await loadMore(), await loadMore()].sort((a, b) => a - b);
    loaded += 30;
    rows.push({ ...row, update: updates[1] });
  }
  await context.close();
  return rows;
}

async function checkerSteps(browser, site, profile) {
  const { context, tab } = await newTab(browser, profile);
  await tab.goto(`${site}/checker.html`);
  const checker = tab.locator('pls-aid-eligibility');
  await checker.locator('[part~="start-button"]').waitFor({ timeout: 60000 });
  await tab.waitForLoadState('networkidle'); // the ruleset is here: the steps measure the widget, not the network
  await tab.waitForTimeout(300);
  const { steps, act } = interactions(tab);
  await act('start', () => checker.locator('[part~="start-button"]').click(), () => checker.locator('form[data-question="proceeding"]').waitFor());
  for (const [question, code, next] of [['proceeding', 'criminal', 'criminalRole'], ['criminalRole', 'suspect-or-defendant', 'circumstances'], ['circumstances', 'minor', null]]) {
    await checker.locator(`form[data-question="${question}"] input[value="${code}"]`).click();
    await act(`${question}: continue`, () => checker.locator('[part~="continue-button"]').click(),
      () => (next ? checker.locator(`form[data-question="${next}"]`).waitFor() : checker.locator('[part~="summary"]').waitFor()));
  }
  await act('see the result', () => checker.locator('[part~="see-result-button"]').click(), () => checker.locator('[part~="result"]').waitFor());
  await act('start over', () => checker.locator('[part~="start-over-button"]').click(), () => checker.locator('[part~="start"]').waitFor());
  await context.close();
  return steps;
}

/** The JavaScript a page loads, as each file's gzip size (what travels). */
async function javascriptOf(browser, site, path, interact = async () => {}) {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const scripts = new Map();
  const reading = [];
  tab.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    reading.push(response.body().then((body) => scripts.set(new URL(response.url()).pathname, gzipSync(body).length)));
  });
  await tab.goto(`${site}${path}`, { waitUntil: 'networkidle' });
  await interact(tab);
  await tab.waitForTimeout(1500); // what the interaction fetches (a lazy chunk) arrives
  await Promise.all(reading);
  await context.close();
  return { files: scripts.size, names: [...scripts.keys()].map((path) => path.split('/').pop().replace(/-[0-9a-f]{8}\.js$/, '.js')).sort().join(', '), bytes: [...scripts.values()].reduce((sum, size) => sum + size, 0) };
}

// kB of 1,000 bytes, as size-limit counts, so the two compare directly
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

const sandbox = await startSandbox({ port: 0, db: ':memory:', now: '2026-09-01T09:00:00+08:00', logger: false, rateLimit: false, demoDir: false, cdnDir: false });
const site = await startSite(sandbox.url);
const browser = await launchChromium();
const out = [];
const say = (line = '') => { out.push(line); console.log(line); };
try {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  say(`Machine: ${cpus().length} CPUs (nproc ${execFileSync('nproc').toString().trim()}), ${cpu}; Chromium ${browser.version()}; Node ${process.version}.`);
  say('Pages served gzip from one origin, the API proxied to an in-process sandbox on loopback.');
  for (const profile of PROFILES) {
    say();
    say(`### ${profile.name}`);
    say();
    const demo = await demoPage(browser, site.url, profile);
    say('| demo page | value |');
    say('| --- | --- |');
    say(`| FCP | ${Math.round(demo.vitals.fcp)} ms |`);
    say(`| LCP | ${Math.round(demo.vitals.lcp)} ms (${Math.round(demo.vitals.lcp - demo.vitals.fcp)} ms after FCP) |`);
    say(`| CLS | ${demo.vitals.cls.toFixed(3)} |`);
    for (const [name, latency] of demo.steps) say(`| interaction: ${name} | ${ms(latency)} ms |`);
    say(`| worst interaction | ${ms(Math.max(...demo.steps.map(([, latency]) => latency)))} ms |`);
    say();
    say('| finder results | shadow DOM elements | next "show more", median of 3 (reply to next frame) |');
    say('| --- | --- | --- |');
    for (const row of await finderScaling(browser, site.url, profile)) say(`| ${row.results} | ${row.elements} | ${Math.round(row.update)} ms |`);
    say();
    say('| checker step | latency (click to next paint) |');
    say('| --- | --- |');
    for (const [name, latency] of await checkerSteps(browser, site.url, profile)) say(`| ${name} | ${ms(latency)} ms |`);
  }
  say();
  say('| page | JavaScript files | gzip |');
  say('| --- | --- | --- |');
  const finderJs = await javascriptOf(browser, site.url, '/finder.html');
  say(`| finder only, first page of results | ${finderJs.files}: ${finderJs.names} | ${kb(finderJs.bytes)} |`);
  const checkerJs = await javascriptOf(browser, site.url, '/checker.html');
  say(`| checker only, start screen | ${checkerJs.files}: ${checkerJs.names} | ${kb(checkerJs.bytes)} |`);
  const checkerFull = await javascriptOf(browser, site.url, '/checker.html', async (tab) => {
    await tab.locator('pls-aid-eligibility [part~="start-button"]').click();
    await tab.locator('pls-aid-eligibility form[data-question="proceeding"]').waitFor();
  });
  say(`| checker only, after "start" (the result's code prefetched) | ${checkerFull.files}: ${checkerFull.names} | ${kb(checkerFull.bytes)} |`);
  const demoJs = await javascriptOf(browser, site.url, '/demo/');
  say(`| demo page (every plskit tag and the demo's own script) | ${demoJs.files} | ${kb(demoJs.bytes)} |`);
} finally {
  await browser.close();
  await site.close();
  await sandbox.close();
}
