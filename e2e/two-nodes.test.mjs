// Two sandbox processes on one PostgreSQL, as a city runs them behind a load
// balancer: 200 requests for a slot of 3 places, spread across both, book it
// exactly 3 times, and an idempotent retry that reaches the other process
// replays the first reply. Needs `npm run build` first (npm test runs it
// before this step); PostgreSQL as scripts/postgres.mjs finds or installs it.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { APPOINTMENT_PRIVACY_NOTICE_VERSION } from '@plskit/core';
import { createDatabase, startTestPostgres } from '../scripts/postgres.mjs';
import { startSandboxProcess } from '../scripts/sandbox-process.mjs';
import { chromiumRunOnly, DEMO_NOW } from './demo-session.mjs';

let server;
let nodes = [];

before(async () => {
  if (chromiumRunOnly.skip) return;
  server = await startTestPostgres();
  const db = await createDatabase(server.url);
  const env = { PLSKIT_DB: db, PLSKIT_NOW: DEMO_NOW, PLSKIT_RATE_LIMIT: 'off' };
  // both start at once: one migrates and seeds, the other waits for it
  nodes = await Promise.all([startSandboxProcess(env), startSandboxProcess(env)]);
});
after(async () => {
  for (const node of nodes) await node.stop();
  await server?.stop();
});

// each request a resident of its own: one number holds at most 2 future visits
const booking = (slotStart, resident = 0) => ({
  center: 'sc-370811', service: 'mediation', slotStart,
  contact: { name: '王小明', phone: `138${String(resident).padStart(8, '0')}` },
  consent: { privacyNotice: APPOINTMENT_PRIVACY_NOTICE_VERSION, agreed: true },
});

const book = (node, slotStart, key, resident) => fetch(`${node.url}/v1/appointments`, {
  method: 'POST',
  headers: { 'content-type': 'application/json', 'idempotency-key': key },
  body: JSON.stringify(booking(slotStart, resident)),
});

async function slots(node) {
  const response = await fetch(`${node.url}/v1/appointments/availability?center=sc-370811&service=mediation&from=2026-09-02&to=2026-09-02`);
  return (await response.json()).days[0].slots;
}

test('200 requests for a 3-place slot, spread across two processes, book it exactly 3 times', chromiumRunOnly, async () => {
  const [slot] = await slots(nodes[0]);
  assert.equal(slot.capacity, 3);
  const replies = await Promise.all(Array.from({ length: 200 }, (_, i) => book(nodes[i % 2], slot.start, `race-attempt-key-${i}`, i)));
  const codes = await Promise.all(replies.map(async (r) => (r.status === 201 ? 201 : `${r.status} ${(await r.json()).code}`)));
  assert.equal(codes.filter((c) => c === 201).length, 3);
  assert.equal(codes.filter((c) => c === '409 slot-full').length, 197);
  for (const node of nodes) assert.equal((await slots(node))[0].remaining, 0);
});

test('an idempotent retry that reaches the other process replays the first reply', chromiumRunOnly, async () => {
  const [, slot] = await slots(nodes[0]);
  const first = await book(nodes[0], slot.start, 'retry-across-processes', 1000);
  const retry = await book(nodes[1], slot.start, 'retry-across-processes', 1000);
  assert.deepEqual([first.status, retry.status, retry.headers.get('idempotent-replayed')], [201, 201, 'true']);
  assert.deepEqual(await retry.json(), await first.json());
  assert.equal((await slots(nodes[1]))[1].remaining, slot.remaining - 1);
});
