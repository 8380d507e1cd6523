// The example apps as a partner builds them: each is copied out of the
// repository (so nothing resolves to the workspace's source), installed from
// the tarballs `npm test` packed (PLSKIT_PACKS, from scripts/check-packages.mjs
// --out) plus pinned registry packages, type-checked strictly (each app holds
// mistakes the types must reject: an unused @ts-expect-error fails the check),
// built (Vite; next build; nuxi generate), and rendered in Chromium against a real sandbox: the finder
// shows results and a chosen lawyer reaches the framework's own handler, every
// other resident tag shows its first screen, and the page's button opens the
// booker's dialog (its events reach the framework's handlers too).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import { launchChromium } from '../../scripts/launch-chromium.mjs';

const repository = resolve(import.meta.dirname, '../..');
const packs = resolve(process.env.PLSKIT_PACKS ?? join(repository, '.plskit/packs'));
const { startSandbox } = await import(join(repository, 'packages/sandbox/dist/index.js'));

const tarball = (name) => {
  const file = readdirSync(packs).find((f) => f.startsWith(`plskit-${name}-`) && f.endsWith('.tgz'));
  assert.ok(file, `no @plskit/${name} tarball in ${packs}: run node scripts/check-packages.mjs --out ${packs}`);
  return `file:${join(packs, file)}`;
};

/** Copies an example out of the repository and installs it from the tarballs; returns its folder. */
function install(example) {
  // kept between runs of one checkout (npm reuses what it can); two checkouts testing at once never share it
  const checkout = createHash('sha256').update(repository).digest('hex').slice(0, 8);
  const dir = join(tmpdir(), 'plskit-examples', checkout, example);
  mkdirSync(dir, { recursive: true });
  for (const entry of readdirSync(dir)) if (!['node_modules'].includes(entry)) rmSync(join(dir, entry), { recursive: true, force: true });
  rmSync(join(dir, 'node_modules/@plskit'), { recursive: true, force: true });
  cpSync(join(repository, 'examples', example), dir, { recursive: true, filter: (src) => !/node_modules|dist$|\.next$|out$|\.nuxt$|\.output$/.test(src) });
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  // what `npm install @plskit/elements` would give once published: the elements and what they depend on
  manifest.dependencies = { ...manifest.dependencies, '@plskit/elements': tarball('elements'), '@plskit/sdk': tarball('sdk'), '@plskit/core': tarball('core') };
  writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest, null, 2));
  run(dir, 'npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], 300_000);
  assert.ok(!lstatSync(join(dir, 'node_modules/@plskit/elements')).isSymbolicLink(), 'the elements came from the tarball');
  return dir;
}

function run(cwd, command, args, timeout = 180_000) {
  try {
    // the frameworks' build tools would otherwise report usage to their makers
    const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NUXT_TELEMETRY_DISABLED: '1' };
    return execFileSync(command, args, { cwd, env, encoding: 'utf8', stdio: 'pipe', timeout });
  } catch (error) {
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${error.stdout ?? ''}${error.stderr ?? ''}`);
  }
}

let sandboxes = [];
let browser;
before(async () => { browser = await launchChromium(); });
after(async () => {
  await browser?.close();
  await Promise.all(sandboxes.map((s) => s.close()));
});

const SANDBOX = { port: 0, db: ':memory:', cdnDir: false, logger: false, rateLimit: false, now: '2026-09-01T09:00:00+08:00' };
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.txt': 'text/plain' };

/** A Vite build: under /demo/ of a sandbox (one origin, api-base="/"), under the demo's strict CSP. */
async function servedBySandbox(dist) {
  const sandbox = await startSandbox({ ...SANDBOX, demoDir: dist });
  sandboxes.push(sandbox);
  return `${sandbox.url}/demo/`;
}

/**
 * A framework's static export (Next.js, Nuxt): its own inline bootstrap scripts
 * need its own policy, so a plain file server serves it and passes /v1/ to a sandbox (api-base="/").
 */
async function servedBeside(out) {
  const sandbox = await startSandbox({ ...SANDBOX, demoDir: false });
  sandboxes.push(sandbox);
  const server = createServer(async (request, response) => {
    const url = new URL(request.url, 'http://site');
    if (url.pathname.startsWith('/v1/')) {
      const reply = await fetch(`${sandbox.url}${url.pathname}${url.search}`, {
        method: request.method, headers: { 'content-type': request.headers['content-type'] ?? 'application/json', 'accept-language': request.headers['accept-language'] ?? '' },
        body: ['GET', 'HEAD'].includes(request.method) ? undefined : Readable.toWeb(request), duplex: 'half',
      });
      response.writeHead(reply.status, { 'content-type': reply.headers.get('content-type') ?? 'application/json' }).end(Buffer.from(await reply.arrayBuffer()));
      return;
    }
    const file = join(out, normalize(url.pathname).replace(/\/$/, '/index.html'));
    const body = file.startsWith(out) ? await readFile(file).catch(() => undefined) : undefined;
    if (body) response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    // the browser asks for a favicon by itself (the sandbox answers it for the Vite builds)
    else response.writeHead(url.pathname === '/favicon.ico' ? 204 : 404).end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  sandboxes.push({ close: () => new Promise((resolve) => server.close(resolve)) });
  return `http://127.0.0.1:${server.address().port}/`;
}

/** Opens the built app, walks a search to a choice, checks every tag's first screen, opens and closes the dialog. */
async function renderAndUse(url) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => { if (message.type() === 'error') errors.push(`${message.text()} ${message.location().url ?? ''}`.trim()); });
  page.on('response', (response) => { if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`); });
  await page.goto(url);
  const cards = page.locator('pls-lawyer-finder [part~="card"]');
  await cards.first().waitFor({ timeout: 30_000 });
  assert.ok(await cards.count() > 0, 'the finder shows results');
  assert.match(await page.locator('#selected').textContent(), /No lawyer selected/);
  await page.locator('pls-lawyer-finder [part~="details-button"]').first().click();
  await page.locator('pls-lawyer-finder [part~="select-button"]').click();
  await page.locator('#selected', { hasText: /Selected lawyer lw-\d{4}/ }).waitFor({ timeout: 10_000 });
  // every other resident tag shows its first screen from the API
  await page.locator('pls-aid-eligibility [part~="start-button"]').waitFor({ timeout: 30_000 });
  await page.locator('pls-notary-checklist [part~="questions"]').waitFor({ timeout: 30_000 });
  await page.locator('pls-legal-question [part~="topics"] input').first().waitFor({ timeout: 30_000 });
  // the page's own button opens the booker's dialog; Escape closes it, and both reach the app's handlers
  await page.locator('button[data-pls-open="book"]').click();
  await page.locator('pls-appointment-booker #c-sc-370811').waitFor({ timeout: 30_000 });
  await page.locator('#dialog', { hasText: 'Dialog opened by data-pls-open' }).waitFor({ timeout: 10_000 });
  await page.keyboard.press('Escape');
  await page.locator('#dialog', { hasText: 'Dialog closed by escape' }).waitFor({ timeout: 10_000 });
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-pls-open')), 'book', 'focus is back on the button');
  assert.deepEqual(errors, []);
  await page.close();
}

for (const { example, typecheck, mistakes, build, out, serve } of [
  { example: 'react', typecheck: ['tsc', '-p', 'tsconfig.json'], mistakes: 'src/type-mistakes.tsx', build: ['vite', 'build', '--logLevel', 'warn'], out: 'dist', serve: servedBySandbox },
  { example: 'vue', typecheck: ['vue-tsc', '-p', 'tsconfig.json'], mistakes: 'src/TypeMistakes.vue', build: ['vite', 'build', '--logLevel', 'warn'], out: 'dist', serve: servedBySandbox },
  { example: 'next', typecheck: ['tsc', '-p', 'tsconfig.json'], mistakes: 'app/type-mistakes.tsx', build: ['next', 'build'], out: 'out', serve: servedBeside },
  // nuxi typecheck: vue-tsc over the types Nuxt generates (.nuxt/tsconfig.json); nuxi generate: the static site
  { example: 'nuxt', typecheck: ['nuxi', 'typecheck'], mistakes: 'components/TypeMistakes.vue', build: ['nuxi', 'generate'], out: '.output/public', serve: servedBeside },
]) {
  describe(`examples/${example}`, () => {
    let dir;
    before(() => { dir = install(example); });

    test('type-checks strictly with the types the tarball ships, and rejects every deliberate mistake', () => {
      run(dir, join(dir, 'node_modules/.bin', typecheck[0]), typecheck.slice(1));
    });

    test('the mistakes really are mistakes: without their @ts-expect-error the check fails on each', () => {
      const file = join(dir, mistakes);
      const text = readFileSync(file, 'utf8');
      const directive = /^(\s*(?:\/\/|<!--) )@(ts|vue)-expect-error/gm;
      const expected = text.match(directive).length;
      writeFileSync(file, text.replace(directive, '$1$2-expectation-removed'));
      try {
        assert.throws(() => run(dir, join(dir, 'node_modules/.bin', typecheck[0]), typecheck.slice(1)), (error) => {
          const reported = error.message.match(/error TS\d+/g) ?? [];
          assert.ok(reported.length >= expected, `expected at least ${expected} errors, got:\n${error.message}`);
          return true;
        });
      } finally {
        writeFileSync(file, text);
      }
    });

    test('builds and works in Chromium against the sandbox: every resident tag renders, a choice and the dialog events reach the app', async () => {
      run(dir, join(dir, 'node_modules/.bin', build[0]), build.slice(1), 300_000);
      assert.ok(existsSync(join(dir, out, 'index.html')));
      // server rendering (Next.js, Nuxt) leaves the tags to the browser: the page it wrote holds none
      if (serve === servedBeside) assert.doesNotMatch(readFileSync(join(dir, out, 'index.html'), 'utf8'), /<pls-/);
      await renderAndUse(await serve(join(dir, out)));
    });
  });
}
