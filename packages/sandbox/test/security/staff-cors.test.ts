// The staff API answers browsers only from the origins the operator lists for
// it (PLSKIT_STAFF_CORS_ORIGINS, the city's intranet portal), apart from the
// residents' origins: a partner page allowed to call the resident API cannot
// read a roster, and with no list only the sandbox's own origin can. A
// preflight from a listed origin may send Authorization and DELETE.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type RunningSandbox } from '../../src/index.js';
import { FIXED_NOW, send } from './attacker.js';

const INTRANET = 'https://oa.jining.example.gov.cn';
const PARTNER = 'https://partner.example';
let listed: RunningSandbox;
let unlisted: RunningSandbox;
beforeAll(async () => {
  const base = { port: 0, db: ':memory:', now: FIXED_NOW, logger: false as const, demoDir: false as const, cdnDir: false as const, rateLimit: false as const };
  listed = await startSandbox({ ...base, corsOrigins: [PARTNER], staffCorsOrigins: [INTRANET] });
  unlisted = await startSandbox(base);
});
afterAll(async () => {
  await listed.close();
  await unlisted.close();
});

describe('CORS of the staff API', () => {
  it('lets the listed intranet origin read staff replies, challenge headers included, and refuses the residents\' partner origin', async () => {
    const intranet = await send(`${listed.url}/v1/staff/me`, { headers: { origin: INTRANET } });
    expect([intranet.status, intranet.headers['access-control-allow-origin']]).toEqual([401, INTRANET]);
    expect(String(intranet.headers['access-control-expose-headers'])).toContain('WWW-Authenticate');
    const partner = await send(`${listed.url}/v1/staff/me`, { headers: { origin: PARTNER } });
    expect([partner.status, partner.headers['access-control-allow-origin']]).toEqual([403, undefined]);
    // and the other way round: the intranet is not a resident partner
    expect((await send(`${listed.url}/v1/regions`, { headers: { origin: INTRANET } })).status).toBe(403);
  });

  it('answers the intranet\'s preflight with Authorization and DELETE allowed', async () => {
    const preflight = await send(`${listed.url}/v1/staff/centers/sc-370811/closures/cl_0000000000000000`, {
      method: 'OPTIONS', headers: { origin: INTRANET, 'access-control-request-method': 'DELETE', 'access-control-request-headers': 'authorization' },
    });
    expect(preflight.status).toBe(204);
    expect(String(preflight.headers['access-control-allow-methods'])).toContain('DELETE');
    expect(String(preflight.headers['access-control-allow-headers'])).toContain('Authorization');
  });

  it('allows no other origin when none is listed, though residents\' CORS allows any', async () => {
    expect((await send(`${unlisted.url}/v1/staff/me`, { headers: { origin: PARTNER } })).status).toBe(403);
    expect((await send(`${unlisted.url}/v1/regions`, { headers: { origin: PARTNER } })).headers['access-control-allow-origin']).toBe('*');
  });
});
