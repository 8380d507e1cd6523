import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { loadContract } from '../src/contract.js';
import { tokenBucketLimiter } from '../src/http/rate-limit.js';
import type { LogEntry } from '../src/logger.js';
import type { HandlerTable } from '../src/operations/operation.js';
import { ProblemError } from '../src/operations/operation.js';
import { createHttpShell, type HttpShellOptions, type ResponseViolation } from '../src/server.js';
import { testPseudonymKey } from './test-keys.js';

const contract = loadContract(fileURLToPath(new URL('./fixtures/shell-contract.yaml', import.meta.url)));
const operations: HandlerTable = {
  getHealth: () => ({ status: 200, body: { status: 'ok' } }),
  listThings: ({ query }) => ({ status: 200, body: { limit: query.limit ?? 20 } }),
  createThing: ({ body }) => ({ status: 201, body }),
  getThing: ({ params }) => {
    if (params.id === 'missing') throw new ProblemError(404, 'not-found');
    if (params.id === 'crash') throw new TypeError('secret 13800138000');
    // a reply that breaks the contract, to prove the conformance check sees it
    return { status: 200, body: params.id === 'wrong' ? { nope: true } : { id: params.id } };
  },
};

let closeServer: (() => Promise<void>) | undefined;
afterEach(async () => closeServer?.());

async function shell(overrides: Partial<HttpShellOptions> = {}) {
  const logs: LogEntry[] = [];
  const violations: ResponseViolation[] = [];
  const server = createHttpShell({
    contract, operations, clock: () => new Date('2026-09-01T01:00:00Z'), logger: (e) => logs.push(e),
    bodyLimit: 1024, faultHeader: true, staticRoots: [], checkResponses: true, violations, pseudonymKey: testPseudonymKey, ...overrides,
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  closeServer = () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); });
  return { url, logs, violations };
}

/** A request with headers fetch() will not let a caller set (Host). */
function request(url: string, path: string, headers: Record<string, string>): Promise<{ status: number; headers: IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${url}${path}`, { headers }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (chunk: string) => { body += chunk; }).on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject).end();
  });
}

const post = (url: string, body: string, headers: Record<string, string> = {}) =>
  fetch(`${url}/v1/things`, { method: 'POST', body, headers: { 'content-type': 'application/json', 'idempotency-key': 'key-12345678', ...headers } });

describe('the HTTP shell', () => {
  it('routes from the contract, coerces query types and answers JSON', async () => {
    const { url } = await shell();
    const response = await fetch(`${url}/v1/things?limit=5`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ limit: 5 });
    expect(response.headers.get('content-language')).toBe('zh-CN');
  });

  it('names the field of a bad query parameter, an unknown parameter and a missing header', async () => {
    const { url } = await shell();
    const bad = await fetch(`${url}/v1/things?limit=abc`, { headers: { 'accept-language': 'en' } });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toBe('application/problem+json');
    const problem = await bad.json();
    expect(problem).toMatchObject({ status: 400, code: 'validation-failed', title: 'The request is not valid' });
    expect(problem.errors).toContainEqual(expect.objectContaining({ field: 'limit' }));
    const unknown = await (await fetch(`${url}/v1/things?colour=red`)).json();
    expect(unknown.errors).toContainEqual(expect.objectContaining({ field: 'colour', code: 'unknown-field' }));
    const noKey = await (await fetch(`${url}/v1/things`, { method: 'POST', body: '{"name":"a"}', headers: { 'content-type': 'application/json' } })).json();
    expect(noKey.errors).toContainEqual(expect.objectContaining({ field: 'Idempotency-Key', code: 'required' }));
  });

  it('rejects unknown body fields, wrong types, bad patterns, malformed JSON, other media types and oversize bodies', async () => {
    const { url } = await shell();
    const unknown = await post(url, '{"name":"a","admin":true}');
    expect(unknown.status).toBe(400);
    expect((await unknown.json()).errors).toContainEqual(expect.objectContaining({ field: '/admin', code: 'unknown-field' }));
    const wrongType = await (await post(url, '{"name":5}')).json();
    expect(wrongType.errors).toContainEqual(expect.objectContaining({ field: '/name', code: 'type' }));
    const badPhone = await post(url, '{"name":"a","phone":"12345"}');
    const badPhoneText = await badPhone.text();
    expect(badPhone.status).toBe(400);
    expect(JSON.parse(badPhoneText).errors).toContainEqual(expect.objectContaining({ field: '/phone', code: 'pattern' }));
    expect(badPhoneText).not.toContain('12345'); // input is never echoed
    const missing = await (await post(url, '{}')).json();
    expect(missing.errors).toContainEqual(expect.objectContaining({ field: '/name', code: 'required' }));
    const malformed = await post(url, '{"name":');
    expect([malformed.status, (await malformed.json()).code]).toEqual([400, 'malformed-json']);
    const text = await post(url, 'name=a', { 'content-type': 'text/plain' });
    expect([text.status, (await text.json()).code]).toEqual([415, 'unsupported-media-type']);
    const huge = await post(url, JSON.stringify({ name: 'x'.repeat(5000) }));
    expect([huge.status, (await huge.json()).code]).toEqual([413, 'payload-too-large']);
    const created = await post(url, '{"name":"ok","phone":"13800138000"}');
    expect(created.status).toBe(201);
  });

  it('reports well-formed JSON of the wrong type (a string, a number, an array, null) as a validation problem on the whole body', async () => {
    const { url } = await shell();
    for (const body of ['"x"', '5', '[]', 'null']) {
      const response = await post(url, body);
      const answer = await response.json();
      expect([body, response.status, answer.code]).toEqual([body, 400, 'validation-failed']);
      // "" is the JSON pointer to the whole document (RFC 6901)
      expect(answer.errors).toEqual([expect.objectContaining({ field: '', code: 'type' })]);
    }
  });

  it('answers 404 and 405 as problems, and a crash as a 500 that logs no input', async () => {
    const { url, logs } = await shell();
    expect((await fetch(`${url}/v1/nothing`)).status).toBe(404);
    const wrongMethod = await fetch(`${url}/v1/health`, { method: 'DELETE' });
    // RFC 9110 §15.5.6: a 405 names the methods the resource has
    expect([wrongMethod.status, wrongMethod.headers.get('allow'), (await wrongMethod.json()).code])
      .toEqual([405, 'GET, HEAD, OPTIONS', 'method-not-allowed']);
    const missing = await fetch(`${url}/v1/things/missing`);
    expect([missing.status, (await missing.json()).code]).toEqual([404, 'not-found']);
    const crash = await fetch(`${url}/v1/things/crash`);
    expect([crash.status, (await crash.json()).code]).toEqual([500, 'internal-error']);
    expect(JSON.stringify(logs)).not.toContain('13800138000');
    expect(logs).toContainEqual(expect.objectContaining({ event: 'internal-error', errorName: 'TypeError' }));
  });

  it('logs the route template, never the concrete path or query', async () => {
    const { url, logs } = await shell();
    await fetch(`${url}/v1/things/13800138000?x=secret`);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const line = JSON.stringify(logs);
    expect(logs).toContainEqual(expect.objectContaining({ event: 'request', route: '/v1/things/{id}', method: 'GET' }));
    expect(line).not.toContain('13800138000');
    expect(line).not.toContain('secret');
  });

  it('records responses that do not conform to the contract', async () => {
    const { url, violations } = await shell();
    await fetch(`${url}/v1/things/fine`);
    expect(violations).toHaveLength(0);
    await fetch(`${url}/v1/things/wrong`);
    expect(violations).toEqual([expect.objectContaining({ operationId: 'getThing', status: 200 })]);
  });

  it('checks problem documents against the contract\'s Problem schema and flags statuses the operation does not declare', async () => {
    const { url, violations } = await shell();
    // a declared 404 whose zh-CN title fits the fixture's 5-character limit
    await fetch(`${url}/v1/things/missing`);
    expect(violations).toHaveLength(0);
    // the same problem in English breaks the schema: openapi-backend alone never looked at problem bodies
    await fetch(`${url}/v1/things/missing`, { headers: { 'accept-language': 'en' } });
    expect(violations).toEqual([expect.objectContaining({
      operationId: 'getThing', status: 404, errors: [expect.objectContaining({ keyword: 'maxLength', instancePath: '/title' })],
    })]);
    violations.length = 0;
    // createThing declares neither 400 nor default
    await post(url, '{}');
    expect(violations).toEqual([expect.objectContaining({
      operationId: 'createThing', status: 400, errors: [expect.objectContaining({ keyword: 'status' })],
    })]);
  });

  it('allows any origin by default and only listed origins with an allow-list', async () => {
    const open = await shell();
    const anyOrigin = await fetch(`${open.url}/v1/health`, { headers: { origin: 'https://partner.example' } });
    expect(anyOrigin.headers.get('access-control-allow-origin')).toBe('*');
    const preflight = await fetch(`${open.url}/v1/things`, {
      method: 'OPTIONS', headers: { origin: 'https://partner.example', 'access-control-request-method': 'POST' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')).toContain('Idempotency-Key');
    await closeServer?.();
    const listed = await shell({ corsOrigins: ['https://county.example'] });
    const allowed = await fetch(`${listed.url}/v1/health`, { headers: { origin: 'https://county.example' } });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://county.example');
    const refused = await fetch(`${listed.url}/v1/health`, { headers: { origin: 'https://evil.example' } });
    expect([refused.status, refused.headers.get('access-control-allow-origin')]).toEqual([403, null]);
  });

  it('always lets the sandbox\'s own origin in, its /demo/ page included, when an allow-list is configured', async () => {
    const { url } = await shell({
      corsOrigins: ['https://county.example'], allowedHosts: ['127.0.0.1'],
      staticRoots: [{ prefix: '/demo/', dir: fileURLToPath(new URL('./fixtures/', import.meta.url)) }],
    });
    const own = { origin: url };
    expect((await fetch(`${url}/v1/health`, { headers: own })).status).toBe(200);
    expect((await post(url, '{"name":"own"}', own)).status).toBe(201);
    expect((await fetch(`${url}/demo/shell-contract.yaml`, { headers: own })).status).toBe(200);
    // the same host on another port, or another scheme's look-alike, is not the sandbox
    const otherPort = url.replace(/:(\d+)$/, (_, port: string) => `:${Number(port) + 1}`);
    expect((await fetch(`${url}/v1/health`, { headers: { origin: otherPort } })).status).toBe(403);
    expect((await fetch(`${url}/v1/health`, { headers: { origin: `${url}.evil.example` } })).status).toBe(403);
  });

  it('trusts the Host header as the own origin only when it is checked against an allow-list (DNS rebinding)', async () => {
    const unchecked = await shell({ corsOrigins: ['https://county.example'] });
    // any page can make a browser send its own name as Host: without a list, it proves nothing
    expect((await fetch(`${unchecked.url}/v1/health`, { headers: { origin: unchecked.url } })).status).toBe(403);
    await closeServer?.();
    const { url } = await shell({ allowedHosts: ['127.0.0.1', 'sandbox.example:8443'] });
    expect((await fetch(`${url}/v1/health`)).status).toBe(200);
    const rebound = await request(url, '/v1/health', { host: 'attacker.example' });
    expect([rebound.status, JSON.parse(rebound.body).code]).toEqual([421, 'host-not-allowed']);
    expect((await request(url, '/v1/health', { host: 'sandbox.example:8443' })).status).toBe(200);
    expect((await request(url, '/v1/health', { host: 'sandbox.example:9000' })).status).toBe(421);
  });

  it('checks the partner key only when keys are configured, and never on an open operation', async () => {
    const open = await shell();
    expect((await fetch(`${open.url}/v1/things`)).status).toBe(200);
    await closeServer?.();
    const keyed = await shell({ partnerKeys: ['k-1'] });
    const none = await fetch(`${keyed.url}/v1/things`);
    expect([none.status, (await none.json()).code]).toEqual([401, 'unauthorized']);
    expect((await fetch(`${keyed.url}/v1/things`, { headers: { 'x-partner-key': 'k-2' } })).status).toBe(401);
    expect((await fetch(`${keyed.url}/v1/things`, { headers: { 'x-partner-key': 'k-1' } })).status).toBe(200);
    expect((await fetch(`${keyed.url}/v1/health`)).status).toBe(200);
  });

  it('rate-limits per client address with 429 and Retry-After, whatever partner key it sends', async () => {
    const { url, violations } = await shell({ partnerKeys: ['k-1', 'k-2'], rateLimiter: tokenBucketLimiter({ perSecond: 1, burst: 3 }) });
    const as = (key: string) => fetch(`${url}/v1/health`, { headers: { 'x-partner-key': key } });
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await as('k-1')).status);
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    const limited = await as('k-1');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect((await limited.json()).code).toBe('rate-limited');
    // a key (valid or made up) is not a fresh bucket: the address is the unit
    expect((await as('k-2')).status).toBe(429);
    expect((await as('made-up')).status).toBe(429);
    // a 429 is sent before routing, yet checked: the fixture's health declares no 429
    expect(violations.map(({ operationId, status }) => [operationId, status])).toContainEqual(['getHealth', 429]);
  });

  it('ignores the fault header unless it is switched on', async () => {
    const { url } = await shell({ faultHeader: false });
    expect((await fetch(`${url}/v1/health`, { headers: { 'x-plskit-fault': 'status=503' } })).status).toBe(200);
  });

  it('injects latency and failures from the header or the process option', async () => {
    const { url } = await shell();
    const t0 = performance.now();
    expect((await fetch(`${url}/v1/health`, { headers: { 'x-plskit-fault': 'latency=300' } })).status).toBe(200);
    expect(performance.now() - t0).toBeGreaterThanOrEqual(290);
    const forced = await fetch(`${url}/v1/health`, { headers: { 'x-plskit-fault': 'status=503' } });
    expect([forced.status, (await forced.json()).code]).toEqual([503, 'fault-injected']);
    // a retryable injected failure says when to retry, as a real one would
    expect(forced.headers.get('retry-after')).toBe('1');
    const limited = await fetch(`${url}/v1/health`, { headers: { 'x-plskit-fault': 'status=429' } });
    expect([limited.status, limited.headers.get('retry-after')]).toEqual([429, '1']);
    const broken = await fetch(`${url}/v1/health`, { headers: { 'x-plskit-fault': 'status=500' } });
    expect([broken.status, broken.headers.get('retry-after')]).toEqual([500, null]);
    const bad = await fetch(`${url}/v1/health`, { headers: { 'x-plskit-fault': 'latency=forever' } });
    expect((await bad.json()).errors).toContainEqual(expect.objectContaining({ field: 'X-Plskit-Fault' }));
    await closeServer?.();
    const flaky = await shell({ faults: { errorRate: 0.5, status: 502 } });
    const statuses = await Promise.all(Array.from({ length: 40 }, () => fetch(`${flaky.url}/v1/health`).then((r) => r.status)));
    expect(statuses.filter((s) => s === 502).length).toBeGreaterThan(5);
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThan(5);
  });
});
