// Two API nodes on one PostgreSQL, each running its deliverer: residents book
// through both at once, and a partner's endpoint that acknowledges at once
// receives every event exactly once — the nodes route and claim with
// FOR UPDATE SKIP LOCKED and leases, never a delivery both.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LogEntry, RunningSandbox } from '../src/index.js';
import { apiSandbox } from './api-sandbox.js';
import { bookVisit, openSlots, residentNumber } from './resident.js';
import { freshPostgresUrl } from './test-postgres.js';
import { quiet, signedBy, webhookReceiver, type WebhookReceiver } from './webhook-receiver.js';

const SECRET = 'whsec_two_nodes_secret_0123456789';
const EVENTS = 200;
const CENTER = 'sc-370800';

let endpoint: WebhookReceiver;
let nodes: RunningSandbox[];
const delivered = [0, 0];

beforeAll(async () => {
  endpoint = await webhookReceiver();
  const db = await freshPostgresUrl();
  const node = (n: number) => apiSandbox({
    db, webhooks: { endpoints: [{ url: endpoint.url, secrets: [SECRET], events: ['appointment.*'] }] },
    delivery: { pollMs: 100 },
    logger: (entry: LogEntry) => { if (entry.event === 'delivered') delivered[n] = (delivered[n] ?? 0) + 1; },
  });
  nodes = await Promise.all([node(0), node(1)]);
});
afterAll(async () => {
  for (const node of nodes ?? []) {
    expect(node.responseViolations()).toEqual([]);
    await node.close();
  }
  await endpoint?.close();
});

describe('two API nodes on one PostgreSQL', () => {
  it(`deliver ${EVENTS} events booked through both to an endpoint that answers at once, each exactly once`, async () => {
    const places: string[] = [];
    for (const date of ['2026-09-02', '2026-09-03', '2026-09-04', '2026-09-07']) {
      for (const start of await openSlots(nodes[0]!.url, date, CENTER)) places.push(start, start, start, start); // 4 places a slot
    }
    expect(places.length).toBeGreaterThanOrEqual(EVENTS);
    const references: string[] = [];
    for (let i = 0; i < EVENTS; i += 20) {
      const batch = places.slice(i, i + 20).map((start, j) => bookVisit(nodes[j % 2]!.url, start, { center: CENTER, contact: residentNumber(i + j) }));
      for (const visit of await Promise.all(batch)) {
        expect(visit.status).toBe(201);
        references.push(visit.reference);
      }
    }

    await endpoint.until(EVENTS, 30_000);
    await quiet(500); // five polls of each node: a second delivery would have come
    const events = endpoint.json<{ id: string; data: { appointment: { reference: string } } }>();
    expect(events).toHaveLength(EVENTS);
    expect(new Set(events.map((e) => e.id)).size).toBe(EVENTS);
    expect(events.map((e) => e.data.appointment.reference).sort()).toEqual(references.sort());
    expect(endpoint.received.every((r) => signedBy(r, SECRET))).toBe(true);
    // both nodes delivered: the claims were really shared
    expect(delivered[0]).toBeGreaterThan(0);
    expect(delivered[1]).toBeGreaterThan(0);
    expect((delivered[0] ?? 0) + (delivered[1] ?? 0)).toBe(EVENTS);
  });
});
