// Requests at the edges of HTTP: malformed escapes, oversize heads, clients that
// leave, HEAD, connection limits, and the demo page's security headers. Each
// is answered as a problem (or not at all), never as a 500.
import { request as httpRequest, type IncomingHttpHeaders, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { loadContract } from '../src/contract.js';
import { DEMO_PAGE_POLICY } from '../src/http/page-security.js';
import type { LogEntry } from '../src/logger.js';
import type { HandlerTable } from '../src/operations/operation.js';
import { createHttpShell, SERVER_LIMITS, type HttpShellOptions } from '../src/server.js';
import { testPseudonymKey } from './test-keys.js';

const contract = loadContract(fileURLToPath(new URL('./fixtures/shell-contract.yaml', import.meta.url)));
const operations: HandlerTable = {
  getHealth: () => ({ status: 200, body: { status: 'ok' } }),
  listThings: ({ query }) => ({ status: 200, body: { limit: query.limit ?? 20 } }),
  createThing: ({ body }) => ({ status: 201, body }),
  getThing: ({ params }) => ({ status: 200, body: { id: params.id } }),
};

let server: Server | undefined;
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve) ?? resolve(undefined));
  server = undefined;
});

async function shell(overrides: Partial<HttpShellOptions> = {}) {
  const logs: LogEntry[] = [];
  server = createHttpShell({
    contract, operations, clock: () => new Date('2026-09-01T01:00:00Z'), logger: (e) => logs.push(e),
    bodyLimit: 1024, faultHeader: true, staticRoots: [], checkResponses: false, violations: [], pseudonymKey: testPseudonymKey, ...overrides,
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return { url: `http://127.0.0.1:${port}`, port, logs };
}

interface RawReply { status: number; headers: IncomingHttpHeaders; body: string }

function send(url: string, path: string, options: { method?: string; headers?: Record<string, string> } = {}): Promise<RawReply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${url}${path}`, { method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (chunk: string) => { body += chunk; })
        .on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject).end();
  });
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 30));

describe('requests at the edges of HTTP', () => {
  it('answers a malformed percent-escape in a path parameter with a 400 problem naming it, logged as a client error', async () => {
    const { url, logs } = await shell();
    for (const path of ['/v1/things/%', '/v1/things/%zz', '/v1/things/%E0%A4%A', '/v1/things/%C0']) {
      const reply = await send(url, path, { headers: { 'accept-language': 'en' } });
      expect([path, reply.status, reply.headers['content-type']]).toEqual([path, 400, 'application/problem+json']);
      expect(JSON.parse(reply.body)).toMatchObject({ code: 'validation-failed', errors: [{ field: 'id', code: 'encoding' }] });
    }
    await settle();
    expect(logs.filter((entry) => entry.level === 'error')).toEqual([]);
  });

  it('answers an empty id with 404, not the list', async () => {
    const { url } = await shell();
    const reply = await send(url, '/v1/things/');
    expect([reply.status, JSON.parse(reply.body).code]).toEqual([404, 'not-found']);
  });

  it('answers a URL over the limit with 414 and a header block over Node\'s limit with 431, both as problems', async () => {
    const { url } = await shell();
    const long = await send(url, `/v1/things?pad=${'x'.repeat(9 * 1024)}`);
    expect([long.status, long.headers['content-type'], JSON.parse(long.body).code]).toEqual([414, 'application/problem+json', 'uri-too-long']);
    // beyond Node's 16 KiB head the parser refuses it before any handler: still a problem
    const huge = await send(url, `/v1/things?pad=${'x'.repeat(20 * 1024)}`);
    expect([huge.status, huge.headers['content-type'], JSON.parse(huge.body).code]).toEqual([414, 'application/problem+json', 'uri-too-long']);
    const headers = await send(url, '/v1/things', { headers: { 'x-padding': 'y'.repeat(20 * 1024) } });
    expect([headers.status, headers.headers['content-type'], JSON.parse(headers.body).code])
      .toEqual([431, 'application/problem+json', 'header-fields-too-large']);
  });

  it('answers a request line Node cannot parse with a 400 problem', async () => {
    const { port } = await shell();
    const answer = await new Promise<string>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => socket.write('NOT A REQUEST\r\n\r\n'));
      let text = '';
      socket.setEncoding('utf8').on('data', (chunk: string) => { text += chunk; }).on('close', () => resolve(text));
    });
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    expect(answer).toContain('application/problem+json');
    expect(JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4)).code).toBe('bad-request');
  });

  it('does not count a client that leaves mid-body as an error', async () => {
    const { port, logs } = await shell();
    await new Promise<void>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.write('POST /v1/things HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n'
          + 'Idempotency-Key: key-12345678\r\nContent-Length: 500\r\n\r\n{"name":');
        setTimeout(() => { socket.destroy(); resolve(); }, 50);
      });
    });
    await settle();
    expect(logs.filter((entry) => entry.level === 'error')).toEqual([]);
    expect(logs).toContainEqual(expect.objectContaining({ event: 'request-aborted', route: '/v1/things', method: 'POST' }));
  });

  it('writes the X-Request-Id a resident can report in every log line of that request', async () => {
    const { url, logs } = await shell();
    const reply = await send(url, '/v1/things', { headers: { 'x-plskit-fault': 'status=503' } });
    await settle();
    const id = reply.headers['x-request-id'];
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const lines = logs.filter((entry) => entry.requestId === id);
    expect(lines.map((entry) => entry.event)).toEqual(['fault-injected', 'request']);
  });

  it('serves HEAD for GET routes: the GET\'s status and headers, no body', async () => {
    const { url } = await shell();
    const get = await send(url, '/v1/things?limit=5');
    const head = await send(url, '/v1/things?limit=5', { method: 'HEAD' });
    expect([head.status, head.body, head.headers['content-type'], head.headers['content-length']])
      .toEqual([200, '', get.headers['content-type'], get.headers['content-length']]);
    expect((await send(url, '/v1/things/x', { method: 'HEAD' })).status).toBe(200);
  });

  it('sets the request and head timeouts and caps connections; a connection over the cap is closed unanswered', async () => {
    const { port } = await shell({ maxConnections: 2 });
    expect([server?.requestTimeout, server?.headersTimeout, server?.maxConnections])
      .toEqual([SERVER_LIMITS.requestTimeoutMs, SERVER_LIMITS.headersTimeoutMs, 2]);
    const open = () => new Promise<ReturnType<typeof connect>>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => resolve(socket));
    });
    const held = [await open(), await open()];
    await settle();
    const third = await open();
    const answered = await new Promise<string>((resolve) => {
      let text = '';
      third.setEncoding('utf8').on('data', (chunk: string) => { text += chunk; }).on('close', () => resolve(text));
      third.write('GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
    });
    expect(answered).toBe('');
    held.forEach((socket) => socket.destroy());
  });

  it('serves the demo page with the strict CSP partners are told to use, frame-ancestors, Referrer-Policy and nosniff', async () => {
    const { url } = await shell({ staticRoots: [{ prefix: '/demo/', dir: fileURLToPath(new URL('./fixtures/', import.meta.url)), page: true }] });
    const page = await send(url, '/demo/shell-contract.yaml');
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toBe(DEMO_PAGE_POLICY);
    expect(DEMO_PAGE_POLICY).toContain("default-src 'self'; style-src 'self'; require-trusted-types-for 'script'");
    expect(DEMO_PAGE_POLICY).toContain("frame-ancestors 'none'");
    expect([page.headers['referrer-policy'], page.headers['x-content-type-options']]).toEqual(['no-referrer', 'nosniff']);
  });
});
