// The widgets under exactly the policy docs/security.md publishes, in real
// Chromium (and WebKit with PLSKIT_ENGINE=webkit): a partner page on one
// origin, the sandbox API on another, with the
// lawyer finder (every region), the legal-aid checker, the notary checklist, the booker and the service finder
// (Rencheng, from their provider: a region would narrow the finder's search
// too); also two
// copies (same version, another version) of the CDN build on one page, and
// the loader: a tag's chunk is fetched on first sight of the tag, once.
// The staff desk, on an intranet page of its own (the last test).
// Each page first loads scripts/webdriver/page-watch.js from its own origin,
// which records violations, errors and console messages in every engine.
//   npm run build && node --test packages/elements/test-csp/
// (needs packages/elements/dist/cdn/ and packages/sandbox/dist).
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '../../../scripts/launch-browser.mjs';
import { startSandbox } from '../../sandbox/dist/index.js';

const cdnDir = fileURLToPath(new URL('../dist/cdn/', import.meta.url));
const policy = (api) => `default-src 'self'; style-src 'self'; require-trusted-types-for 'script'; connect-src ${api}`;

const bothWidgets = (api) => `
  <pls-provider api-base="${api}/" locale="zh-CN">
    <pls-lawyer-finder page-size="3"></pls-lawyer-finder>
  </pls-provider>
  <pls-provider api-base="${api}/" locale="zh-CN" region="370811">
    <pls-aid-eligibility></pls-aid-eligibility>
    <pls-notary-checklist matter="gift"></pls-notary-checklist>
    <pls-appointment-booker service="legal-aid-application"></pls-appointment-booker>
    <pls-legal-question></pls-legal-question>
    <pls-service-finder booking-page=""></pls-service-finder>
  </pls-provider>`;
const finderOnly = (api) => `<pls-lawyer-finder api-base="${api}/" page-size="3"></pls-lawyer-finder>`;
// the partner's own link inside the tag, for an engine that cannot run the widget (docs/embedding.md)
const withFallback = (api) => `<pls-lawyer-finder api-base="${api}/" page-size="3">
  <a class="fallback" href="https://www.example.gov.cn/lawyers/">律师查询</a></pls-lawyer-finder>`;

// the partner's own button opens a booker in a dialog: no script of the page's own (docs/embedding.md)
const bookerDialog = (api) => `<button type="button" data-pls-open="book">预约办理</button>
  <pls-dialog id="book" label="预约办理">
    <pls-appointment-booker api-base="${api}/" service="legal-aid-application" region="370811"></pls-appointment-booker>
  </pls-dialog>`;

const page = (body, scripts = ['/plskit.js']) => `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>strict CSP partner page</title>
<script src="/page-watch.js"></script>
${scripts.map((src) => `<script type="module" src="${src}"></script>`).join('')}</head>
<body><main>${body}</main></body></html>`;

let sandbox;
let site;
let siteUrl;
let browser;

before(async () => {
  sandbox = await startSandbox({ port: 0, db: ':memory:', now: '2026-09-01T09:00:00+08:00', logger: false, rateLimit: false,
    hostileRecords: true });
  // the CDN directory three times: as built, a second copy of the same version,
  // and a copy of another version (separate module instances, as on a CMS page)
  const scripts = { '/page-watch.js': await readFile(new URL('../../../scripts/webdriver/page-watch.js', import.meta.url), 'utf8') };
  for (const file of (await readdir(cdnDir, { recursive: true })).filter((name) => name.endsWith('.js'))) {
    const text = await readFile(`${cdnDir}${file}`, 'utf8');
    scripts[`/${file}`] = text;
    scripts[`/again/${file}`] = text;
    scripts[`/other/${file}`] = text.replaceAll('0.1.0', '0.0.9');
    // what an engine older than the supported ones meets: a chunk it cannot parse (class static blocks, say)
    scripts[`/old-engine/${file}`] = file === 'plskit.js' ? text : `${text}\n}}} not JavaScript to this engine`;
  }
  const api = sandbox.url;
  const pages = {
    '/': page(bothWidgets(api)),
    '/two-copies': page(bothWidgets(api), ['/plskit.js', '/again/plskit.js']),
    '/two-versions': page(bothWidgets(api), ['/plskit.js', '/other/plskit.js']),
    '/finder-only': page(finderOnly(api)),
    '/many': page(`<pls-lawyer-finder api-base="${api}/" page-size="50"></pls-lawyer-finder>`),
    '/preloaded': `${page(finderOnly(api), ['/plskit.js', '/pls-lawyer-finder.js'])}`,
    '/fallback': page(withFallback(api)),
    '/fallback-old-engine': page(withFallback(api), ['/old-engine/plskit.js']),
    '/dialog': page(bookerDialog(api)),
  };
  site = createServer((request, response) => {
    if (scripts[request.url]) {
      response.writeHead(200, { 'Content-Type': 'text/javascript' }).end(scripts[request.url]);
    } else if (pages[request.url]) {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': policy(sandbox.url) })
        .end(pages[request.url]);
    } else if (request.url === '/favicon.ico') {
      response.writeHead(204).end(); // the browser asks by itself; not the widgets' doing
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => site.listen(0, '127.0.0.1', resolve));
  siteUrl = `http://127.0.0.1:${site.address().port}/`;
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => (site ? site.close(resolve) : resolve()));
  await sandbox?.close();
});

/** A tab on the partner page that records console errors and uncaught errors (page-watch.js records CSP violations). */
async function watchedTab() {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const problems = [];
  tab.on('console', (message) => {
    if (message.type() === 'error') problems.push(`${message.text()} (${message.location().url})`);
  });
  tab.on('pageerror', (error) => problems.push(error.message));
  return { context, tab, problems };
}

test('the lawyer finder renders, searches and opens a detail under the strict policy', async () => {
  const { context, tab, problems } = await watchedTab();
  assert.equal((await fetch(siteUrl)).headers.get('content-security-policy'), policy(sandbox.url));
  await tab.goto(siteUrl);

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

test('the finder stands a spacer of the right height in for cards far from the viewport under the strict policy', async () => {
  const { context, tab, problems } = await watchedTab();
  await tab.goto(new URL('/many', siteUrl).href);
  const finder = tab.locator('pls-lawyer-finder');
  await finder.locator('[part~="card"]').first().waitFor({ timeout: 15000 });
  for (let page = 2; page <= 4; page += 1) {
    await finder.locator('[part~="load-more-button"]').click();
    await finder.locator('.shown', { hasText: String(page * 50) }).waitFor({ timeout: 15000 });
  }
  const spacer = finder.locator('li.spacer').last();
  await spacer.waitFor({ state: 'attached', timeout: 15000 });
  // its height comes from a style property set through the CSSOM, which style-src 'self' allows
  assert.ok((await spacer.evaluate((element) => element.getBoundingClientRect().height)) > 1000);

  assert.deepEqual(await tab.evaluate(() => window.__violations), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the notary checklist refuses a gift through an agent and names the office under the strict policy', async () => {
  const { context, tab, problems } = await watchedTab();
  await tab.goto(siteUrl);
  const checklist = tab.locator('pls-notary-checklist');
  // the matter from the attribute, its questions from the API, the checklist from a POST (connect-src)
  for (const [question, value] of [['applicantIsAgent', 'true'], ['minorInvolved', 'false'], ['married', 'true'], ['realEstate', 'true'], ['useAbroad', 'false']]) {
    await checklist.locator(`input[name="${question}"][value="${value}"]`).check({ timeout: 15000 });
  }
  await checklist.locator('[part~="continue-button"]').click();
  await checklist.locator('[part~="refusal"]').waitFor({ timeout: 15000 });
  assert.match(await checklist.locator('[part~="refusal"]').innerText(), /《公证程序规则》第11条/);
  await checklist.locator('[part~="offices"] .office').first().waitFor({ timeout: 15000 });
  // the tick box has a border only if the element's adopted stylesheet applied
  assert.equal(await checklist.locator('.tickbox').first().evaluate((el) => getComputedStyle(el).borderTopStyle), 'solid');

  assert.deepEqual(await tab.evaluate(() => window.__violations), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the service finder lists Rencheng’s network, narrows to a village’s adviser and shows a point under the strict policy', async () => {
  const { context, tab, problems } = await watchedTab();
  await tab.goto(siteUrl);
  const finder = tab.locator('pls-service-finder');
  await finder.locator('[part~="total"]').waitFor({ timeout: 15000 });
  await finder.locator('select[name="township"]').selectOption('370811018');
  const village = await finder.locator('select[name="village"] option').nth(1).getAttribute('value');
  await finder.locator('select[name="village"]').selectOption(village);
  // the finder is low on this page: its list is drawn once it nears the viewport (the window of blocks)
  await finder.locator('[part~="results"]').scrollIntoViewIfNeeded();
  await finder.locator('[part~="own-adviser"]').waitFor({ timeout: 15000 });
  await finder.locator('[part~="details-button"]').first().click();
  assert.match(await finder.locator('[part~="call-link"]').getAttribute('href'), /^tel:/);
  // the list's border is there only if the element's adopted stylesheet applied
  await finder.locator('[part~="back-button"]').click();
  assert.equal(await finder.locator('[part~="point"]').first().evaluate((el) => getComputedStyle(el).borderTopStyle), 'solid');

  assert.deepEqual(await tab.evaluate(() => window.__violations), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the booker books a visit under the strict policy, and its calendar file downloads', async () => {
  const { context, tab, problems } = await watchedTab();
  await tab.goto(siteUrl);
  const booker = tab.locator('pls-appointment-booker');
  await booker.locator('#c-sc-370811').check({ timeout: 15000 });
  await booker.locator('[part~="continue-button"]').click();
  await booker.locator('[role="gridcell"][aria-disabled="false"]').first().click({ timeout: 15000 });
  await booker.locator('[part~="slots"] input:not([disabled])').first().check();
  await booker.locator('[part~="continue-button"]').click();
  await booker.locator('#name').fill('王小明');
  await booker.locator('#phone').fill('13800138000');
  await booker.locator('#consent').check({ timeout: 15000 });
  await booker.locator('[part~="continue-button"]').click();
  await booker.locator('[part~="book-button"]').click();
  const reference = await booker.locator('[part~="reference"]').textContent({ timeout: 15000 });
  assert.match(reference.trim(), /^JN-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  const [download] = await Promise.all([tab.waitForEvent('download'), booker.locator('[part~="calendar-button"]').click()]);
  const ics = await readFile(await download.path(), 'utf8');
  assert.match(ics, /DTSTART;TZID=Asia\/Shanghai:2026\d{4}T\d{6}/);
  assert.equal(ics.includes('13800138000') || ics.includes('王小明'), false, 'nothing about the resident in the file');
  assert.deepEqual(await tab.evaluate(() => window.__violations), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the question form asks a question under the strict policy, and its link opens it', async () => {
  const { context, tab, problems } = await watchedTab();
  await tab.goto(siteUrl);
  const form = tab.locator('pls-legal-question');
  await form.locator('#t-labour').check({ timeout: 15000 });
  await form.locator('[part~="continue-button"]').click();
  await form.locator('#question').fill('工资被拖欠三个月，怎么办？', { timeout: 15000 });
  await form.locator('[part~="continue-button"]').click();
  await form.locator('#kind-list-question').check({ timeout: 15000 });
  await form.locator('[part~="continue-button"]').click();
  await form.locator('#name').fill('王小明', { timeout: 15000 });
  await form.locator('#phone').fill('13800138000');
  await form.locator('#consent').check();
  await form.locator('[part~="continue-button"]').click();
  await form.locator('[part~="send-button"]').click({ timeout: 15000 });
  const reference = await form.locator('[part~="reference"]').textContent({ timeout: 15000 });
  assert.match(reference.trim(), /^GD-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  const link = await form.locator('[part~="follow-link"]').getAttribute('href', { timeout: 15000 });
  assert.equal(new URL(link).search, '', 'the token travels in the fragment only');
  await tab.goto(link);
  await form.locator('[part~="status"]').waitFor({ timeout: 15000 });
  assert.equal(new URL(await tab.url()).hash, '', 'the token leaves the address bar');
  assert.deepEqual(await tab.evaluate(() => window.__violations), []);
  assert.deepEqual(problems, []);
  await context.close();
});

/**
 * Every script the tab fetched from the partner site (path → times), as the
 * page's Resource Timing lists them: every engine keeps it, WebDriver has no
 * request events. The test's own page-watch.js aside.
 */
function scriptsFetched(tab) {
  return tab.evaluate(() => {
    const times = new Map();
    for (const entry of performance.getEntriesByType('resource')) {
      const url = new URL(entry.name);
      if (url.origin === location.origin && url.pathname.endsWith('.js') && url.pathname !== '/page-watch.js') {
        times.set(url.pathname, (times.get(url.pathname) ?? 0) + 1);
      }
    }
    return [...times];
  }).then((times) => new Map(times));
}

/**
 * Opens a page under the policy; returns what the console said and every
 * script it fetched (path → times), once the finder shows results. `then`
 * gets the tab and a function that reads what it fetched so far.
 */
async function visit(path, then = async () => {}, said = []) {
  const { context, tab, problems } = await watchedTab();
  tab.on('console', (message) => said.push({ type: message.type(), text: message.text() }));
  tab.on('pageerror', (error) => said.push({ type: 'pageerror', text: error.message }));
  await tab.goto(new URL(path, siteUrl).href);
  await tab.locator('pls-lawyer-finder [part~="card"]').first().waitFor({ timeout: 15000 });
  const cards = await tab.locator('pls-lawyer-finder [part~="card"]').count();
  await then(tab, () => scriptsFetched(tab));
  const fetched = await scriptsFetched(tab);
  const violations = await tab.evaluate(() => window.__violations);
  await context.close();
  return { said, cards, fetched, violations, problems };
}

const PAGE_TAGS = ['pls-aid-eligibility', 'pls-appointment-booker', 'pls-lawyer-finder', 'pls-notary-checklist', 'pls-provider', 'pls-legal-question',
  'pls-service-finder'];

test('two copies of the same version on one page: nothing is said, the widgets work, each chunk is fetched once', async () => {
  const { said, cards, fetched, violations } = await visit('/two-copies');
  assert.equal(cards, 3);
  assert.deepEqual(said.filter((entry) => entry.type !== 'debug' && entry.type !== 'log'), []);
  // the second loader sees the first one running and adds nothing
  assert.deepEqual([...fetched.keys()].filter((path) => path.startsWith('/again/')), ['/again/plskit.js']);
  assert.deepEqual([...fetched.values()].filter((times) => times > 1), []);
  for (const tag of PAGE_TAGS) assert.equal(fetched.get(`/${tag}.js`), 1, `${tag} fetched once`);
  assert.deepEqual(violations, []);
});

test('another version on the same page: the first definition stays, one warning per tag, no error', async () => {
  const said = [];
  const { cards, violations } = await visit('/two-versions', async (tab) => {
    await tab.locator('pls-aid-eligibility [part~="start-button"]').waitFor({ timeout: 15000 });
    // the second copy of each chunk may still be on its way: its define() is what warns
    const deadline = Date.now() + 10000;
    while (said.filter((entry) => entry.type === 'warning').length < PAGE_TAGS.length && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }, said);
  assert.equal(cards, 3);
  const warnings = said.filter((entry) => entry.type === 'warning').map((entry) => entry.text);
  // both loaders import their chunks at once; whichever defines a tag first keeps it, the other says so once
  for (const tag of PAGE_TAGS) {
    assert.equal(warnings.filter((text) => text.startsWith(`plskit: <${tag}> is already defined by plskit `)).length, 1, tag);
  }
  assert.equal(warnings.length, PAGE_TAGS.length);
  for (const text of warnings) assert.match(text, /defined by plskit (0\.1\.0|0\.0\.9); this copy \(plskit (0\.0\.9|0\.1\.0)\) leaves it in place\.$/);
  assert.deepEqual(said.filter((entry) => entry.type === 'error' || entry.type === 'pageerror'), []);
  assert.deepEqual(violations, []);
});

test('the loader fetches a tag\'s chunk on first sight of the tag, once, and nothing for tags the page does not use', async () => {
  const { fetched, violations, problems } = await visit('/finder-only', async (tab, fetchedSoFar) => {
    const before = await fetchedSoFar();
    assert.equal(before.has('/pls-aid-eligibility.js'), false, 'no checker on the page: its chunk is not fetched');
    assert.equal(before.has('/pls-provider.js'), false);
    // a checker and a second finder appear later (a CMS block, a client-side route)
    await tab.evaluate((api) => {
      const checker = document.createElement('pls-aid-eligibility');
      checker.setAttribute('api-base', api);
      checker.setAttribute('region', '370811');
      const section = document.createElement('section');
      const finder = document.createElement('pls-lawyer-finder');
      finder.setAttribute('api-base', api);
      section.append(checker, finder);
      document.querySelector('main').append(section);
    }, `${sandbox.url}/`);
    await tab.locator('pls-aid-eligibility [part~="start-button"]').waitFor({ timeout: 15000 });
    assert.equal(await tab.evaluate(() => Boolean(customElements.get('pls-aid-eligibility'))), true);
  });
  assert.equal(fetched.get('/plskit.js'), 1);
  assert.equal(fetched.get('/pls-lawyer-finder.js'), 1);
  assert.equal(fetched.get('/pls-aid-eligibility.js'), 1);
  assert.deepEqual([...fetched].filter(([, times]) => times > 1), [], 'every chunk (lit, the SDK included) is fetched once');
  assert.deepEqual(violations, []);
  assert.deepEqual(problems, []);
});

test('a tag\'s chunk can be preloaded by importing it: the loader then fetches nothing more for it', async () => {
  const { fetched, said, violations } = await visit('/preloaded');
  assert.equal(fetched.get('/pls-lawyer-finder.js'), 1);
  assert.deepEqual(said.filter((entry) => entry.type === 'error' || entry.type === 'warning' || entry.type === 'pageerror'), []);
  assert.deepEqual(violations, []);
});

test('what the page puts inside a tag is its fallback: hidden once the widget renders, shown where the engine cannot run it', async () => {
  const shown = (tab) => tab.evaluate(() => document.querySelector('a.fallback').getClientRects().length > 0);
  const rendering = await watchedTab();
  await rendering.tab.goto(new URL('/fallback', siteUrl).href);
  await rendering.tab.locator('pls-lawyer-finder [part~="card"]').first().waitFor({ timeout: 15000 });
  assert.equal(await shown(rendering.tab), false, 'the widget draws in its shadow root, without the page\'s link');
  assert.deepEqual(rendering.problems, []);
  await rendering.context.close();

  const old = await watchedTab();
  await old.tab.goto(new URL('/fallback-old-engine', siteUrl).href);
  const deadline = Date.now() + 15000;
  while (!old.problems.some((text) => text.startsWith('plskit: <pls-lawyer-finder> could not be loaded')) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  assert.ok(old.problems.some((text) => text.startsWith('plskit: <pls-lawyer-finder> could not be loaded')), old.problems.join('\n'));
  assert.equal(await old.tab.evaluate(() => Boolean(customElements.get('pls-lawyer-finder'))), false);
  assert.equal(await shown(old.tab), true, 'the page\'s link stands in for the widget');
  assert.deepEqual(await old.tab.evaluate(() => window.__violations), []);
  await old.context.close();
});

test('a page\'s own button opens a booker in a dialog under the strict policy, by click and by keyboard, and focus comes back', async () => {
  const { context, tab, problems } = await watchedTab();
  await tab.goto(new URL('/dialog', siteUrl).href);
  const opener = tab.locator('button[data-pls-open="book"]');
  const dialog = tab.locator('pls-dialog dialog');
  const openerHasFocus = () => opener.evaluate((button) => document.activeElement === button);
  await opener.click();
  await tab.locator('pls-appointment-booker #c-sc-370811').waitFor({ timeout: 15000 });
  assert.equal(await dialog.evaluate((element) => element.matches(':modal')), true);
  await tab.keyboard.press('Escape');
  await tab.waitForFunction(() => !document.querySelector('pls-dialog').open, undefined, { timeout: 15000 });
  assert.equal(await openerHasFocus(), true);

  await opener.focus();
  await tab.keyboard.press('Enter');
  await tab.waitForFunction(() => document.querySelector('pls-dialog').shadowRoot.querySelector('dialog').open, undefined, { timeout: 15000 });
  await tab.locator('pls-dialog [part~="close-button"]').click();
  await tab.waitForFunction(() => !document.querySelector('pls-dialog').open, undefined, { timeout: 15000 });
  assert.equal(await openerHasFocus(), true);

  assert.deepEqual(await tab.evaluate(() => window.__violations), []);
  assert.deepEqual(problems, []);
  await context.close();
});

// The staff desk on a city's intranet page under the same policy: the API on
// another origin that allows this page for its staff operations
// (PLSKIT_STAFF_CORS_ORIGINS), a token from an identity provider of the
// test's own handed to the element as a property, never in the markup.
test('the staff desk shows the roster, checks a visitor in, opens a closure\'s confirmation dialog and a work order under the strict policy', async () => {
  const { exportJWK, generateKeyPair, SignJWT } = await import('jose');
  const { mkdtempSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { privateKey, publicKey } = await generateKeyPair('ES256');
  const jwks = join(mkdtempSync(join(tmpdir(), 'plskit-csp-staff-')), 'jwks.json');
  writeFileSync(jwks, JSON.stringify({ keys: [{ ...(await exportJWK(publicKey)), kid: 'csp-1', alg: 'ES256' }] }));
  const issuer = 'https://idp.csp-test.example';
  const token = await new SignJWT({ roles: ['center-staff'], centers: ['sc-370811'], name: '李主任' }).setProtectedHeader({ alg: 'ES256', kid: 'csp-1' })
    .setSubject('csp-staff').setIssuer(issuer).setAudience('plskit-staff').setIssuedAt().setExpirationTime('10m').sign(privateKey);

  // the intranet page's server first: the API must know its origin
  const files = { '/page-watch.js': await readFile(new URL('../../../scripts/webdriver/page-watch.js', import.meta.url), 'utf8') };
  for (const file of (await readdir(cdnDir, { recursive: true })).filter((name) => name.endsWith('.js'))) files[`/${file}`] = await readFile(`${cdnDir}${file}`, 'utf8');
  let api = '';
  const intranet = createServer((request, response) => {
    if (files[request.url]) response.writeHead(200, { 'Content-Type': 'text/javascript' }).end(files[request.url]);
    else if (request.url === '/') {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': policy(api) })
        .end(page(`<pls-staff-desk api-base="${api}/" date="2026-09-01"></pls-staff-desk>`));
    } else response.writeHead(request.url === '/favicon.ico' ? 204 : 404).end();
  });
  await new Promise((resolve) => intranet.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${intranet.address().port}`;
  const staffApi = await startSandbox({ port: 0, db: ':memory:', now: '2026-09-01T09:00:00+08:00', logger: false, rateLimit: false,
    staff: { jwks, issuer }, staffCorsOrigins: [origin] });
  api = staffApi.url;
  try {
    const notice = await (await fetch(`${api}/v1/privacy-notices/appointments`)).json();
    const visit = await (await fetch(`${api}/v1/appointments`, {
      method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
      body: JSON.stringify({ center: 'sc-370811', service: 'mediation', slotStart: '2026-09-01T15:00:00+08:00',
        contact: { name: '王小明', phone: '13800138000' }, consent: { privacyNotice: notice.version, agreed: true } }),
    })).json();

    const { context, tab, problems } = await watchedTab();
    await tab.goto(`${origin}/`);
    await tab.waitForFunction(() => Boolean(customElements.get('pls-staff-desk')), undefined, { timeout: 15000 });
    await tab.evaluate((value) => { document.querySelector('pls-staff-desk').accessToken = value; }, token);
    const desk = tab.locator('pls-staff-desk');
    const row = desk.locator('[part~="visit"]', { hasText: visit.reference });
    await row.waitFor({ timeout: 15000 });
    assert.match(await row.textContent(), /138\*\*\*\*8000/);
    await row.locator('[part~="check-in-button"]').click();
    await desk.locator(`#status-${visit.reference}`, { hasText: '已到' }).waitFor({ timeout: 15000 });

    await desk.locator('[part~="close-day-button"]').click();
    await desk.locator('#reason-zh').fill('停电');
    await desk.locator('#reason-en').fill('Power cut');
    await desk.locator('[part~="close-button"]').click();
    const dialog = desk.locator('dialog[open]');
    await dialog.waitFor({ timeout: 15000 });
    // the closure's later chunk brought its look through adoptedStyleSheets, which style-src 'self' allows
    assert.equal(await dialog.evaluate((element) => getComputedStyle(element).borderTopWidth), '3px');
    await dialog.locator('[part~="cancel-button"]').click();

    // a question asked on the web, opened in the work-order tab: its chunk's look adopted the same way
    const question = await (await fetch(`${api}/v1/work-orders`, {
      method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
      body: JSON.stringify({ kind: 'question', topic: (await (await fetch(`${api}/v1/practice-areas`)).json()).items[0].code, region: '370811',
        text: '工资被拖欠怎么办？', contact: { name: '王小明', phone: '13800138000' },
        consent: { privacyNotice: (await (await fetch(`${api}/v1/privacy-notices/work-orders`)).json()).version, agreed: true } }),
    })).json();
    // passed to the member's center, whose staff see it
    const supervisor = await new SignJWT({ roles: ['supervisor'] }).setProtectedHeader({ alg: 'ES256', kid: 'csp-1' })
      .setSubject('csp-supervisor').setIssuer(issuer).setAudience('plskit-staff').setIssuedAt().setExpirationTime('10m').sign(privateKey);
    await fetch(`${api}/v1/staff/work-orders/${question.reference}/assign`, {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${supervisor}` }, body: JSON.stringify({ center: 'sc-370811' }),
    });
    await desk.locator('#tab-work-orders').click();
    await desk.locator(`#open-${question.reference}`).click();
    const asked = desk.locator('[part~="question"]', { hasText: '工资被拖欠怎么办？' });
    await asked.waitFor({ timeout: 15000 });
    assert.equal(await asked.evaluate((element) => getComputedStyle(element).whiteSpace), 'pre-wrap');

    assert.deepEqual(await tab.evaluate(() => window.__violations), []);
    assert.deepEqual(problems, []);
    await context.close();
  } finally {
    await staffApi.close();
    await new Promise((resolve) => intranet.close(resolve));
  }
});
