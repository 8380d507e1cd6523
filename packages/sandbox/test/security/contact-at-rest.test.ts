// Contact data at rest on PostgreSQL: no column of any table holds a
// resident's name, phone number, note or question in readable form (bookings,
// work orders from the web and the hotline and their answers, waiting text
// messages, phone verifications, idempotency records), and erasure deletes
// each record's data key with it, so whatever the heap pages, the WAL, a base
// backup or a replica kept of the sealed row cannot be opened.
import { createHash } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type RunningSandbox } from '../../src/index.js';
import { TEST_DATA_KEY } from '../test-keys.js';
import { freshPostgresUrl } from '../test-postgres.js';
import { webhookReceiver, type WebhookReceiver } from '../webhook-receiver.js';
import { testStaffKeys, type TestStaffKeys } from '../staff-keys.js';
import { booking, FIXED_NOW, RESIDENT, send } from './attacker.js';

const QUESTION = '邻居占了我家宅基地，村里调解不成怎么办？at-rest-question';
const ASKER = { name: '慕容提问', phone: '13612340000' };
const CALLER = { name: '司马来电', phone: '13712340000' };
const CALLED_IN = '父亲去世后房子怎么继承？at-rest-call';
const ANSWER = '可以先申请人民调解，也可以起诉。at-rest-answer';

/** JSON with its keys sorted, as the server hashes a body. */
const canonical = (value: unknown): string => {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
};

let db: string;
let pool: pg.Pool;
// never answers: the text messages stay waiting in the outbox, where they are looked for
let gateway: WebhookReceiver;
let staffKeys: TestStaffKeys;
beforeAll(async () => {
  staffKeys = await testStaffKeys();
  db = await freshPostgresUrl();
  pool = new pg.Pool({ connectionString: db, max: 2 });
  gateway = await webhookReceiver(() => 503);
});
afterAll(async () => {
  await pool.end();
  await gateway.close();
});

const start = (now: string): Promise<RunningSandbox> => startSandbox({
  port: 0, db, now, dataKey: TEST_DATA_KEY, logger: false, rateLimit: false, demoDir: false, cdnDir: false, checkResponses: true,
  phoneVerification: 'sms', webhooks: { endpoints: [], notifications: { url: gateway.url, secrets: ['whsec_contact_at_rest_0123456789'] } },
  delivery: { retryBaseMs: 3600_000 }, staff: staffKeys.options,
});

/** A confirmed number's token for `purpose`, its code read at the gateway. */
async function confirmed(sandbox: RunningSandbox, purpose: 'booking' | 'work-order', phone: string): Promise<{ token: string; code: string }> {
  const before = gateway.received.length;
  const asked = await send(`${sandbox.url}/v1/phone-verifications`, { method: 'POST', body: { phone, purpose } });
  expect(asked.status).toBe(201);
  const message = () => gateway.json<{ to: string; template: string; text: string }>().slice(before)
    .find((m) => m.to === phone && m.template === 'phone-verification-code');
  await expect.poll(message, { timeout: 10_000 }).toBeDefined();
  const code = /\d{6}/.exec(message()?.text ?? '')?.[0] ?? '';
  const reply = await send(`${sandbox.url}/v1/phone-verifications/${String(asked.json().id)}/confirm`, { method: 'POST', body: { code } });
  expect(reply.status).toBe(200);
  return { token: String(reply.json().verificationToken), code };
}

/** Every text or json column of every table, and the rows whose value holds `needle`. */
async function columnsHolding(needle: string): Promise<string[]> {
  const columns = (await pool.query<{ table_name: string; column_name: string }>(`SELECT table_name, column_name FROM information_schema.columns
    WHERE table_schema = 'public' AND data_type IN ('text', 'character varying', 'jsonb', 'json')`)).rows;
  expect(columns.length).toBeGreaterThan(20);
  const holding: string[] = [];
  for (const { table_name: table, column_name: column } of columns) {
    const found = await pool.query(`SELECT 1 FROM "${table}" WHERE "${column}"::text LIKE '%' || $1 || '%' LIMIT 1`, [needle]);
    if (found.rowCount) holding.push(`${table}.${column}`);
  }
  return holding;
}

describe('contact data at rest on PostgreSQL', () => {
  it('is in no column in readable form, and its data key goes with it at erasure', async () => {
    const sandbox = await start(FIXED_NOW);
    const { version } = (await send(`${sandbox.url}/v1/privacy-notices/appointments`)).json() as { version: string };
    const { token, code } = await confirmed(sandbox, 'booking', RESIDENT.phone);
    const body = { ...booking(), consent: { privacyNotice: version, agreed: true }, phoneVerification: token };
    const booked = await send(`${sandbox.url}/v1/appointments`, { method: 'POST', headers: { 'idempotency-key': 'contact-at-rest-attempt-1' }, body });
    expect(booked.status).toBe(201);

    // a question from the web (its number confirmed) and a call taken by the hotline, answered
    const workOrderNotice = String((await send(`${sandbox.url}/v1/privacy-notices/work-orders`)).json().version);
    const asked = await send(`${sandbox.url}/v1/work-orders`, {
      method: 'POST', headers: { 'idempotency-key': 'contact-at-rest-question-1' },
      body: { kind: 'question', topic: 'real-estate', region: '370811', text: QUESTION, contact: ASKER,
        consent: { privacyNotice: workOrderNotice, agreed: true }, phoneVerification: (await confirmed(sandbox, 'work-order', ASKER.phone)).token },
    });
    expect(asked.status).toBe(201);
    const operator = { authorization: `Bearer ${await staffKeys.token({ sub: 'hotline-at-rest', roles: ['hotline-operator'] })}` };
    const called = await send(`${sandbox.url}/v1/staff/work-orders`, {
      method: 'POST', headers: { ...operator, 'idempotency-key': 'contact-at-rest-call-0001' },
      body: { kind: 'question', topic: 'inheritance', region: '370811', text: CALLED_IN, contact: CALLER, consent: { privacyNotice: workOrderNotice, agreed: true, form: 'oral' } },
    });
    expect(called.status).toBe(201);
    const replied = await send(`${sandbox.url}/v1/staff/work-orders/${String(called.json().reference)}/reply`, {
      method: 'POST', headers: operator, body: { text: ANSWER },
    });
    expect(replied.status).toBe(200);
    await sandbox.close();
    // the booking's text message waits in the outbox (the gateway refuses): its row holds the number only sealed

    expect(Number((await pool.query('SELECT COUNT(*) AS n FROM notifications')).rows[0].n)).toBeGreaterThan(0);
    // the idempotency record matches the body by a keyed hash: a guessed name and number cannot be tested against it
    const { request_hash: requestHash } = (await pool.query<{ request_hash: string }>('SELECT request_hash FROM idempotency_records')).rows[0]!;
    expect(requestHash).not.toBe(createHash('sha256').update(canonical(body)).digest('hex'));
    const needles = [RESIDENT.name, RESIDENT.phone, RESIDENT.phone.slice(3), RESIDENT.note, code, ASKER.name, ASKER.phone, ASKER.phone.slice(3),
      CALLER.name, CALLER.phone, CALLER.phone.slice(3),
      QUESTION, 'at-rest-question', CALLED_IN, 'at-rest-call', 'at-rest-answer'];
    for (const needle of needles) expect([needle, await columnsHolding(needle)]).toEqual([needle, []]);
    // the check can fail: what a booking is found by is there
    expect(await columnsHolding(String(booked.json().reference))).toContain('appointments.reference');
    expect(await columnsHolding(String(called.json().reference))).toContain('work_orders.reference');
    const { data_key: key } = (await pool.query<{ data_key: string }>('SELECT data_key FROM appointments')).rows[0]!;
    const workOrderKeys = (await pool.query<{ data_key: string }>('SELECT data_key FROM work_orders')).rows.map((r) => r.data_key);
    expect(workOrderKeys).toHaveLength(2);
    expect((await pool.query('SELECT id FROM data_keys WHERE id = ANY($1)', [[key, ...workOrderKeys]])).rowCount).toBe(3);

    // the work orders closed on 1 September (staff close them) are erased 30 days on, with their data keys
    const closing = await start(FIXED_NOW);
    for (const reference of [asked.json().reference, called.json().reference]) {
      const closed = await send(`${closing.url}/v1/staff/work-orders/${String(reference)}/close`, { method: 'POST', headers: operator, body: { resolution: 'answered' } });
      expect(closed.status).toBe(200);
    }
    await closing.close();

    // 31 days after the visit: the start-up sweep erases the booking, and its data key
    const later = await start('2026-10-03T10:00:00+08:00');
    await later.close();
    expect((await pool.query('SELECT reference FROM appointments')).rows).toEqual([]);
    expect((await pool.query('SELECT id FROM data_keys WHERE id = $1', [key])).rows).toEqual([]);
    expect((await pool.query('SELECT reference FROM work_orders')).rows).toEqual([]);
    expect((await pool.query('SELECT id FROM data_keys WHERE id = ANY($1)', [workOrderKeys])).rows).toEqual([]);
  });
});
