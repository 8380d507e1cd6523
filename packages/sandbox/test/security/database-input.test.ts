// Input a database cannot take is the client's mistake, on both engines: a NUL
// character (PostgreSQL refuses it in text; a decoded cursor may carry one) or
// a number beyond what a query can hold (a forged cursor's rank) is a 400
// naming the field, never a 500 on one engine and a 200 on the other.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type RunningSandbox } from '../../src/index.js';
import { freshPostgresUrl } from '../test-postgres.js';
import { booking, FIXED_NOW, send } from './attacker.js';

const cursor = (position: string) => Buffer.from(`after:${position}`, 'utf8').toString('base64url');

/** A path and the field its 400 names. */
const QUERIES: [string, string][] = [
  ['/v1/lawyers?q=a%00b', 'q'],
  ['/v1/law-firms?q=a%00b', 'q'],
  [`/v1/lawyers?cursor=${cursor('lw-0\u00001')}`, 'cursor'],
  [`/v1/lawyers?q=${encodeURIComponent('王')}&cursor=${cursor('99999999999:lw-0001')}`, 'cursor'],
  [`/v1/law-firms?q=${encodeURIComponent('示例')}&cursor=${cursor('4294967296:lf-001')}`, 'cursor'],
  [`/v1/law-firms?cursor=${cursor('lf-001\u0000')}`, 'cursor'],
  [`/v1/service-centers?cursor=${cursor('99999999999')}`, 'cursor'],
  ['/v1/lawyers?limit=99999999999999999999', 'limit'],
  ['/v1/lawyers?minYears=1e400', 'minYears'],
];

describe.each(['sqlite', 'postgres'] as const)('input a database cannot take, on %s', (engine) => {
  let sandbox: RunningSandbox;
  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0, db: engine === 'postgres' ? await freshPostgresUrl() : ':memory:', now: FIXED_NOW, logger: false,
      demoDir: false, cdnDir: false, rateLimit: false, checkResponses: true });
  });
  afterAll(async () => {
    expect(sandbox.responseViolations()).toEqual([]);
    await sandbox.close();
  });

  it('is a 400 naming the field: a NUL in q or in a decoded cursor, an overflowing cursor, an out-of-range number', async () => {
    for (const [path, field] of QUERIES) {
      const reply = await send(`${sandbox.url}${path}`);
      expect([path, reply.status, reply.json().code, (reply.json().errors as { field: string }[] | undefined)?.[0]?.field])
        .toEqual([path, 400, 'validation-failed', field]);
    }
    // the same searches without the poison are answered
    expect((await send(`${sandbox.url}/v1/lawyers?q=a`)).status).toBe(200);
  });

  it('is a 400 naming the field for a NUL anywhere in a body, and nothing is booked', async () => {
    const base = booking('2026-09-03T09:00:00+08:00');
    const poisoned: [unknown, string][] = [
      [{ ...base, contact: { ...base.contact, name: '欧阳\u0000测试' } }, '/contact/name'],
      [{ ...base, note: 'note\u0000' }, '/note'],
    ];
    for (const [body, field] of poisoned) {
      const reply = await send(`${sandbox.url}/v1/appointments`, { method: 'POST', body, headers: { 'idempotency-key': `nul-body-attempt-${field.replace(/\//g, '.')}` } });
      expect([field, reply.status, (reply.json().errors as { field: string }[] | undefined)?.[0]?.field]).toEqual([field, 400, field]);
    }
    const day = await send(`${sandbox.url}/v1/appointments/availability?center=sc-370811&service=legal-consultation&from=2026-09-03&to=2026-09-03`);
    const slot = (day.json().days as { slots: { start: string; remaining: number; capacity: number }[] }[])[0]?.slots[0];
    expect(slot?.remaining).toBe(slot?.capacity);
  });
});
