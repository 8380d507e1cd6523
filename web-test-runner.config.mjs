// Component tests in one browser engine at a time (PLSKIT_ENGINE=chromium,
// firefox or webkit; see scripts/test-runner-engines.mjs), against the real sandbox: started in this process on an in-memory SQLite
// database with a fixed clock, and reached same-origin through /v1 (so tests
// set api-base="/"). Nothing in the tests fakes the API.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { testRunnerLauncher } from './scripts/test-runner-engines.mjs';
import { forcedColorsPlugin } from './scripts/test-runner-forced-colors.mjs';

export const SANDBOX_NOW = '2026-09-01T09:00:00+08:00';

/** The partner key the second sandbox (under /keyed/v1/) accepts, and nothing else. */
export const TEST_PARTNER_KEY = 'wtr-partner-key';

/** The issuer of the staff tokens the test server signs (a JWKS of its own stands in for the city's identity provider). */
export const TEST_STAFF_ISSUER = 'https://idp.wtr.example/realms/staff';

/**
 * The test server's own identity provider: a key pair whose public half the
 * sandbox trusts as its JWKS file, and `POST /__plskit/staff-token` (this test
 * server only, never the sandbox) that signs a token for the claims a test
 * sends: `{ sub, name, roles, centers, expiresIn }`.
 */
async function testIdentityProvider() {
  const { privateKey, publicKey } = await generateKeyPair('ES256');
  const jwks = join(mkdtempSync(join(tmpdir(), 'plskit-wtr-staff-')), 'jwks.json');
  writeFileSync(jwks, JSON.stringify({ keys: [{ ...(await exportJWK(publicKey)), kid: 'wtr-1', alg: 'ES256', use: 'sig' }] }));
  const sign = ({ sub = 'wtr-staff', expiresIn = 3600, ...claims }) => {
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT(claims).setProtectedHeader({ alg: 'ES256', kid: 'wtr-1', typ: 'JWT' }).setSubject(sub).setIssuer(TEST_STAFF_ISSUER)
      .setAudience('plskit-staff').setIssuedAt(now - 60).setExpirationTime(now + expiresIn).sign(privateKey);
  };
  return { options: { jwks, issuer: TEST_STAFF_ISSUER }, sign };
}

/**
 * The city's SMS gateway, on loopback: it keeps the last code texted to each
 * number, which the test server hands out at `GET /__plskit/sms-code?to=<number>`
 * (this test server only), as a resident reads it on the phone.
 */
async function smsGateway() {
  const codes = new Map();
  const server = createServer((request, response) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => {
      const message = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
      const code = message.template === 'phone-verification-code' ? /\d{6}/.exec(message.text ?? '')?.[0] : undefined;
      if (code) codes.set(message.to, code);
      response.writeHead(200).end('ok');
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}/sms`,
    /** The last code texted to `to`, taken (so a test waits for the next one). */
    take(to) {
      const code = codes.get(to);
      codes.delete(to);
      return code;
    },
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(resolve); }),
  };
}

/**
 * Starts @plskit/sandbox (compiled dist: `npx tsc -b packages/sandbox` first) with the
 * test server: /v1/* accepts any partner key, /keyed/v1/* only TEST_PARTNER_KEY,
 * /sms/v1/* confirms numbers by a texted code (PLSKIT_PHONE_VERIFICATION=sms).
 */
function plskitSandbox() {
  let sandbox;
  let keyed;
  let sms;
  let gateway;
  let failure;
  let identity;
  const forwardedRequestHeaders = ['accept', 'accept-language', 'content-type', 'x-partner-key', 'idempotency-key',
    'x-manage-token', 'x-plskit-fault', 'authorization'];
  const forwardedResponseHeaders = ['content-type', 'content-language', 'retry-after', 'idempotent-replayed', 'x-request-id',
    'cache-control', 'www-authenticate'];
  return {
    name: 'plskit-sandbox',
    async serverStart() {
      try {
        const { startSandbox } = await import('./packages/sandbox/dist/index.js');
        // hostileRecords: the escaping tests' own fixture (the default dataset has none)
        identity = await testIdentityProvider();
        const options = { port: 0, db: ':memory:', now: SANDBOX_NOW, logger: false, rateLimit: false, demoDir: false, cdnDir: false,
          faultHeader: true, hostileRecords: true };
        // the component tests book and ask as one resident many times: no limits per number here; /keyed/ keeps the defaults (2, 3)
        sandbox = await startSandbox({ ...options, staff: identity.options, maxActiveBookingsPerPhone: false, maxOpenWorkOrdersPerPhone: false });
        keyed = await startSandbox({ ...options, staff: identity.options, partnerKeys: [TEST_PARTNER_KEY] });
        // codes go out at once; each test confirms a number of its own (3 codes an hour a number, on a clock that stands still)
        gateway = await smsGateway();
        sms = await startSandbox({ ...options, maxActiveBookingsPerPhone: false, maxOpenWorkOrdersPerPhone: false, phoneVerification: 'sms', phoneCodesPerAddress: 1000,
          webhooks: { endpoints: [], notifications: { url: gateway.url, secrets: ['whsec_wtr_sms_gateway_0123456789'] } }, delivery: { pollMs: 50 } });
      } catch (error) {
        failure = error;
        console.error(`[plskit-sandbox] could not start the sandbox, /v1 will answer 502: ${error.message}`);
      }
    },
    async serverStop() {
      await sandbox?.close();
      await keyed?.close();
      await sms?.close();
      await gateway?.close();
    },
    /** Koa middleware: /v1/* goes to the sandbox unchanged (method, body, API headers); the test identity provider signs staff tokens. */
    async proxy(ctx, next) {
      if (ctx.path === '/__plskit/staff-token' && ctx.method === 'POST' && identity) {
        const chunks = [];
        for await (const chunk of ctx.req) chunks.push(chunk);
        ctx.body = await identity.sign(JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}'));
        ctx.type = 'text/plain';
        return undefined;
      }
      if (ctx.path === '/__plskit/sms-code' && gateway) {
        ctx.body = gateway.take(ctx.query.to) ?? '';
        ctx.type = 'text/plain';
        return undefined;
      }
      const target = ctx.url.startsWith('/v1/') ? sandbox : ctx.url.startsWith('/keyed/v1/') ? keyed : ctx.url.startsWith('/sms/v1/') ? sms : null;
      if (target === null) return next();
      if (!target) {
        ctx.status = 502;
        ctx.body = `sandbox not running: ${failure?.message ?? 'unknown'}`;
        return undefined;
      }
      const headers = {};
      for (const name of forwardedRequestHeaders) if (ctx.get(name)) headers[name] = ctx.get(name);
      let body;
      if (ctx.method !== 'GET' && ctx.method !== 'HEAD') {
        const chunks = [];
        for await (const chunk of ctx.req) chunks.push(chunk);
        body = Buffer.concat(chunks);
      }
      const path = ctx.url.replace(/^\/(keyed|sms)/, '');
      const response = await fetch(`${target.url}${path}`, { method: ctx.method, headers, body });
      ctx.status = response.status;
      for (const name of forwardedResponseHeaders) {
        const value = response.headers.get(name);
        if (value) ctx.set(name, value);
      }
      ctx.body = Buffer.from(await response.arrayBuffer());
      return undefined;
    },
  };
}

const sandbox = plskitSandbox();

/**
 * Answers 503 to the next request for one of `modules` (names without the
 * extension), as a later screen's chunk that cannot be fetched (offline): a
 * test arms it with POST /__plskit/fail-module?name=<module>. Those modules are
 * never reused from the cache, or a page would take them from an earlier test file's fetch.
 * The browser keeps a failed module failed for the page's life, so such a test
 * has a file of its own.
 */
function moduleFaults(modules) {
  const armed = new Set();
  return async (ctx, next) => {
    if (ctx.path === '/__plskit/fail-module') {
      armed.add(ctx.query.name);
      ctx.status = 204;
      return undefined;
    }
    const name = ctx.path.split('/').pop().replace(/\.(ts|js)$/, '');
    if (!modules.includes(name)) return next();
    if (armed.delete(name)) ctx.status = 503;
    else await next();
    // the runner marks every file cacheable for a year after this returns; a response that varies on everything is never reused
    ctx.set('vary', '*');
    return undefined;
  };
}

export default {
  files: ['packages/elements/test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['@plskit/source', 'browser'] },
  middleware: [sandbox.proxy, moduleFaults(['eligibility-questions', 'closure-view', 'caller-booking', 'work-orders-area'])],
  // the plugin reads the tsconfig raw and ignores "extends": point it at the file
  // that holds experimentalDecorators, or Lit decorators fail to compile
  plugins: [sandbox, esbuildPlugin({ ts: true, target: 'es2022',
    tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }), forcedColorsPlugin()],
  browsers: [testRunnerLauncher()],
  concurrency: 1, browserStartTimeout: 60000, testsFinishTimeout: 120000,
  testFramework: { config: { timeout: 10000 } },
};
