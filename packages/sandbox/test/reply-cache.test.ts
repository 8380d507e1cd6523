// The reply cache of public directory and reference reads: a kept reply is the
// same document as a fresh one (and the same bytes under the same ETag), a
// write to the directory (by another connection, as another process or an
// import would) is seen within the tenth of a second a read of its version is
// reused, personal data is never kept, and the cache stays within its bound.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replyCache, CACHED_OPERATIONS } from '../src/http/pipeline/reply-cache.js';
import type { Validated } from '../src/http/pipeline/exchange.js';
import type { RunningSandbox } from '../src/index.js';
import { openDatabase } from '../src/store/sqlite/sqlite-database.js';
import { DIRECTORY_VERSION_MAX_AGE_MS } from '../src/store/sqlite/sqlite-directory-version.js';
import { decoded, rawGet as get } from './raw-reply.js';
import { apiSandbox, FIXED_NOW } from './api-sandbox.js';

/** The opaque part an ETag names the content by (a strong tag adds the coding and level after it). */
const contentOf = (etag: string | undefined): string => (etag ?? '').slice(1, 28);

describe('reply cache on a running sandbox', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plskit-reply-cache-'));
  const db = join(dir, 'sandbox.db');
  let sandbox: RunningSandbox;
  beforeAll(async () => {
    sandbox = await apiSandbox({ db });
  });
  afterAll(async () => {
    await sandbox.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const paths = ['/v1/lawyers?region=370811&limit=20', `/v1/lawyers?q=${encodeURIComponent('王')}&limit=20`, '/v1/legal-aid/rules?region=370811'];
  for (const path of paths) {
    it(`answers ${path} again with the same bytes and ETag, in every coding and language`, async () => {
      const variants: Record<string, string>[] = [{}, { 'accept-encoding': 'gzip' }, { 'accept-encoding': 'br' }, { 'accept-language': 'en' }];
      for (const headers of variants) {
        const fresh = await get(sandbox.url + path, headers);
        const kept = await get(sandbox.url + path, headers);
        expect(fresh.status).toBe(200);
        expect(kept.status).toBe(200);
        expect(decoded(kept)).toBe(decoded(fresh));
        expect(contentOf(kept.headers.etag)).toBe(contentOf(fresh.headers.etag));
        // reference data is compressed again at the best level in the background: other bytes, another strong tag
        expect(kept.body.equals(fresh.body)).toBe(kept.headers.etag === fresh.headers.etag);
        expect(kept.headers['content-encoding']).toBe(fresh.headers['content-encoding']);
        expect(kept.headers['content-language']).toBe(fresh.headers['content-language']);
        // each reply still has its own request id
        expect(kept.headers['x-request-id']).not.toBe(fresh.headers['x-request-id']);
      }
      expect(sandbox.responseViolations()).toEqual([]);
    });
  }

  it('sees a write to the directory by another connection within a tenth of a second: new rows, a new ETag', async () => {
    const path = '/v1/lawyers?region=370811&limit=20';
    const beforeReply = await get(sandbox.url + path);
    const before = JSON.parse(beforeReply.body.toString()) as { items: { id: string; name: string }[] };
    await get(sandbox.url + path); // now kept
    const first = before.items[0];
    if (!first) throw new Error('the seeded region has lawyers');
    const other = openDatabase(db);
    try {
      other.prepare('UPDATE lawyers SET name = ? WHERE id = ?').run('改名测试', first.id);
    } finally {
      other.close();
    }
    await new Promise((resolve) => setTimeout(resolve, DIRECTORY_VERSION_MAX_AGE_MS + 5));
    const afterReply = await get(sandbox.url + path, { 'if-none-match': beforeReply.headers.etag as string });
    expect(afterReply.status).toBe(200);
    expect(contentOf(afterReply.headers.etag)).not.toBe(contentOf(beforeReply.headers.etag));
    const after = JSON.parse(afterReply.body.toString()) as { items: { id: string; name: string }[] };
    expect(after.items.find((item) => item.id === first.id)?.name).toBe('改名测试');
    const single = JSON.parse((await get(`${sandbox.url}/v1/lawyers/${first.id}`)).body.toString()) as { name: string };
    expect(single.name).toBe('改名测试');
  });

  it('checks a request against the contract before any kept reply answers it', async () => {
    const path = `${sandbox.url}/v1/lawyers?region=370812&limit=3`;
    expect((await get(path)).status).toBe(200); // now kept
    // the contract allows 200 characters of Accept-Language; the kept reply is for the same key (zh-CN)
    const tooLong = await get(path, { 'accept-language': `zh-CN,${'x'.repeat(200)}` });
    expect([tooLong.status, JSON.parse(decoded(tooLong)).code]).toEqual([400, 'validation-failed']);
    expect((await get(`${path}&colour=red`)).status).toBe(400);
    expect((await get(path)).status).toBe(200);
  });

  it('does not keep a problem reply', async () => {
    const missing = await get(`${sandbox.url}/v1/legal-aid/rules?region=110000`);
    expect(missing.status).toBe(404);
    expect(missing.headers['content-type']).toContain('application/problem+json');
  });
});

function exchangeFor(operationId: string, rawQuery: string, method = 'GET'): Validated {
  return {
    method, path: '/v1/x', rawQuery, locale: 'zh-CN', route: { operationId } as Validated['route'],
  } as Validated;
}

describe('reply cache bounds', () => {
  const clock = () => new Date(FIXED_NOW);

  it('never keeps personal data or writes, only the listed public reads', () => {
    for (const personal of ['getAppointment', 'bookAppointment', 'cancelAppointment', 'rescheduleAppointment', 'getHealth', 'checkEligibility']) {
      expect(CACHED_OPERATIONS.has(personal)).toBe(false);
    }
    const cache = replyCache(() => 1, clock);
    for (const [operationId, method] of [['getAppointment', 'GET'], ['bookAppointment', 'POST'], ['searchLawyers', 'HEAD']] as const) {
      const exchange = exchangeFor(operationId, 'a=1', method);
      expect(cache.before(exchange)).toBeUndefined();
      cache.after(exchange, { status: 200, body: { idNumber: '370811********1234' } });
    }
    expect(cache.size).toBe(0);
  });

  it('keeps at most its bound, dropping the least recently used', () => {
    const cache = replyCache(() => 1, clock, 3);
    const ask = (query: string) => {
      const exchange = exchangeFor('searchLawyers', query);
      const kept = cache.before(exchange);
      if (kept) return kept;
      cache.after(exchange, { status: 200, body: { query } });
      return undefined;
    };
    for (const query of ['a', 'b', 'c']) ask(query);
    expect(ask('a')).toEqual({ status: 200, body: { query: 'a' } }); // a is now the most recent
    for (let i = 0; i < 50; i += 1) ask(`q${i}`);
    expect(cache.size).toBe(3);
    expect(ask('b')).toBeUndefined();
  });

  it('drops every kept reply when the version changes, and keeps none read across a change', () => {
    let version = 1;
    const cache = replyCache(() => version, clock);
    const first = exchangeFor('getLegalAidRules', 'region=370811');
    cache.before(first);
    cache.after(first, { status: 200, body: { v: 1 } });
    expect(cache.size).toBe(1);
    version = 2;
    const during = exchangeFor('getLegalAidRules', 'region=370811');
    expect(cache.before(during)).toBeUndefined();
    expect(cache.size).toBe(0);
    version = 3; // written while the handler read
    cache.after(during, { status: 200, body: { v: 2 } });
    expect(cache.size).toBe(0);
  });

  it('does not keep a reply other than 200', () => {
    const cache = replyCache(() => 1, clock);
    const exchange = exchangeFor('getLawyer', '');
    cache.before(exchange);
    cache.after(exchange, { status: 404, problem: true, body: { status: 404 } });
    expect(cache.size).toBe(0);
  });
});
