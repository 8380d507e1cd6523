// A resident asks a question in English; a center takes it, answers it and
// closes it (through the store on the same database, as the staff desk will).
// A partner's endpoint receives each change as a signed event the contract
// describes, the city's SMS gateway one text message about the answer, and
// nothing that leaves the server or enters its log holds the resident's name,
// number, question, the answer, the token or the reference in a log line.
import { Ajv } from 'ajv';
import { randomUUID } from 'node:crypto';
import { WORK_ORDER_PRIVACY_NOTICE_VERSION } from '@plskit/core';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContract, withFormats } from '../src/contract.js';
import type { LogEntry } from '../src/index.js';
import { openStorage } from '../src/store/open-storage.js';
import { TEST_KEY_RING } from './test-keys.js';
import { apiSandbox } from './api-sandbox.js';
import { freshDatabase } from './store/test-storage.js';
import { testEngine } from './test-postgres.js';
import { quiet, signedBy, webhookReceiver } from './webhook-receiver.js';

const SECRET = 'whsec_endpoint_secret_0123456789';
const GATEWAY_SECRET = 'whsec_gateway_secret_0123456789';
const RESIDENT = { name: 'Ouyang Baomi', phone: '13912345678' };
const QUESTION = 'My employer has not paid me for three months. events-probe';
const ANSWER = 'You can apply for labour arbitration. answer-probe';
const ID_NUMBER = '11010519491231002X';

const schemaIssues = (() => {
  const { webhooks } = loadContract().api.definition as unknown as {
    webhooks: Record<string, { post: { requestBody: { content: { 'application/json': { schema: object } } } } }>;
  };
  const ajv = withFormats(new Ajv({ allErrors: true, strict: false }));
  return (name: string, body: unknown) => {
    const validate = ajv.compile(webhooks[name]?.post.requestBody.content['application/json'].schema ?? false);
    return validate(body) ? [] : validate.errors;
  };
})();

const closing: { close(): Promise<void> }[] = [];
afterAll(async () => { for (const thing of closing.reverse()) await thing.close(); });

describe('a work order\'s events and text message', () => {
  it('reach the endpoint signed and as the contract says, the gateway once, and the log never holds anything personal', async () => {
    const endpoint = await webhookReceiver();
    const gateway = await webhookReceiver();
    closing.push(endpoint, gateway);
    const logs: LogEntry[] = [];
    const db = await freshDatabase(testEngine);
    const sandbox = await apiSandbox({
      db, logger: (entry) => logs.push(entry), delivery: { retryBaseMs: 20, pollMs: 50, maxAttempts: 5 },
      webhooks: {
        endpoints: [{ url: endpoint.url, secrets: [SECRET], events: ['work-order.*'] }],
        notifications: { url: gateway.url, secrets: [GATEWAY_SECRET] },
      },
    });
    closing.push({ close: async () => { expect(sandbox.responseViolations()).toEqual([]); await sandbox.close(); } });
    const staff = await openStorage(db, { keys: TEST_KEY_RING });
    closing.push(staff);

    const key = `events-${randomUUID()}`;
    const asked = await fetch(`${sandbox.url}/v1/work-orders`, {
      method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': key, 'accept-language': 'en' },
      body: JSON.stringify({ kind: 'question', topic: 'labour', region: '370811', text: QUESTION, contact: RESIDENT,
        consent: { privacyNotice: WORK_ORDER_PRIVACY_NOTICE_VERSION, agreed: true } }),
    });
    expect(asked.status).toBe(201);
    const { reference, manageToken } = (await asked.json()) as { reference: string; manageToken: string };
    const refused = await fetch(`${sandbox.url}/v1/work-orders`, {
      method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
      body: JSON.stringify({ kind: 'question', topic: 'labour', region: '370811', text: `${QUESTION} ${ID_NUMBER}`, contact: RESIDENT,
        consent: { privacyNotice: WORK_ORDER_PRIVACY_NOTICE_VERSION, agreed: true } }),
    });
    expect(refused.status).toBe(400);
    expect((await fetch(`${sandbox.url}/v1/work-orders/${reference}`, { headers: { 'x-manage-token': manageToken } })).status).toBe(200);

    await staff.workOrders.assign(reference, 'sc-370811', '2026-09-01T10:00:00+08:00');
    await staff.workOrders.reply(reference, ANSWER, '2026-09-02T15:00:00+08:00');
    await staff.workOrders.close(reference, 'answered', '2026-09-03T09:00:00+08:00');

    await endpoint.until(4);
    await gateway.until(1);
    await quiet(300);
    const events = endpoint.json<{ type: string; data: { workOrder: { reference: string; status: string } } }>();
    expect(events.map((e) => e.type)).toEqual(['work-order.created', 'work-order.assigned', 'work-order.replied', 'work-order.closed']);
    expect(events.map((e) => e.data.workOrder.status)).toEqual(['received', 'assigned', 'answered', 'closed']);
    for (const [i, event] of events.entries()) {
      expect(schemaIssues(event.type, event), event.type).toEqual([]);
      expect(signedBy(endpoint.received[i]!, SECRET)).toBe(true);
    }
    expect(gateway.received).toHaveLength(1);
    expect(signedBy(gateway.received[0]!, GATEWAY_SECRET)).toBe(true);
    const [message] = gateway.json<{ to: string; template: string; text: string }>();
    expect(schemaIssues('sms-notification', message)).toEqual([]);
    expect(message).toMatchObject({ to: RESIDENT.phone, template: 'work-order-replied' });
    expect(message?.text).toBe(`Your question (ref ${reference}) has been answered. Open the link you saved when you asked, or call 12348.`);

    const sent = [...endpoint.received, ...gateway.received].map((r) => r.body).join('\n');
    for (const personal of [RESIDENT.name, 'events-probe', 'answer-probe', manageToken]) expect(sent).not.toContain(personal);
    expect(endpoint.received.map((r) => r.body).join('\n')).not.toContain(RESIDENT.phone);
    const logged = JSON.stringify(logs);
    expect(logs.some((entry) => entry.event === 'request' && entry.route === '/v1/work-orders/{reference}')).toBe(true);
    for (const personal of [RESIDENT.name, RESIDENT.phone, 'events-probe', 'answer-probe', manageToken, reference, key, ID_NUMBER]) {
      expect(logged).not.toContain(personal);
    }
  });
});
