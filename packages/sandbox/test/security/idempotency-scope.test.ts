// An Idempotency-Key is at least 16 characters (a guessed short key could
// replay or block another resident's booking), and it is scoped by the partner
// key and the client: a partner key is public, in the partner page's HTML, so
// two residents of one partner site never share a scope.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type RunningSandbox } from '../../src/index.js';
import { booking, FIXED_NOW, send } from './attacker.js';

let sandbox: RunningSandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, db: ':memory:', now: FIXED_NOW, logger: false, demoDir: false, cdnDir: false,
    rateLimit: false, partnerKeys: ['public-page-key'], checkResponses: true });
});
afterAll(async () => {
  expect(sandbox.responseViolations()).toEqual([]);
  await sandbox.close();
});

// each resident their own number (one number holds at most 2 future visits)
const PHONES: Record<string, string> = { 欧阳测试: '13912345677', 甲测试: '13912345678', 乙测试: '13912345679' };
const book = (key: string, from: string, slotStart: string, name = '欧阳测试') => send(`${sandbox.url}/v1/appointments`, {
  method: 'POST', from, body: booking(slotStart, { name, phone: PHONES[name] ?? '13912345670' }),
  headers: { 'idempotency-key': key, 'x-partner-key': 'public-page-key' },
});

describe('Idempotency-Key', () => {
  it('is refused under 16 characters, naming the header', async () => {
    const short = await book('fifteen-chars-1', '127.0.0.2', '2026-09-02T09:30:00+08:00');
    expect(short.status).toBe(400);
    expect(short.json().errors).toEqual([expect.objectContaining({ field: 'Idempotency-Key', code: 'length' })]);
    expect((await book('sixteen-chars-01', '127.0.0.2', '2026-09-02T09:30:00+08:00')).status).toBe(201);
  });

  it('is scoped by the partner key and the client: another resident of the same partner site with the same key books its own visit', async () => {
    const key = 'a-key-two-residents-guess';
    const first = await book(key, '127.0.0.2', '2026-09-02T10:00:00+08:00', '甲测试');
    const other = await book(key, '127.0.0.3', '2026-09-02T10:30:00+08:00', '乙测试');
    expect([first.status, other.status, other.headers['idempotent-replayed']]).toEqual([201, 201, undefined]);
    expect(other.json().reference).not.toBe(first.json().reference);
    // the same resident retrying gets its own first reply back
    const retry = await book(key, '127.0.0.2', '2026-09-02T10:00:00+08:00', '甲测试');
    expect([retry.status, retry.headers['idempotent-replayed'], retry.json().reference]).toEqual([201, 'true', first.json().reference]);
  });
});
