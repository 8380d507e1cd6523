// A partner's endpoint and the city's SMS gateway, each a real HTTP server on
// loopback, receive what residents' bookings set off: signed events, retried
// until acknowledged, and one text message per change. What leaves the server,
// what it logs and what it keeps of a delivery is scanned for the resident's
// name and number. Retries run on a 20 ms base, not 30 s.
import { Ajv } from 'ajv';
import { afterEach, describe, expect, it } from 'vitest';
import { loadContract, withFormats } from '../src/contract.js';
import type { LogEntry, RunningSandbox } from '../src/index.js';
import type { SandboxOptions } from '../src/options.js';
import { apiSandbox } from './api-sandbox.js';
import { bookVisit, changeVisit, openSlots, RESIDENT } from './resident.js';
import { freshDatabase, rawSql } from './store/test-storage.js';
import { testEngine } from './test-postgres.js';
import { quiet, signedBy, webhookReceiver, type Answer, type WebhookReceiver } from './webhook-receiver.js';

const SECRET = 'whsec_endpoint_secret_0123456789';
const GATEWAY_SECRET = 'whsec_gateway_secret_0123456789';
const FAST = { retryBaseMs: 20, pollMs: 50, maxAttempts: 5 };

interface Event { id: string; type: string; created: string; data: { appointment: { reference: string; slot: { start: string } } } }

/** What the contract's webhook `name` says of a body it sent: the schema's complaints, none when it conforms. */
const contractIssues = (() => {
  const { webhooks } = loadContract().api.definition as unknown as {
    webhooks: Record<string, { post: { requestBody: { content: { 'application/json': { schema: object } } } } }>;
  };
  const ajv = withFormats(new Ajv({ allErrors: true, strict: false }));
  return (name: string, body: unknown) => {
    const validate = ajv.compile(webhooks[name]?.post.requestBody.content['application/json'].schema ?? false);
    return validate(body) ? [] : validate.errors;
  };
})();

const open: { close(): Promise<void> }[] = [];
afterEach(async () => {
  for (const thing of open.splice(0).reverse()) await thing.close();
});

async function receiver(answer?: Answer): Promise<WebhookReceiver> {
  const r = await webhookReceiver(answer);
  open.push(r);
  return r;
}

async function sandboxFor(endpoint: WebhookReceiver, options: SandboxOptions = {}, gateway?: WebhookReceiver): Promise<RunningSandbox> {
  const sandbox = await apiSandbox({
    webhooks: {
      endpoints: [{ url: endpoint.url, secrets: [SECRET], events: ['appointment.*'] }],
      ...(gateway ? { notifications: { url: gateway.url, secrets: [GATEWAY_SECRET] } } : {}),
    },
    delivery: FAST,
    ...options,
  });
  open.push({ close: async () => { expect(sandbox.responseViolations()).toEqual([]); await sandbox.close(); } });
  return sandbox;
}

describe('events to a partner endpoint', () => {
  it('reach a receiver that answers 500 twice and then 200 three times, with the same id and a valid signature each time, and no more', async () => {
    const endpoint = await receiver((n) => (n < 2 ? 500 : 200));
    const sandbox = await sandboxFor(endpoint);
    const [slot] = await openSlots(sandbox.url, '2026-09-02');
    const visit = await bookVisit(sandbox.url, slot as string);
    expect(visit.status).toBe(201);

    await endpoint.until(3);
    await quiet(400); // twenty retry bases: a fourth delivery would have come
    expect(endpoint.received).toHaveLength(3);
    const events = endpoint.json<Event>();
    expect(new Set(events.map((e) => e.id)).size).toBe(1);
    expect(events[0]).toMatchObject({ type: 'appointment.booked', created: '2026-09-01T09:00:00+08:00', data: { appointment: { reference: visit.reference } } });
    expect(events[0]?.id).toMatch(/^evt_[0-9A-Za-z]{24}$/);
    for (const request of endpoint.received) {
      expect(signedBy(request, SECRET)).toBe(true);
      expect(signedBy(request, 'whsec_another_secret_0123456789')).toBe(false);
      expect(request.headers['content-type']).toBe('application/json; charset=utf-8');
    }
  });

  it('counts an answer later than the time limit as no answer, and tries again', async () => {
    const endpoint = await receiver((n) => (n === 0 ? { status: 200, afterMs: 600 } : 200));
    const logged: LogEntry[] = [];
    const sandbox = await sandboxFor(endpoint, { delivery: { ...FAST, timeoutMs: 200 }, logger: (entry) => logged.push(entry) });
    const [slot] = await openSlots(sandbox.url, '2026-09-02');
    await bookVisit(sandbox.url, slot as string);
    await endpoint.until(2);
    expect(logged.find((e) => e.event === 'delivery-retrying')).toMatchObject({ level: 'warn', code: 'timeout', url: endpoint.url, count: 1 });
    await quiet(100);
    expect(logged.filter((e) => e.event === 'delivered')).toHaveLength(1);
  });

  it('signs with both secrets while one is rotated', async () => {
    const endpoint = await receiver();
    const sandbox = await apiSandbox({
      webhooks: { endpoints: [{ url: endpoint.url, secrets: ['whsec_the_new_secret_0123456789', SECRET], events: ['appointment.booked'] }] },
      delivery: FAST,
    });
    open.push(sandbox);
    const [slot] = await openSlots(sandbox.url, '2026-09-02');
    await bookVisit(sandbox.url, slot as string);
    await endpoint.until(1);
    const [request] = endpoint.received;
    expect(String(request?.headers['plskit-signature'])).toMatch(/^t=\d+,v1=[0-9a-f]{64},v1=[0-9a-f]{64}$/);
    expect(request && signedBy(request, 'whsec_the_new_secret_0123456789')).toBe(true);
    expect(request && signedBy(request, SECRET)).toBe(true);
  });

  it('sends nothing for a booking refused because the slot was taken', async () => {
    const endpoint = await receiver();
    const sandbox = await sandboxFor(endpoint);
    // a township station: one place per slot
    const [slot] = await openSlots(sandbox.url, '2026-09-02', 'sc-370811-01');
    const first = await bookVisit(sandbox.url, slot as string, { center: 'sc-370811-01' });
    const second = await bookVisit(sandbox.url, slot as string, { center: 'sc-370811-01' });
    expect([first.status, second.status]).toEqual([201, 409]);
    await endpoint.until(1);
    await quiet(300);
    expect(endpoint.json<Event>().map((e) => e.data.appointment.reference)).toEqual([first.reference]);
  });
});

describe('text messages to the SMS gateway', () => {
  it('send one per change of a booking, in the language it was booked in; no event, log line or delivery row names the resident', async () => {
    const endpoint = await receiver();
    const gateway = await receiver();
    const logged: string[] = [];
    const db = await freshDatabase(testEngine);
    const sandbox = await sandboxFor(endpoint, { db, logger: (entry) => logged.push(JSON.stringify(entry)) }, gateway);
    const [first, second] = await openSlots(sandbox.url, '2026-09-02');
    const visit = await bookVisit(sandbox.url, first as string, { locale: 'en' });
    await gateway.until(1);
    expect(gateway.json()[0]).toMatchObject({ channel: 'sms', to: RESIDENT.phone, template: 'appointment-booked' });
    expect(gateway.json<{ id: string; text: string }>()[0]?.id).toMatch(/^ntf_[0-9A-Za-z]{24}$/);
    expect(gateway.json<{ text: string }>()[0]?.text).toMatch(new RegExp(`^Booked: .+, 2 Sep \\d\\d:\\d\\d, ref ${visit.reference}\\.`));
    expect(signedBy(gateway.received[0]!, GATEWAY_SECRET)).toBe(true);

    expect(await changeVisit(sandbox.url, visit, { slotStart: second as string })).toBe(200);
    expect(await changeVisit(sandbox.url, visit, { cancel: true })).toBe(200);
    await Promise.all([gateway.until(3), endpoint.until(3)]);
    await quiet(200);
    expect(gateway.json<{ template: string }>().map((m) => m.template)).toEqual(['appointment-booked', 'appointment-rescheduled', 'appointment-cancelled']);
    expect(endpoint.json<Event>().map((e) => e.type)).toEqual(['appointment.booked', 'appointment.rescheduled', 'appointment.cancelled']);
    for (const event of endpoint.json<Event>()) expect(contractIssues(event.type, event)).toEqual([]);
    for (const message of gateway.json()) expect(contractIssues('sms-notification', message)).toEqual([]);
    for (const text of gateway.json<{ text: string }>().map((m) => m.text)) {
      expect(text).not.toContain(RESIDENT.name);
      expect(text).not.toContain(visit.manageToken);
    }

    const raw = rawSql(testEngine, db);
    open.push(raw);
    const kept = JSON.stringify([
      await raw.sql('SELECT * FROM deliveries'), await raw.sql('SELECT * FROM events'), await raw.sql('SELECT * FROM notifications'),
    ]);
    const sent = endpoint.received.map((r) => r.body + JSON.stringify(r.headers)).join('\n');
    for (const [where, text] of [['the events sent', sent], ['the log', logged.join('\n')], ['the outbox and its delivery log', kept]] as const) {
      for (const personal of [RESIDENT.phone, RESIDENT.phone.slice(3), RESIDENT.name, visit.manageToken]) {
        expect(text.includes(personal), `${where} hold ${personal}`).toBe(false);
      }
    }
    // the deliveries were made: what is kept is their log, not the messages
    expect(kept).toContain('"state":"delivered"');
    expect(await raw.sql('SELECT * FROM notifications')).toEqual([]);
  });
});
