// The hotline's and the centers' side of work orders over HTTP, as issue 23's
// "done when" states it, on SQLite and (the "postgres" test project) on
// PostgreSQL: a question asked on the web is in the hotline's queue, masked;
// passed to sc-370811 it is in that center's queue and not another's; the
// answer reaches the resident's own view and one text message; closing ends
// the timeline; a hotline call is recorded with the caller's oral consent.
// Every read of the question or contact and every act is in the audit log,
// and nothing personal is in an event or a log line.
import { randomUUID } from 'node:crypto';
import { WORK_ORDER_PRIVACY_NOTICE_VERSION } from '@plskit/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LogEntry, RunningSandbox } from '../src/index.js';
import { apiSandbox } from './api-sandbox.js';
import { testStaffKeys, type TestStaffKeys } from './staff-keys.js';
import { freshDatabase, rowCount } from './store/test-storage.js';
import { testEngine } from './test-postgres.js';
import { quiet, webhookReceiver, type WebhookReceiver } from './webhook-receiver.js';

const CENTER = 'sc-370811';
const OTHER_CENTER = 'sc-370812';
const RESIDENT = { name: '王小明', phone: '13800138000' };
const CALLER = { name: '李秀兰', phone: '13900139000' };
const QUESTION = '公司拖欠三个月工资，没有签劳动合同，我可以怎么办？hotline-probe';
const ANSWER = '未签书面劳动合同的，可以要求支付二倍工资，也可以申请劳动仲裁。answer-probe';
const consent = { privacyNotice: WORK_ORDER_PRIVACY_NOTICE_VERSION, agreed: true };

let keys: TestStaffKeys;
let db: string;
let gateway: WebhookReceiver;
let endpoint: WebhookReceiver;
let sandbox: RunningSandbox;
const logs: LogEntry[] = [];

beforeAll(async () => {
  keys = await testStaffKeys();
  db = await freshDatabase(testEngine);
  [gateway, endpoint] = await Promise.all([webhookReceiver(), webhookReceiver()]);
  sandbox = await apiSandbox({
    db, staff: keys.options, logger: (entry) => logs.push(entry), delivery: { retryBaseMs: 20, pollMs: 50, maxAttempts: 5 },
    webhooks: {
      endpoints: [{ url: endpoint.url, secrets: ['whsec_endpoint_secret_0123456789'], events: ['work-order.*'] }],
      notifications: { url: gateway.url, secrets: ['whsec_gateway_secret_0123456789'] },
    },
  });
});
afterAll(async () => {
  expect(sandbox.responseViolations()).toEqual([]);
  await sandbox.close();
  await gateway.close();
  await endpoint.close();
});

const hotline = () => keys.token({ sub: 'hotline-12345-07', roles: ['hotline-operator'], name: '话务员七号' });
const centerStaff = (center: string, sub = `staff-${center}`) => keys.token({ sub, roles: ['center-staff'], centers: [center] });
const supervisor = () => keys.token({ sub: 'supervisor-1', roles: ['supervisor'] });

/** What the tests read of a reply's body (a work order, a page, a problem). */
interface Body {
  [key: string]: unknown;
  code?: string;
  reference?: string;
  items: { reference: string; action?: string }[];
  errors?: { field: string; code: string }[];
  timeline: { kind: string }[];
}

async function asStaff(token: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${sandbox.url}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: (text ? JSON.parse(text) : undefined) as Body };
}

async function askOnTheWeb(): Promise<{ reference: string; manageToken: string }> {
  const response = await fetch(`${sandbox.url}/v1/work-orders`, {
    method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
    body: JSON.stringify({ kind: 'question', topic: 'labour', region: '370811', text: QUESTION, contact: RESIDENT, consent }),
  });
  expect(response.status).toBe(201);
  return (await response.json()) as { reference: string; manageToken: string };
}

const follow = async (made: { reference: string; manageToken: string }) =>
  (await (await fetch(`${sandbox.url}/v1/work-orders/${made.reference}`, { headers: { 'x-manage-token': made.manageToken } })).json()) as Body;
const queue = async (token: string, query = '') => (await asStaff(token, `/v1/staff/work-orders?limit=100${query}`)).body;
const inQueue = async (token: string, reference: string, query = '') => (await queue(token, query)).items.some((item) => item.reference === reference);

const storedCount = () => rowCount(testEngine, db, 'work_orders');

describe(`work orders on the staff side on ${testEngine}`, () => {
  let web: { reference: string; manageToken: string };

  it('shows a question asked on the web in the hotline queue, masked and without the question; opening it shows both and is audited', async () => {
    web = await askOnTheWeb();
    const listed = await asStaff(await hotline(), '/v1/staff/work-orders?status=received&limit=100');
    expect(listed.status).toBe(200);
    expect(listed.headers.get('cache-control')).toBe('no-store');
    const item = listed.body.items.find((i) => i.reference === web.reference);
    expect(item).toEqual({
      reference: web.reference, kind: 'question', channel: 'web', status: 'received', topic: 'labour', region: '370811', center: null,
      contact: { name: '王**', phone: '138****8000' }, dueBy: '2026-09-04', overdue: false, createdAt: '2026-09-01T09:00:00+08:00',
    });
    expect(JSON.stringify(listed.body)).not.toMatch(/hotline-probe|王小明|13800138000/);

    const opened = await asStaff(await hotline(), `/v1/staff/work-orders/${web.reference}`);
    expect(opened.status).toBe(200);
    expect(opened.headers.get('cache-control')).toBe('no-store');
    expect(opened.body).toMatchObject({
      reference: web.reference, text: QUESTION, contact: RESIDENT, consent: { privacyNotice: WORK_ORDER_PRIVACY_NOTICE_VERSION, form: 'online' },
      timeline: [{ kind: 'received', at: '2026-09-01T09:00:00+08:00' }],
    });
    const audit = await asStaff(await supervisor(), '/v1/staff/audit-events?actor=hotline-12345-07&limit=100');
    expect(audit.body.items).toContainEqual(expect.objectContaining({ action: 'work-order-read', reference: web.reference }));
    expect(JSON.stringify(audit.body)).not.toMatch(/hotline-probe|王小明|13800138000/);
    expect((await asStaff(await hotline(), '/v1/staff/work-orders/GD-2222-2222')).status).toBe(404);
    const forged = await asStaff(await hotline(), `/v1/staff/work-orders?cursor=${Buffer.from("after:2026-09-04-GD-X' OR 1=1").toString('base64url')}`);
    expect([forged.status, forged.body.errors?.[0]?.field]).toEqual([400, 'cursor']);
  });

  it('passed to sc-370811, shows it to that center\'s staff and not to another center\'s; only the hotline and supervisors pass it on', async () => {
    const rencheng = await centerStaff(CENTER);
    const other = await centerStaff(OTHER_CENTER);
    expect(await inQueue(rencheng, web.reference)).toBe(false);
    expect((await asStaff(rencheng, `/v1/staff/work-orders/${web.reference}`)).status).toBe(403);
    expect((await asStaff(rencheng, `/v1/staff/work-orders/${web.reference}/assign`, { center: CENTER })).status).toBe(403);

    const assigned = await asStaff(await hotline(), `/v1/staff/work-orders/${web.reference}/assign`, { center: CENTER });
    expect(assigned.status).toBe(200);
    expect(assigned.body).toMatchObject({ status: 'assigned', center: CENTER });
    const unknownCenter = await asStaff(await hotline(), `/v1/staff/work-orders/${web.reference}/assign`, { center: 'sc-999999' });
    expect(unknownCenter.status).toBe(400);
    expect(unknownCenter.body.errors).toEqual([expect.objectContaining({ field: '/center', code: 'not-found' })]);

    expect(await inQueue(rencheng, web.reference)).toBe(true);
    expect(await inQueue(rencheng, web.reference, `&center=${CENTER}&status=assigned`)).toBe(true);
    expect(await inQueue(other, web.reference)).toBe(false);
    expect((await asStaff(other, `/v1/staff/work-orders?center=${CENTER}`)).status).toBe(403);
    expect((await asStaff(other, `/v1/staff/work-orders/${web.reference}`)).status).toBe(403);
    expect((await asStaff(other, `/v1/staff/work-orders/${web.reference}/reply`, { text: ANSWER })).status).toBe(403);
    expect((await asStaff(rencheng, `/v1/staff/work-orders/${web.reference}`)).body).toMatchObject({ text: QUESTION, contact: RESIDENT });
    // the queue's filters: nothing of this one is overdue on the fixed clock
    expect(await inQueue(await hotline(), web.reference, '&overdue=true')).toBe(false);
    expect(await inQueue(await hotline(), web.reference, '&overdue=false')).toBe(true);
  });

  it('takes the answer to the resident\'s own view and one text message; a second answer is refused; closing ends the timeline', async () => {
    const rencheng = await centerStaff(CENTER);
    const replied = await asStaff(rencheng, `/v1/staff/work-orders/${web.reference}/reply`, { text: ANSWER });
    expect(replied.status).toBe(200);
    expect(replied.body).toMatchObject({ status: 'answered', answer: { text: ANSWER } });
    const again = await asStaff(await hotline(), `/v1/staff/work-orders/${web.reference}/reply`, { text: '另一份答复' });
    expect([again.status, again.body.code]).toEqual([409, 'work-order-answered']);
    const blank = await asStaff(rencheng, `/v1/staff/work-orders/${web.reference}/reply`, { text: '   ' });
    expect([blank.status, blank.body.errors?.[0]?.field]).toEqual([400, '/text']);

    expect(await follow(web)).toMatchObject({ status: 'answered', center: CENTER, answer: { text: ANSWER } });
    await gateway.until(1);
    await quiet(300);
    const messages = gateway.json<{ to: string; template: string; text: string }>().filter((m) => m.template === 'work-order-replied');
    expect(messages).toHaveLength(1);
    expect(messages[0]?.to).toBe(RESIDENT.phone);
    expect(messages[0]?.text).not.toContain('answer-probe');

    const closed = await asStaff(rencheng, `/v1/staff/work-orders/${web.reference}/close`, { resolution: 'answered' });
    expect(closed.status).toBe(200);
    const view = await follow(web);
    expect(view).toMatchObject({ status: 'closed', resolution: 'answered' });
    expect(view.timeline.map((step) => step.kind)).toEqual(['received', 'assigned', 'answered', 'closed']);
    const closedAgain = await asStaff(await hotline(), `/v1/staff/work-orders/${web.reference}/close`, { resolution: 'withdrawn' });
    expect([closedAgain.status, closedAgain.body.code]).toEqual([409, 'work-order-closed']);
    const lateAnswer = await asStaff(rencheng, `/v1/staff/work-orders/${web.reference}/reply`, { text: ANSWER });
    expect([lateAnswer.status, lateAnswer.body.code]).toEqual([409, 'work-order-closed']);

    const audit = await asStaff(await supervisor(), `/v1/staff/audit-events?actor=staff-${CENTER}&limit=100`);
    expect(audit.body.items.map((e) => e.action)).toEqual(expect.arrayContaining(['work-order-replied', 'work-order-closed']));
  });

  it('records a hotline call with the caller\'s oral consent and the notice read, once per Idempotency-Key', async () => {
    const call = {
      kind: 'callback', topic: 'inheritance', region: '370811', text: '父亲去世后房子怎么继承？hotline-probe',
      callbackWindow: { date: '2026-09-02', part: 'morning' }, contact: CALLER, consent: { ...consent, form: 'oral' },
    };
    const key = `call-${randomUUID()}`;
    const first = await asStaff(await hotline(), '/v1/staff/work-orders', call, { 'idempotency-key': key });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      channel: 'hotline', kind: 'callback', status: 'received', contact: CALLER, dueBy: '2026-09-02',
      consent: { privacyNotice: WORK_ORDER_PRIVACY_NOTICE_VERSION, form: 'oral' },
    });
    expect(first.body).not.toHaveProperty('manageToken');
    const replay = await asStaff(await hotline(), '/v1/staff/work-orders', call, { 'idempotency-key': key });
    expect([replay.status, replay.headers.get('idempotent-replayed'), replay.body.reference]).toEqual([201, 'true', first.body.reference]);
    expect((await queue(await hotline(), '&status=received')).items.filter((i) => i.reference === first.body.reference))
      .toEqual([expect.objectContaining({ channel: 'hotline', contact: { name: '李**', phone: '139****9000' } })]);
    const audit = await asStaff(await supervisor(), '/v1/staff/audit-events?actor=hotline-12345-07&limit=100');
    expect(audit.body.items).toContainEqual(expect.objectContaining({ action: 'work-order-created', reference: first.body.reference }));
    // center staff do not take calls
    expect((await asStaff(await centerStaff(CENTER), '/v1/staff/work-orders', call, { 'idempotency-key': randomUUID() })).status).toBe(403);
  });

  it('refuses a bad call with a 4xx problem naming the field, and stores nothing', async () => {
    const before = await storedCount();
    const call = (extra: Record<string, unknown>) => ({
      kind: 'question', topic: 'labour', region: '370811', text: QUESTION, contact: CALLER, consent: { ...consent, form: 'oral' }, ...extra,
    });
    const cases: [string, unknown, number, string][] = [
      ['empty text', call({ text: '' }), 400, '/text'],
      ['1,001 characters', call({ text: '问'.repeat(1001) }), 400, '/text'],
      ['a topic not in the catalogue', call({ topic: 'astrology' }), 400, '/topic'],
      ['consent not recorded as oral', call({ consent }), 400, '/consent'],
      ['an outdated notice', call({ consent: { ...consent, privacyNotice: '2026-11', form: 'oral' } }), 409, '/consent/privacyNotice'],
    ];
    for (const [name, body, status, field] of cases) {
      const reply = await asStaff(await hotline(), '/v1/staff/work-orders', body, { 'idempotency-key': randomUUID() });
      expect(reply.status, name).toBe(status);
      expect(reply.body.errors?.map((e) => e.field).some((f) => f.startsWith(field)), name).toBe(true);
      expect(JSON.stringify(reply.body), name).not.toMatch(/hotline-probe|李秀兰|13900139000/);
    }
    expect(await storedCount()).toBe(before);
  });

  it('puts nothing personal in an event or a log line', async () => {
    // the web question's created, assigned, replied and closed, and the call's created
    await endpoint.until(5);
    await quiet(300);
    const sent = endpoint.received.map((r) => r.body).join('\n');
    expect(sent).toContain(web.reference);
    const logged = JSON.stringify(logs);
    expect(logs.some((entry) => entry.event === 'request' && entry.route === '/v1/staff/work-orders/{reference}/reply')).toBe(true);
    for (const personal of [RESIDENT.name, RESIDENT.phone, CALLER.name, CALLER.phone, 'hotline-probe', 'answer-probe', web.manageToken]) {
      expect(sent).not.toContain(personal);
      expect(logged).not.toContain(personal);
    }
  });
});
