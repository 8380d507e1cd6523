// Compression by Accept-Encoding, strong ETags with 304, and Cache-Control by
// kind of data, on the real contract and on static files.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { negotiateCoding } from '../src/http/content-coding.js';
import type { RunningSandbox } from '../src/index.js';
import { apiSandbox } from './api-sandbox.js';

interface RawReply { status: number; headers: IncomingHttpHeaders; body: Buffer }

function get(url: string, headers: Record<string, string> = {}, method = 'GET'): Promise<RawReply> {
  return new Promise((resolve, reject) => {
    httpRequest(url, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk)).on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject).end();
  });
}

const decoded = (reply: RawReply): string => {
  const coding = reply.headers['content-encoding'];
  return (coding === 'br' ? brotliDecompressSync(reply.body) : coding === 'gzip' ? gunzipSync(reply.body) : reply.body).toString('utf8');
};

describe('Accept-Encoding negotiation', () => {
  it('prefers brotli, honours weights, ignores unknown codings and falls back to identity', () => {
    expect(negotiateCoding('gzip, deflate, br')).toBe('br');
    expect(negotiateCoding('gzip')).toBe('gzip');
    expect(negotiateCoding('x-gzip')).toBe('gzip');
    expect(negotiateCoding('gzip;q=0.8, br;q=0.5')).toBe('gzip');
    expect(negotiateCoding('br;q=0, *')).toBe('gzip');
    expect(negotiateCoding('*')).toBe('br');
    expect(negotiateCoding('identity')).toBe('identity');
    expect(negotiateCoding('compress, zstd-unknown')).toBe('identity');
    expect(negotiateCoding('gzip;q=0, br;q=0')).toBe('identity');
    expect(negotiateCoding(undefined)).toBe('identity');
  });
});

describe('compressed and cached replies', () => {
  let sandbox: RunningSandbox;
  const dir = mkdtempSync(join(tmpdir(), 'plskit-static-'));
  const script = `export const words = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `律师${i}`))};\n`;
  beforeAll(async () => {
    writeFileSync(join(dir, 'index.html'), `<!doctype html><title>demo</title>${'<p>示例</p>'.repeat(200)}`);
    writeFileSync(join(dir, 'app.js'), script);
    writeFileSync(join(dir, 'chunk-3f2a9c1b.js'), script);
    sandbox = await apiSandbox({ cdnDir: dir, demoDir: dir });
    // the start-up compression of the files runs in the background
    await new Promise((resolve) => setTimeout(resolve, 300));
  });
  afterAll(async () => {
    await sandbox.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('compresses JSON by Accept-Encoding with Vary, and sends the same document in every coding', async () => {
    const plain = await get(`${sandbox.url}/v1/lawyers?region=370811&limit=20`);
    const br = await get(`${sandbox.url}/v1/lawyers?region=370811&limit=20`, { 'accept-encoding': 'gzip, br' });
    const gz = await get(`${sandbox.url}/v1/lawyers?region=370811&limit=20`, { 'accept-encoding': 'gzip' });
    const unknown = await get(`${sandbox.url}/v1/lawyers?region=370811&limit=20`, { 'accept-encoding': 'compress' });
    expect([plain.headers['content-encoding'], br.headers['content-encoding'], gz.headers['content-encoding'], unknown.headers['content-encoding']])
      .toEqual([undefined, 'br', 'gzip', undefined]);
    expect(br.body.length).toBeLessThan(plain.body.length / 3);
    expect(JSON.parse(decoded(br))).toEqual(JSON.parse(decoded(plain)));
    expect(JSON.parse(decoded(gz))).toEqual(JSON.parse(decoded(plain)));
    for (const reply of [plain, br, gz]) expect(reply.headers.vary).toContain('Accept-Encoding');
    expect(sandbox.responseViolations()).toEqual([]);
  });

  it('answers a matching If-None-Match with 304 and no body, per coding', async () => {
    const first = await get(`${sandbox.url}/v1/lawyers?q=${encodeURIComponent('王')}`, { 'accept-encoding': 'br' });
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+-br"$/);
    const again = await get(`${sandbox.url}/v1/lawyers?q=${encodeURIComponent('王')}`, { 'accept-encoding': 'br', 'if-none-match': etag });
    expect([again.status, again.body.length, again.headers.etag]).toEqual([304, 0, etag]);
    // the identity representation has its own strong tag; the same content still matches
    const plain = await get(`${sandbox.url}/v1/lawyers?q=${encodeURIComponent('王')}`, { 'if-none-match': etag });
    expect(plain.status).toBe(304);
    const other = await get(`${sandbox.url}/v1/lawyers?q=${encodeURIComponent('李')}`, { 'if-none-match': etag });
    expect(other.status).toBe(200);
  });

  it('lets caches keep reference data for minutes, revalidates the directory, and never stores personal data, health or problems', async () => {
    const policy = async (path: string) => (await get(`${sandbox.url}${path}`)).headers['cache-control'];
    expect(await policy('/v1/regions')).toBe('public, max-age=300, must-revalidate');
    expect(await policy('/v1/legal-aid/rules?region=370811')).toBe('public, max-age=300, must-revalidate');
    expect(await policy('/v1/notary/matters')).toBe('public, max-age=300, must-revalidate');
    expect(await policy('/v1/lawyers?limit=5')).toBe('no-cache');
    expect(await policy('/v1/health')).toBe('no-store');
    const missing = await get(`${sandbox.url}/v1/lawyers/lw-none`);
    expect([missing.status, missing.headers['cache-control'], missing.headers.etag]).toEqual([404, 'no-store', undefined]);
    const appointment = await get(`${sandbox.url}/v1/appointments/JN-2222-2222`, { 'x-manage-token': 'x'.repeat(32) });
    expect([appointment.headers['cache-control'], appointment.headers.etag]).toEqual(['no-store', undefined]);
  });

  it('serves static files compressed once, with strong ETags, 304s, and immutable caching for hashed names', async () => {
    const app = await get(`${sandbox.url}/cdn/app.js`, { 'accept-encoding': 'br' });
    expect([app.status, app.headers['content-encoding'], app.headers['cache-control']]).toEqual([200, 'br', 'no-cache']);
    expect(decoded(app)).toBe(script);
    const hashed = await get(`${sandbox.url}/cdn/chunk-3f2a9c1b.js`);
    expect(hashed.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const again = await get(`${sandbox.url}/cdn/app.js`, { 'accept-encoding': 'br', 'if-none-match': app.headers.etag as string });
    expect(again.status).toBe(304);
    const yaml = await get(`${sandbox.url}/openapi.yaml`, { 'accept-encoding': 'gzip' });
    expect([yaml.headers['content-encoding'], decoded(yaml).startsWith('openapi: 3.1.0')]).toEqual(['gzip', true]);
    const head = await get(`${sandbox.url}/cdn/app.js`, { 'accept-encoding': 'br' }, 'HEAD');
    expect([head.status, head.body.length, head.headers['content-length']]).toEqual([200, 0, app.headers['content-length']]);
  });

  it('moves under a tenth of the first view\'s bytes on a repeat view of a page (its bundle about the size of the real one)', async () => {
    writeFileSync(join(dir, 'bundle.js'), Array.from({ length: 8000 }, (_, i) => `export const value${i} = ${JSON.stringify(`律师 ${(i * 7919) % 104729}`)};`).join('\n'));
    const paths = ['/demo/', '/demo/bundle.js', '/v1/regions', '/v1/lawyers?region=370811&limit=20'];
    const wire = (reply: RawReply) => reply.body.length + JSON.stringify(reply.headers).length;
    const first = await Promise.all(paths.map((path) => get(`${sandbox.url}${path}`, { 'accept-encoding': 'gzip, deflate, br' })));
    const repeat = await Promise.all(paths.map((path, i) => get(`${sandbox.url}${path}`, {
      'accept-encoding': 'gzip, deflate, br', 'if-none-match': first[i]?.headers.etag as string,
    })));
    expect(repeat.map((reply) => reply.status)).toEqual([304, 304, 304, 304]);
    const firstBytes = first.reduce((sum, reply) => sum + wire(reply), 0);
    const repeatBytes = repeat.reduce((sum, reply) => sum + wire(reply), 0);
    expect(repeatBytes / firstBytes).toBeLessThan(0.1);
  });
});
