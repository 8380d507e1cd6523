// Work orders on two API nodes sharing one PostgreSQL: a resident's retried
// request makes one work order whichever node each retry reaches, even while
// the first attempt still runs; two staff acting on one order at once, on two
// nodes, take turns (each decision sees the other's), and the queue both read is one;
// two staff answering one question at once over HTTP on two nodes give the
// resident one answer and one text message; one number's questions and calls
// asked at once on both nodes never pass its limit of work orders waiting for an answer;
// a center returning an order to the hotline while a colleague answers it, on
// two nodes, gives one of them and one event.
import { randomUUID } from 'node:crypto';
import { WORK_ORDER_PRIVACY_NOTICE_VERSION } from '@plskit/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../src/index.js';
import { openStorage } from '../src/store/open-storage.js';
import { TEST_KEY_RING } from './test-keys.js';
import type { StorageEngine } from '../src/store/storage-engine.js';
import { apiSandbox } from './api-sandbox.js';
import { rawSql } from './store/test-storage.js';
import { testStaffKeys, type TestStaffKeys } from './staff-keys.js';
import { freshPostgresUrl } from './test-postgres.js';
import { quiet, webhookReceiver, type WebhookReceiver } from './webhook-receiver.js';

let url: string;
let nodes: RunningSandbox[];
let staff: StorageEngine[];
let keys: TestStaffKeys;
let gateway: WebhookReceiver;
beforeAll(async () => {
  url = await freshPostgresUrl();
  keys = await testStaffKeys();
  gateway = await webhookReceiver();
  const node = () => apiSandbox({
    db: url, staff: keys.options, delivery: { retryBaseMs: 20, pollMs: 50, maxAttempts: 5 },
    webhooks: { endpoints: [], notifications: { url: gateway.url, secrets: ['whsec_gateway_secret_0123456789'] } },
  });
  nodes = await Promise.all([node(), node()]);
  staff = await Promise.all([openStorage(url, { keys: TEST_KEY_RING }), openStorage(url, { keys: TEST_KEY_RING })]);
});
afterAll(async () => {
  for (const engine of staff) await engine.close();
  for (const node of nodes) {
    expect(node.responseViolations()).toEqual([]);
    await node.close();
  }
  await gateway.close();
});

const body = {
  kind: 'question', topic: 'marriage-family', region: '370883', text: '离婚后孩子的抚养费怎么计算？',
  contact: { name: '王小明', phone: '13800138000' }, consent: { privacyNotice: WORK_ORDER_PRIVACY_NOTICE_VERSION, agreed: true },
};
const ask = (node: RunningSandbox, key: string) => fetch(`${node.url}/v1/work-orders`, {
  method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': key }, body: JSON.stringify(body),
});

describe('work orders on two nodes of one PostgreSQL', () => {
  it('makes one work order of a request retried on both nodes at once', async () => {
    const key = `retry-across-nodes-${randomUUID()}`;
    const racing = await Promise.all([0, 1, 0, 1, 1, 0].map((n) => ask(nodes[n]!, key)));
    const replies = await Promise.all(racing.map((r) => r.json() as Promise<{ reference: string; manageToken: string }>));
    expect(racing.map((r) => r.status)).toEqual([201, 201, 201, 201, 201, 201]);
    expect(new Set(replies.map((r) => r.reference)).size).toBe(1);
    expect(new Set(replies.map((r) => r.manageToken)).size).toBe(1);
    expect(racing.filter((r) => r.headers.get('idempotent-replayed') === 'true')).toHaveLength(5);
    const queue = await staff[1]!.workOrders.list({ today: '2026-09-01', limit: 100 });
    expect(queue.items.filter((item) => item.reference === replies[0]!.reference)).toHaveLength(1);
  });

  it('lets two nodes\' staff act on one order at once without losing a step', async () => {
    const made = (await (await ask(nodes[0]!, randomUUID())).json()) as { reference: string; manageToken: string };
    const [assigned, answered] = await Promise.all([
      staff[0]!.workOrders.assign(made.reference, 'sc-370883', '2026-09-01T10:00:00+08:00'),
      staff[1]!.workOrders.reply(made.reference, '按子女实际需要和父母负担能力确定。', '2026-09-01T10:00:01+08:00'),
    ]);
    expect([assigned.kind, answered.kind]).toEqual(['ok', 'ok']);
    const closes = await Promise.all(staff.map((engine) => engine.workOrders.close(made.reference, 'answered', '2026-09-01T11:00:00+08:00')));
    expect(closes.map((c) => c.kind).sort()).toEqual(['ok', 'work-order-closed']);
    const followed = await (await fetch(`${nodes[1]!.url}/v1/work-orders/${made.reference}`, { headers: { 'x-manage-token': made.manageToken } })).json();
    expect(followed).toMatchObject({ status: 'closed', center: 'sc-370883', answer: { text: '按子女实际需要和父母负担能力确定。' } });
    expect(followed.timeline.map((step: { kind: string }) => step.kind).sort()).toEqual(['answered', 'assigned', 'closed', 'received']);
  });

  it('gives one answer and one text message when two staff answer one question at once on two nodes', async () => {
    const made = (await (await ask(nodes[0]!, randomUUID())).json()) as { reference: string; manageToken: string };
    const operators = await Promise.all(['hotline-1', 'hotline-2'].map((sub) => keys.token({ sub, roles: ['hotline-operator'] })));
    const replies = await Promise.all(operators.map((token, n) => fetch(`${nodes[n]!.url}/v1/staff/work-orders/${made.reference}/reply`, {
      method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ text: `答复${n + 1}：按子女实际需要和父母负担能力确定。` }),
    })));
    expect(replies.map((r) => r.status).sort()).toEqual([200, 409]);
    const refused = await replies.find((r) => r.status === 409)!.json();
    expect(refused.code).toBe('work-order-answered');
    const followed = await (await fetch(`${nodes[1]!.url}/v1/work-orders/${made.reference}`, { headers: { 'x-manage-token': made.manageToken } })).json();
    expect(followed.timeline.filter((step: { kind: string }) => step.kind === 'answered')).toHaveLength(1);
    await gateway.until(1);
    await quiet(300);
    const messages = gateway.json<{ template: string; text: string }>().filter((m) => m.template === 'work-order-replied' && m.text.includes(made.reference));
    expect(messages).toHaveLength(1);
  });

  it('holds one number to 3 work orders waiting for an answer when 8 are asked at once on two nodes, web and hotline together; a refusal stores nothing', async () => {
    const phone = '13700137000';
    const operator = { authorization: `Bearer ${await keys.token({ sub: 'hotline-limit', roles: ['hotline-operator'] })}` };
    const asked = (n: number) => {
      const hotline = n % 2 === 1;
      return fetch(`${nodes[n % 2]!.url}/v1/${hotline ? 'staff/' : ''}work-orders`, {
        method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID(), ...(hotline ? operator : {}) },
        body: JSON.stringify({ ...body, text: `同一号码的第${n + 1}个问题`, contact: { name: '赵限额', phone },
          consent: hotline ? { ...body.consent, form: 'oral' } : body.consent }),
      });
    };
    const raw = rawSql('postgres', url);
    const count = async (sql: string, params: unknown[] = []) => Number((await raw.sql<{ n: string }>(sql, params))[0]?.n);
    const events = () => count('SELECT COUNT(*) AS n FROM events');
    const eventsBefore = await events();
    try {
      const replies = await Promise.all(Array.from({ length: 8 }, (_, n) => asked(n)));
      expect(replies.map((r) => r.status).sort()).toEqual([201, 201, 201, 409, 409, 409, 409, 409]);
      for (const refused of await Promise.all(replies.filter((r) => r.status === 409).map((r) => r.json()))) {
        expect(refused).toMatchObject({ code: 'work-order-limit-reached', limit: 3 });
        expect(String(refused.detail)).toContain('12348');
      }
      expect(await count('SELECT COUNT(*) AS n FROM work_orders WHERE phone_key = ?', [staff[0]!.vault.phoneKey(phone)])).toBe(3);
      // a refusal writes no event (and no data key): only the three made did
      expect(await events() - eventsBefore).toBe(3);
    } finally {
      await raw.close();
    }
  });

  it('lets one of a return to the hotline and an answer sent at once to two nodes win; the other is 409, and one event is written', async () => {
    const made = (await (await ask(nodes[0]!, randomUUID())).json()) as { reference: string; manageToken: string };
    expect((await staff[0]!.workOrders.assign(made.reference, 'sc-370883', '2026-09-01T10:00:00+08:00')).kind).toBe('ok');
    const token = await keys.token({ sub: 'staff-sc-370883', roles: ['center-staff'], centers: ['sc-370883'] });
    const post = (n: number, step: string, payload: unknown) => fetch(`${nodes[n]!.url}/v1/staff/work-orders/${made.reference}/${step}`, {
      method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(payload),
    });
    const raw = rawSql('postgres', url);
    const changes = async () => (await raw.sql<{ type: string }>(`SELECT type FROM events WHERE type IN ('work-order.returned', 'work-order.replied')
      AND body LIKE ?`, [`%${made.reference}%`])).map((e) => e.type);
    try {
      const [returned, answered] = await Promise.all([
        post(0, 'return', { reason: '应由其他县区中心办理。' }), post(1, 'reply', { text: '按子女实际需要和父母负担能力确定。' }),
      ]);
      expect([returned.status, answered.status].sort()).toEqual([200, 409]);
      const loser = returned.status === 409 ? returned : answered;
      // the answer first: it is answered, and stays; the return first: it is at no center, where a center's staff may not answer it
      expect((await loser.json()).code).toBe(returned.status === 409 ? 'work-order-answered' : 'work-order-not-assigned');
      expect(await changes()).toEqual([returned.status === 200 ? 'work-order.returned' : 'work-order.replied']);
    } finally {
      await raw.close();
    }
  });
});
