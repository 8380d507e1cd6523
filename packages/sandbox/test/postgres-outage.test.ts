// What the sandbox does when its PostgreSQL goes away or stops accepting
// writes: a dedicated real server (not the run's shared one) is stopped and
// started again under a running sandbox, and its database is switched to
// read-only. Skipped, saying why, when PLSKIT_TEST_PG lends a server we may
// not stop.
import { APPOINTMENT_PRIVACY_NOTICE_VERSION } from '@plskit/core';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LogEntry } from '../src/logger.js';
import { startSandbox, type RunningSandbox } from '../src/sandbox.js';
import { postgresHarness as harness, type TestPostgres } from './test-postgres.js';


const NAME = '王小明';
/** Each booking its own number (one number holds at most 2 future visits), all starting so: the log must hold none. */
const PHONE = '1380013800';
const borrowed = process.env.PLSKIT_TEST_PG !== undefined;

let server: TestPostgres;
let sandbox: RunningSandbox;
let dbUrl: string;
const logs: LogEntry[] = [];

beforeAll(async () => {
  if (borrowed) return;
  server = await harness.startTestPostgres();
  dbUrl = await harness.createDatabase(server.url);
  sandbox = await startSandbox({ port: 0, db: dbUrl, now: '2026-09-01T09:00:00+08:00', logger: (entry) => logs.push(entry),
    rateLimit: false, demoDir: false, cdnDir: false, checkResponses: true });
});
afterAll(async () => {
  await sandbox?.close();
  await server?.stop();
});

let slot = 0;
const SLOTS = ['09:00', '09:30', '10:00', '10:30', '11:00', '14:00'];
function book(): Promise<Response> {
  const slotStart = `2026-09-02T${SLOTS[slot++ % SLOTS.length]}:00+08:00`;
  return fetch(`${sandbox.url}/v1/appointments`, {
    method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': `outage-attempt-key-${slot}` },
    body: JSON.stringify({ center: 'sc-370811', service: 'legal-consultation', slotStart,
      contact: { name: NAME, phone: `${PHONE}${slot % 10}` }, consent: { privacyNotice: APPOINTMENT_PRIVACY_NOTICE_VERSION, agreed: true } }),
  });
}
const search = () => fetch(`${sandbox.url}/v1/lawyers?q=${encodeURIComponent('王')}&limit=3`);
const health = async () => (await fetch(`${sandbox.url}/v1/health`)).json() as Promise<Record<string, unknown>>;

async function expectRefused(reply: Response, retryAfter: string): Promise<void> {
  expect([reply.status, reply.headers.get('retry-after'), reply.headers.get('content-type')])
    .toEqual([503, retryAfter, 'application/problem+json']);
  expect((await reply.json()).code).toBe('service-unavailable');
}

/** Runs SQL on the database as its owner, from a connection of its own. */
async function admin(sql: string, values: unknown[] = []): Promise<void> {
  const client = new pg.Client({ connectionString: server.url });
  await client.connect();
  try {
    await client.query(sql, values);
  } finally {
    await client.end();
  }
}
const dbName = () => new URL(dbUrl).pathname.slice(1);
/** Ends the sandbox's connections, so that its next query opens a new one with the database's current settings. */
async function dropConnections(): Promise<void> {
  await admin('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [dbName()]);
  // the pool hears of each ended connection asynchronously
  await new Promise((resolve) => setTimeout(resolve, 300));
}

describe.skipIf(borrowed)(`PostgreSQL out of reach or read-only${borrowed ? ' (skipped: PLSKIT_TEST_PG lends a server the test may not stop)' : ''}`, () => {
  it('answers searches and bookings 503 with Retry-After while the server is down, reports it in health, and recovers when it is back', async () => {
    expect((await book()).status).toBe(201);
    expect(await health()).toMatchObject({ status: 'ok', capabilities: { reads: true, writes: true } });

    server.down?.();
    await expectRefused(await search(), '5');
    await expectRefused(await book(), '5');
    expect(await health()).toMatchObject({ status: 'degraded', capabilities: { reads: false, writes: false }, storage: 'unavailable' });
    const refusals = logs.filter((entry) => entry.event === 'storage-unavailable');
    expect(refusals.map((entry) => entry.operation)).toEqual(expect.arrayContaining(['searchLawyers', 'bookAppointment']));
    for (const entry of refusals) expect(String(entry.code)).toMatch(/^(ECONNREFUSED|57P0[123]|08\w{3}|connection-terminated)$/);

    server.up?.();
    expect((await search()).status).toBe(200);
    // a read proves the server back: health recovers without waiting for a booking
    expect(await health()).toMatchObject({ status: 'ok', capabilities: { reads: true, writes: true } });
    expect((await book()).status).toBe(201);
    expect(sandbox.responseViolations()).toEqual([]);
  });

  it('answers bookings 503 read-only while the database refuses writes, keeps serving searches, and recovers', async () => {
    await admin(`ALTER DATABASE ${dbName()} SET default_transaction_read_only = on`);
    await dropConnections();
    await expectRefused(await book(), '30');
    expect(logs).toContainEqual(expect.objectContaining({ event: 'storage-unavailable', code: '25006', operation: 'bookAppointment' }));
    expect((await search()).status).toBe(200);
    expect(await health()).toMatchObject({ status: 'degraded', capabilities: { reads: true, writes: false }, storage: 'read-only' });

    await admin(`ALTER DATABASE ${dbName()} RESET default_transaction_read_only`);
    await dropConnections();
    expect((await book()).status).toBe(201);
    expect(await health()).toMatchObject({ status: 'ok' });
    expect(sandbox.responseViolations()).toEqual([]);
  });

  it('never writes a resident\'s name or phone number into the log', () => {
    const logged = JSON.stringify(logs);
    expect(logs.length).toBeGreaterThan(0);
    expect(logged).not.toContain(PHONE);
    expect(logged).not.toContain(NAME);
  });
});
