// Compression by Accept-Encoding, strong ETags with 304, and Cache-Control by
// kind of data, on the real contract and on static files (with the compressed
// copies the build writes beside them, as scripts/precompress.mjs does).
import { mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { negotiateCoding } from '../src/http/content-coding.js';
import type { RunningSandbox } from '../src/index.js';
import { decoded, rawGet as get, type RawReply } from './raw-reply.js';
import { apiSandbox } from './api-sandbox.js';

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

/** What the build writes beside a file: file.br (brotli 11) and file.gz (gzip 9), each with the file's mtime. */
function precompressLikeTheBuild(file: string): void {
  const body = readFileSync(file);
  const { atime, mtime } = statSync(file);
  writeFileSync(`${file}.br`, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
  writeFileSync(`${file}.gz`, gzipSync(body, { level: 9 }));
  for (const copy of [`${file}.br`, `${file}.gz`]) utimesSync(copy, atime, mtime);
}

describe('compressed and cached replies', () => {
  let sandbox: RunningSandbox;
  const dir = mkdtempSync(join(tmpdir(), 'plskit-static-'));
  const script = `export const words = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `律师${i}`))};\n`;
  beforeAll(async () => {
    writeFileSync(join(dir, 'index.html'), `<!doctype html><title>demo</title>${'<p>示例</p>'.repeat(200)}`);
    writeFileSync(join(dir, 'app.js'), script);
    writeFileSync(join(dir, 'chunk-3f2a9c1b.js'), script);
    writeFileSync(join(dir, 'uncompressed.js'), script);
    writeFileSync(join(dir, 'logo.png'), Buffer.alloc(4096, 7));
    for (const file of ['index.html', 'app.js', 'chunk-3f2a9c1b.js']) precompressLikeTheBuild(join(dir, file));
    sandbox = await apiSandbox({ cdnDir: dir, demoDir: dir });
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

  it('serves the build\'s brotli and gzip copies by Accept-Encoding, each with its own ETag, and the file itself otherwise', async () => {
    const path = `${sandbox.url}/cdn/app.js`;
    const br = await get(path, { 'accept-encoding': 'gzip, deflate, br' });
    const gz = await get(path, { 'accept-encoding': 'gzip' });
    const plain = await get(path, { 'accept-encoding': 'identity' });
    const none = await get(path);
    const unknown = await get(path, { 'accept-encoding': 'compress, zstd' });
    expect(br.body.equals(readFileSync(join(dir, 'app.js.br')))).toBe(true);
    expect(gz.body.equals(readFileSync(join(dir, 'app.js.gz')))).toBe(true);
    for (const reply of [plain, none, unknown]) expect(reply.body.toString()).toBe(script);
    expect([br, gz, plain, none, unknown].map((reply) => reply.headers['content-encoding'])).toEqual(['br', 'gzip', undefined, undefined, undefined]);
    for (const reply of [br, gz, plain]) {
      expect([reply.status, reply.headers.vary, reply.headers['cache-control'], reply.headers['content-type']])
        .toEqual([200, 'Origin, Accept-Encoding', 'no-cache', 'text/javascript; charset=utf-8']);
      expect(decoded(reply)).toBe(script);
    }
    // one strong tag per representation, all naming the same content
    const [brTag, gzTag, plainTag] = [String(br.headers.etag), String(gz.headers.etag), String(plain.headers.etag)];
    expect(brTag).toMatch(/^"[A-Za-z0-9_-]{27}-br-best"$/);
    expect(gzTag).toBe(brTag.replace('-br-', '-gzip-'));
    expect(plainTag).toBe(brTag.replace('-br-best', ''));
    const head = await get(path, { 'accept-encoding': 'br' }, 'HEAD');
    expect([head.status, head.body.length, head.headers['content-length'], head.headers.etag]).toEqual([200, 0, String(br.body.length), brTag]);
  });

  it('answers 304 for each coding\'s tag, with the tag of the coding asked for', async () => {
    const path = `${sandbox.url}/cdn/app.js`;
    const tags = Object.fromEntries(await Promise.all(['br', 'gzip', 'identity'].map(async (coding) =>
      [coding, (await get(path, { 'accept-encoding': coding })).headers.etag as string])));
    for (const coding of ['br', 'gzip', 'identity']) {
      const again = await get(path, { 'accept-encoding': coding, 'if-none-match': tags[coding] as string });
      expect([again.status, again.body.length, again.headers.etag]).toEqual([304, 0, tags[coding]]);
    }
    // a cache holding the gzip copy revalidating as a brotli client: the content is unchanged
    const crossed = await get(path, { 'accept-encoding': 'br', 'if-none-match': tags.gzip as string });
    expect([crossed.status, crossed.headers.etag]).toEqual([304, tags.br]);
    const changed = await get(path, { 'accept-encoding': 'br', 'if-none-match': '"AAAAAAAAAAAAAAAAAAAAAAAAAAA-br-best"' });
    expect(changed.status).toBe(200);
  });

  it('does not send a copy older than its file, compresses a file without copies when asked, and leaves images alone', async () => {
    // index.html edited after the build: its copies are of the old page
    const page = '<!doctype html><title>edited</title>' + '<p>改过的页面</p>'.repeat(200);
    writeFileSync(join(dir, 'index.html'), page);
    const edited = await get(`${sandbox.url}/demo/`, { 'accept-encoding': 'br' });
    expect([edited.headers['content-encoding'], decoded(edited)]).toEqual(['br', page]);
    const fresh = await get(`${sandbox.url}/cdn/uncompressed.js`, { 'accept-encoding': 'gzip' });
    expect([fresh.headers['content-encoding'], decoded(fresh)]).toEqual(['gzip', script]);
    const image = await get(`${sandbox.url}/cdn/logo.png`, { 'accept-encoding': 'br' });
    expect([image.headers['content-encoding'], image.headers['content-type'], image.body.length]).toEqual([undefined, 'image/png', 4096]);
  });

  it('answers 404 for a missing file, a path through a file and a path out of the folder, and serves a folder\'s index.html', async () => {
    for (const path of ['/cdn/missing.js', '/cdn/app.js/x', '/cdn/%2e%2e/%2e%2e/etc/passwd', '/cdn/..%2f..%2fpackage.json']) {
      expect((await get(`${sandbox.url}${path}`)).status, path).toBe(404);
    }
    const index = await get(`${sandbox.url}/demo/`);
    expect([index.status, index.headers['content-type']]).toEqual([200, 'text/html; charset=utf-8']);
  });

  it('lets a cache keep a file whose name carries its content hash for good, and revalidate the others', async () => {
    const hashed = await get(`${sandbox.url}/cdn/chunk-3f2a9c1b.js`, { 'accept-encoding': 'br' });
    expect([hashed.headers['cache-control'], hashed.headers['content-encoding']]).toEqual(['public, max-age=31536000, immutable', 'br']);
    for (const name of ['app.js', 'uncompressed.js']) expect((await get(`${sandbox.url}/cdn/${name}`)).headers['cache-control']).toBe('no-cache');
    const yaml = await get(`${sandbox.url}/openapi.yaml`, { 'accept-encoding': 'gzip' });
    expect([yaml.headers['content-encoding'], decoded(yaml).startsWith('openapi: 3.1.0')]).toEqual(['gzip', true]);
  });

  it('sends reference data compressed at the best level once that copy is made, under its own strong tag', async () => {
    const path = `${sandbox.url}/v1/legal-aid/rules?region=370811`;
    const first = await get(path, { 'accept-encoding': 'br' });
    let later = first;
    for (let tries = 0; tries < 150 && !String(later.headers.etag).endsWith('-br-best"'); tries += 1) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      later = await get(path, { 'accept-encoding': 'br' });
    }
    expect(later.headers.etag).toMatch(/-br-best"$/);
    expect(later.body.length).toBeLessThan(first.body.length);
    expect(decoded(later)).toBe(decoded(first));
    // a cache holding the first copy revalidates: same content, 304 with the tag of the copy sent now
    const again = await get(path, { 'accept-encoding': 'br', 'if-none-match': first.headers.etag as string });
    expect([again.status, again.headers.etag]).toEqual([304, later.headers.etag]);
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
