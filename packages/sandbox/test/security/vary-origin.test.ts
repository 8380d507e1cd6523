// Every reply CORS could apply to says it varies by Origin, a reply to a
// request without one included: publicly cacheable reference data kept by a
// shared cache for one origin (or for none) must not be handed to another.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSandbox, type RunningSandbox } from '../../src/index.js';
import { FIXED_NOW, send } from './attacker.js';

const cdn = mkdtempSync(join(tmpdir(), 'plskit-vary-'));
writeFileSync(join(cdn, 'plskit.js'), `export const x = ${JSON.stringify('x'.repeat(2000))};\n`);
const sandboxes: RunningSandbox[] = [];
beforeAll(async () => {
  for (const corsOrigins of [undefined, ['https://partner.example']]) {
    sandboxes.push(await startSandbox({ port: 0, db: ':memory:', now: FIXED_NOW, logger: false, demoDir: false, cdnDir: cdn,
      rateLimit: false, ...(corsOrigins ? { corsOrigins } : {}) }));
  }
});
afterAll(async () => {
  for (const sandbox of sandboxes) await sandbox.close();
  rmSync(cdn, { recursive: true, force: true });
});

const varies = (vary: string | string[] | undefined) => String(vary ?? '').split(/\s*,\s*/).includes('Origin');

describe('Vary: Origin', () => {
  it('is on every reply, with or without an Origin, whether CORS allows any origin or a list', async () => {
    for (const { url } of sandboxes) {
      for (const path of ['/v1/regions', '/v1/lawyers?limit=1', '/v1/lawyers/lw-none', '/openapi.yaml', '/cdn/plskit.js']) {
        for (const origin of [undefined, 'https://partner.example']) {
          const reply = await send(`${url}${path}`, { headers: { 'accept-encoding': 'gzip', ...(origin ? { origin } : {}) } });
          expect([path, origin, reply.status, varies(reply.headers.vary)]).toEqual([path, origin, path === '/v1/lawyers/lw-none' ? 404 : 200, true]);
        }
      }
      // a revalidation of publicly cacheable reference data, too
      const first = await send(`${url}/v1/regions`);
      const again = await send(`${url}/v1/regions`, { headers: { 'if-none-match': String(first.headers.etag) } });
      expect([again.status, varies(again.headers.vary)]).toEqual([304, true]);
    }
  });
});
