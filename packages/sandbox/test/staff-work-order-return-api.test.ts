// A work order sent back to the hotline (退回) over HTTP, on SQLite and (the
// "postgres" test project) on PostgreSQL: sc-370811's staff return one passed
// to them with a reason; it leaves their queue and is unassigned in the
// hotline's, due on the same day, and can be passed to another center. The
// resident's own view shows it only being passed on again, never the reason;
// staff read the reason. Another center's staff are refused as reply and close
// refuse them; an answered, closed or unassigned one is 409; a bad reason is
// 400 naming /reason; nothing changes on a refusal; one event, without the
// reason or anything personal, reaches partners; no log line holds the reason.
import { randomUUID } from 'node:crypto';
import { WORK_ORDER_PRIVACY_NOTICE_VERSION } from '@plskit/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LogEntry, RunningSandbox } from '../src/index.js';
import { apiSandbox } from './api-sandbox.js';
import { testStaffKeys, type TestStaffKeys } from './staff-keys.js';
import { freshDatabase, rawSql } from './store/test-storage.js';
import { testEngine } from './test-postgres.js';
import { quiet, webhookReceiver, type WebhookReceiver } from './webhook-receiver.js';

const CENTER = 'sc-370811';
const OTHER_CENTER = 'sc-370812';
const RESIDENT = { name: '王小明', phone: '13800138000' };
const REASON = '来电人住在历城区，应由历城区中心办理。reason-probe';

let keys: TestStaffKeys;
let db: string;
let endpoint: WebhookReceiver;
let sandbox: RunningSandbox;
const logs: LogEntry[] = [];

beforeAll(async () => {
  keys = await testStaffKeys();
  db = await freshDatabase(testEngine);
  endpoint = await webhookReceiver();
  sandbox = await apiSandbox({
    db, staff: keys.options, logger: (entry) => logs.push(entry), delivery: { retryBaseMs: 20, pollMs: 50, maxAttempts: 5 },
    webhooks: { endpoints: [{ url: endpoint.url, secrets: ['whsec_endpoint_secret_0123456789'], events: ['work-order.returned'] }] },
  });
});
afterAll(async () => {
  expect(sandbox.responseViolations()).toEqual([]);
  await sandbox.close();
  await endpoint.close();
});

const hotline = () => keys.token({ sub: 'hotline-12345-07', roles: ['hotline-operator'] });
const centerStaff = (center: string) => keys.token({ sub: `staff-${center}`, roles: ['center-staff'], centers: [center] });

interface Body {
  [key: string]: unknown;
  code?: string;
  items: { reference: string; center: string | null; status: string }[];
  errors?: { field: string; code: string }[];
  timeline: Record<string, unknown>[];
}

async function post(token: string, path: string, body: unknown) {
  const response = await fetch(`${sandbox.url}${path}`, {
    method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Body };
}
const get = async (token: string, path: string) =>
  (await (await fetch(`${sandbox.url}${path}`, { headers: { authorization: `Bearer ${token}` } })).json()) as Body;
const back = (token: string, reference: string, reason: unknown = REASON) => post(token, `/v1/staff/work-orders/${reference}/return`, { reason });

let asked = 0;

/** A question asked on the web (each from a number of its own: a number's open questions are limited), passed to sc-370811 by the hotline. */
async function passedToCenter(): Promise<{ reference: string; manageToken: string }> {
  asked += 1;
  const response = await fetch(`${sandbox.url}/v1/work-orders`, {
    method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
    body: JSON.stringify({ kind: 'question', topic: 'labour', region: '370811', text: '公司拖欠三个月工资怎么办？',
      contact: { ...RESIDENT, phone: `1380013${String(8000 + asked)}` },
      consent: { privacyNotice: WORK_ORDER_PRIVACY_NOTICE_VERSION, agreed: true } }),
  });
  expect(response.status).toBe(201);
  const made = (await response.json()) as { reference: string; manageToken: string };
  expect((await post(await hotline(), `/v1/staff/work-orders/${made.reference}/assign`, { center: CENTER })).status).toBe(200);
  return made;
}

/** Everything a refusal must leave as it was: the order's row, the events, the audit log. */
async function snapshot(reference: string) {
  const raw = rawSql(testEngine, db);
  try {
    return {
      row: await raw.sql('SELECT * FROM work_orders WHERE reference = ?', [reference]),
      events: (await raw.sql('SELECT id FROM events')).length,
      audit: (await raw.sql('SELECT seq FROM audit_events WHERE reference = ?', [reference])).length,
    };
  } finally {
    await raw.close();
  }
}

describe(`returning a work order to the hotline on ${testEngine}`, () => {
  let returned: { reference: string; manageToken: string };

  it('takes it out of sc-370811\'s queue and puts it unassigned in the hotline\'s, due on the same day; staff read who and why, the resident neither', async () => {
    returned = await passedToCenter();
    const rencheng = await centerStaff(CENTER);
    const before = await get(rencheng, `/v1/staff/work-orders/${returned.reference}`);
    const reply = await back(rencheng, returned.reference);
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ status: 'received', center: null, dueBy: before.dueBy });
    expect(reply.body.timeline.at(-1)).toEqual({ kind: 'returned', at: expect.any(String), center: CENTER, reason: REASON });

    expect((await get(rencheng, '/v1/staff/work-orders?limit=100')).items.map((i) => i.reference)).not.toContain(returned.reference);
    expect((await get(rencheng, `/v1/staff/work-orders/${returned.reference}`)).code).toBe('staff-forbidden');
    // a colleague's answer written meanwhile: the order left them by a return, a conflict of states
    const lateAnswer = await post(rencheng, `/v1/staff/work-orders/${returned.reference}/reply`, { text: '可以申请劳动仲裁。' });
    expect([lateAnswer.status, lateAnswer.body.code]).toEqual([409, 'work-order-not-assigned']);
    expect((await get(await hotline(), '/v1/staff/work-orders?status=received&limit=100')).items)
      .toContainEqual(expect.objectContaining({ reference: returned.reference, center: null, status: 'received' }));

    const own = (await (await fetch(`${sandbox.url}/v1/work-orders/${returned.reference}`, { headers: { 'x-manage-token': returned.manageToken } })).json()) as Body;
    expect(own).toMatchObject({ status: 'received', center: null });
    expect(own.timeline.map((step) => step.kind)).toEqual(['received', 'assigned', 'returned']);
    expect(own.timeline.at(-1)).toEqual({ kind: 'returned', at: expect.any(String) });
    expect(JSON.stringify(own)).not.toContain('reason-probe');

    const passedOn = await post(await hotline(), `/v1/staff/work-orders/${returned.reference}/assign`, { center: OTHER_CENTER });
    expect(passedOn.body).toMatchObject({ status: 'assigned', center: OTHER_CENTER });
    expect((await get(await centerStaff(OTHER_CENTER), '/v1/staff/work-orders?limit=100')).items.map((i) => i.reference)).toContain(returned.reference);
  });

  it('refuses another center\'s staff with 403 as a reply is refused, and changes nothing', async () => {
    const { reference } = await passedToCenter();
    const before = await snapshot(reference);
    const refused = await back(await centerStaff(OTHER_CENTER), reference);
    const reply = await post(await centerStaff(OTHER_CENTER), `/v1/staff/work-orders/${reference}/reply`, { text: '答复' });
    expect([refused.status, refused.body.code]).toEqual([reply.status, reply.body.code]);
    expect([refused.status, refused.body.code]).toEqual([403, 'staff-forbidden']);
    expect(await snapshot(reference)).toEqual(before);
  });

  it('refuses an answered, a closed and an unassigned order with 409 and its code, and changes nothing', async () => {
    const rencheng = await centerStaff(CENTER);
    const answered = await passedToCenter();
    await post(rencheng, `/v1/staff/work-orders/${answered.reference}/reply`, { text: '可以申请劳动仲裁。' });
    const closed = await passedToCenter();
    await post(rencheng, `/v1/staff/work-orders/${closed.reference}/close`, { resolution: 'duplicate' });
    const unassigned = await passedToCenter();
    await back(rencheng, unassigned.reference);
    for (const [made, code] of [[answered, 'work-order-answered'], [closed, 'work-order-closed'], [unassigned, 'work-order-not-assigned']] as const) {
      const before = await snapshot(made.reference);
      const refused = await back(await hotline(), made.reference);
      expect([refused.status, refused.body.code], code).toEqual([409, code]);
      expect(await snapshot(made.reference), code).toEqual(before);
    }
  });

  it('refuses an empty, white-space or 501-character reason with 400 naming /reason, and stores nothing', async () => {
    const { reference } = await passedToCenter();
    const before = await snapshot(reference);
    const rencheng = await centerStaff(CENTER);
    for (const [name, reason] of [['empty', ''], ['white space', ' \n\t　'], ['501 characters', '因'.repeat(501)], ['not text', 5]] as const) {
      const refused = await back(rencheng, reference, reason);
      expect([refused.status, refused.body.errors?.map((e) => e.field)], name).toEqual([400, ['/reason']]);
    }
    expect(await snapshot(reference)).toEqual(before);
    // 500 characters are taken
    expect((await back(rencheng, reference, '因'.repeat(500))).status).toBe(200);
  });

  it('sends partners one work-order.returned per return, with the center it came from and without the reason or anything personal; no log line holds the reason', async () => {
    await endpoint.until(3);
    await quiet(300);
    const events = endpoint.json<{ type: string; data: { workOrder: { reference: string; center: string | null }; returnedBy: string } }>();
    expect(events.filter((e) => e.data.workOrder.reference === returned.reference)).toEqual([
      expect.objectContaining({ type: 'work-order.returned', data: { workOrder: expect.objectContaining({ reference: returned.reference, center: null, status: 'received' }), returnedBy: CENTER } }),
    ]);
    // the first test's, and the unassigned one's of the 409 test, and the 500-character one's
    expect(events).toHaveLength(3);
    const sent = endpoint.received.map((r) => r.body).join('\n');
    const logged = JSON.stringify(logs);
    expect(logs.some((entry) => entry.event === 'request' && entry.route === '/v1/staff/work-orders/{reference}/return')).toBe(true);
    for (const personal of ['reason-probe', '历城区', '因因因', RESIDENT.name, RESIDENT.phone]) {
      expect(sent).not.toContain(personal);
      expect(logged).not.toContain(personal);
    }
  });
});
