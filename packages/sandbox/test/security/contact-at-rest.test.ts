// Contact data at rest on PostgreSQL: no column of any table holds a
// resident's name, phone number or note in readable form (bookings, waiting
// text messages, phone verifications, idempotency records), and erasure
// deletes the booking's data key with it, so whatever the heap pages, the WAL,
// a base backup or a replica kept of the sealed row cannot be opened.
import { createHash } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type RunningSandbox } from '../../src/index.js';
import { TEST_DATA_KEY } from '../test-keys.js';
import { freshPostgresUrl } from '../test-postgres.js';
import { webhookReceiver, type WebhookReceiver } from '../webhook-receiver.js';
import { booking, FIXED_NOW, RESIDENT, send } from './attacker.js';

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
beforeAll(async () => {
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
  delivery: { retryBaseMs: 3600_000 },
});

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
    const asked = await send(`${sandbox.url}/v1/phone-verifications`, { method: 'POST', body: { phone: RESIDENT.phone, purpose: 'booking' } });
    expect(asked.status).toBe(201);
    await gateway.until(1);
    const code = /\d{6}/.exec((gateway.json<{ text: string }>()[0]?.text) ?? '')?.[0];
    const confirmed = await send(`${sandbox.url}/v1/phone-verifications/${String(asked.json().id)}/confirm`, { method: 'POST', body: { code } });
    const body = { ...booking(), consent: { privacyNotice: version, agreed: true }, phoneVerification: confirmed.json().verificationToken };
    const booked = await send(`${sandbox.url}/v1/appointments`, { method: 'POST', headers: { 'idempotency-key': 'contact-at-rest-attempt-1' }, body });
    expect(booked.status).toBe(201);
    await sandbox.close();
    // the booking's text message waits in the outbox (the gateway refuses): its row holds the number only sealed

    expect(Number((await pool.query('SELECT COUNT(*) AS n FROM notifications')).rows[0].n)).toBeGreaterThan(0);
    // the idempotency record matches the body by a keyed hash: a guessed name and number cannot be tested against it
    const { request_hash: requestHash } = (await pool.query<{ request_hash: string }>('SELECT request_hash FROM idempotency_records')).rows[0]!;
    expect(requestHash).not.toBe(createHash('sha256').update(canonical(body)).digest('hex'));
    for (const needle of [RESIDENT.name, RESIDENT.phone, RESIDENT.phone.slice(3), RESIDENT.note, String(code)]) {
      expect([needle, await columnsHolding(needle)]).toEqual([needle, []]);
    }
    // the check can fail: what a booking is found by is there
    expect(await columnsHolding(String(booked.json().reference))).toContain('appointments.reference');
    const { data_key: key } = (await pool.query<{ data_key: string }>('SELECT data_key FROM appointments')).rows[0]!;
    expect((await pool.query('SELECT id FROM data_keys WHERE id = $1', [key])).rowCount).toBe(1);

    // 31 days after the visit: the start-up sweep erases the booking, and its data key
    const later = await start('2026-10-03T10:00:00+08:00');
    await later.close();
    expect((await pool.query('SELECT reference FROM appointments')).rows).toEqual([]);
    expect((await pool.query('SELECT id FROM data_keys WHERE id = $1', [key])).rows).toEqual([]);
  });
});
