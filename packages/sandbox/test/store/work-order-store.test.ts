// The work-order store's promises, on SQLite and on PostgreSQL alike: a
// reference and a token kept only hashed, an Idempotency-Key replayed or
// refused as bookings' are, assign, reply and close each writing their event
// (never a name, phone, question or answer in it) and a reply its text
// message, a queue filtered and paged that never shows the question or an
// unmasked contact, and erasure once the retention after closing has run out.
import { shanghaiDateTime, WORK_ORDER_PRIVACY_NOTICE_VERSION } from '@plskit/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EventRouting } from '../../src/store/outbox-store.js';
import { DEFAULT_CODE_LIMITS } from '../../src/store/phone-verification-decisions.js';
import { sha256, WORK_ORDER_REFERENCE_PATTERN } from '../../src/store/secrets.js';
import type { CreateOutcome, WorkOrderRequest, WorkOrderStore } from '../../src/store/work-order-store.js';
import { openTestStorage, STORE_ENGINES, type TestStorage } from './test-storage.js';

const QUESTION = '公司拖欠三个月工资，没有签劳动合同，我可以怎么办？store-probe';
const ANSWER = '可以向劳动保障监察机构投诉，或申请劳动仲裁。answer-probe';
const request: WorkOrderRequest = {
  kind: 'question', channel: 'web', topic: 'labour', region: '370811', callbackWindow: null,
  contact: { name: '王小明', phone: '13812345678' }, text: QUESTION, privacyNotice: WORK_ORDER_PRIVACY_NOTICE_VERSION,
  locale: 'en', dueBy: '2026-09-04', now: '2026-09-01T09:00:00+08:00',
};
const render = (w: { reference: string }, token: string) => ({ status: 201, body: { reference: w.reference, manageToken: token } });
const GATEWAY = 'https://sms.example.gov.cn/plskit';
const routing: EventRouting = { endpointsFor: () => [], smsGateway: GATEWAY };
const later = (minutes: number) => shanghaiDateTime(new Date(Date.parse(request.now) + minutes * 60_000));

function created(outcome: CreateOutcome): { reference: string; manageToken: string } {
  if (outcome.kind !== 'created') throw new Error(`expected a new work order, got ${outcome.kind}`);
  return outcome.reply.body as { reference: string; manageToken: string };
}

describe.each(STORE_ENGINES)('the work-order store on %s', (engineName) => {
  let storage: TestStorage;
  let store: WorkOrderStore;
  beforeEach(async () => {
    storage = await openTestStorage(engineName);
    store = storage.engine.workOrders;
  });
  afterEach(() => storage.close());

  const ask = async (change: Partial<WorkOrderRequest> = {}) => created(await store.create({ ...request, ...change }, undefined, render));
  const events = async () => (await storage.sql<{ type: string; body: string }>('SELECT type, body FROM events ORDER BY seq'))
    .map((row) => ({ type: row.type, body: row.body, event: JSON.parse(row.body) as { data: Record<string, unknown> } }));

  it('keeps the manage token only as its sha256; a wrong token and an unknown reference get the same refusal', async () => {
    const { reference, manageToken } = await ask();
    expect(reference).toMatch(WORK_ORDER_REFERENCE_PATTERN);
    const [row] = await storage.sql<Record<string, unknown>>('SELECT * FROM work_orders WHERE reference = ?', [reference]);
    expect(Object.values(row ?? {})).not.toContain(manageToken);
    expect(row?.manage_token_hash).toBe(sha256(manageToken));
    expect(await store.follow(reference, `${manageToken}x`)).toEqual({ kind: 'manage-token-invalid' });
    expect(await store.follow('GD-2222-2222', manageToken)).toEqual({ kind: 'manage-token-invalid' });
    expect(await store.follow(reference, manageToken)).toMatchObject({
      kind: 'ok', workOrder: { reference, status: 'received', centerId: null, text: QUESTION, dueBy: '2026-09-04', timeline: [{ kind: 'received', at: request.now }] },
    });
  });

  it('keeps the name, the phone, the question and the answer only sealed under the order\'s own data key, the queue\'s copy masked', async () => {
    const { reference, manageToken } = await ask();
    await store.reply(reference, ANSWER, later(60));
    const [row] = await storage.sql<Record<string, unknown>>('SELECT * FROM work_orders WHERE reference = ?', [reference]);
    for (const clear of ['王小明', '13812345678', '12345678', 'store-probe', 'answer-probe']) expect(JSON.stringify(row)).not.toContain(clear);
    expect(Object.keys(row ?? {})).not.toContain('contact_phone');
    expect(JSON.parse(String(row?.shown_contact))).toEqual({ name: '王**', phone: '138****5678' });
    expect(await storage.sql('SELECT id FROM data_keys WHERE id = ?', [row?.data_key])).toHaveLength(1);
    // the resident's own token opens it, as staff's audited read does
    expect(await store.follow(reference, manageToken)).toMatchObject({
      kind: 'ok', workOrder: { contact: request.contact, text: QUESTION, timeline: [{ kind: 'received' }, { kind: 'answered', text: ANSWER }] },
    });
    // a sealed value moved to another work order does not open there
    const other = await ask();
    await storage.sql('UPDATE work_orders SET sealed_contact = ?, data_key = ? WHERE reference = ?', [row?.sealed_contact, row?.data_key, other.reference]);
    await expect(store.follow(other.reference, other.manageToken)).rejects.toThrow();
  });

  it('holds a number to its limit of orders waiting for an answer, web and hotline together; an answer frees a place; nothing stored when refused', async () => {
    const limited = { maxOpenPerPhone: 2 };
    const first = await ask(limited);
    await ask({ ...limited, channel: 'hotline' });
    expect(await store.create({ ...request, ...limited }, undefined, render)).toEqual({ kind: 'work-order-limit-reached', max: 2 });
    // written otherwise: the same number
    expect((await store.create({ ...request, ...limited, contact: { name: '王小明', phone: '+86 138 1234 5678' } }, undefined, render)).kind)
      .toBe('work-order-limit-reached');
    expect(await storage.sql('SELECT reference FROM work_orders')).toHaveLength(2);
    expect(await events()).toHaveLength(2);
    // another number has its own; an answered order waits no more
    await ask({ ...limited, contact: { name: '李四', phone: '13900000000' } });
    await store.reply(first.reference, ANSWER, later(60));
    expect((await store.create({ ...request, ...limited }, undefined, render)).kind).toBe('created');
  });

  it('takes a confirmation only for its own number and purpose, once; an unusable one stores nothing', async () => {
    const verifications = storage.engine.phoneVerifications;
    // a code a minute per number: each asked two minutes after the one before
    const confirmedToken = async (phone: string, purpose: 'booking' | 'work-order', at: number) => {
      const sent = await verifications.sendCode({ purpose, phone, client: '127.0.0.1', locale: 'zh-CN', now: later(at), gateway: GATEWAY, limits: DEFAULT_CODE_LIMITS });
      if (sent.kind !== 'sent') throw new Error(sent.kind);
      const [message] = (await storage.engine.outbox.claim([GATEWAY], Date.now(), 60_000, 10)).map((d) => JSON.parse(d.body) as { text: string });
      const confirmed = await verifications.confirm(sent.id, /\d{6}/.exec(message?.text ?? '')?.[0] ?? '', later(at + 1));
      if (confirmed.kind !== 'confirmed') throw new Error(confirmed.kind);
      return confirmed.token;
    };
    const forBooking = await confirmedToken(request.contact.phone, 'booking', 0);
    expect(await store.create({ ...request, phoneVerification: forBooking, now: later(2) }, undefined, render)).toEqual({ kind: 'phone-verification-invalid' });
    const forAnother = await confirmedToken('13900000000', 'work-order', 2);
    expect(await store.create({ ...request, phoneVerification: forAnother, now: later(4) }, undefined, render)).toEqual({ kind: 'phone-verification-invalid' });
    expect(await storage.sql('SELECT reference FROM work_orders')).toEqual([]);
    const token = await confirmedToken(request.contact.phone, 'work-order', 4);
    expect((await store.create({ ...request, phoneVerification: token, now: later(6) }, undefined, render)).kind).toBe('created');
    expect(await store.create({ ...request, phoneVerification: token, now: later(7) }, undefined, render)).toEqual({ kind: 'phone-verification-invalid' });
    expect(await storage.sql('SELECT reference FROM work_orders')).toHaveLength(1);
  });

  it('replays the first reply for the same idempotency key, and refuses the key with another body', async () => {
    const claim = { client: 'partner-a', key: 'work-order-key-1', requestHash: 'h1' };
    const first = await store.create(request, claim, render);
    expect(await store.create(request, claim, render)).toEqual({ kind: 'replayed', reply: (first as { reply: unknown }).reply });
    expect((await store.create(request, { ...claim, requestHash: 'h2' }, render)).kind).toBe('idempotency-key-reused');
    expect((await store.create(request, { ...claim, client: 'partner-b' }, render)).kind).toBe('created');
    expect(await storage.sql('SELECT reference FROM work_orders')).toHaveLength(2);
    expect(JSON.stringify(await storage.sql('SELECT * FROM idempotency_records'))).not.toContain(created(first).manageToken);
  });

  it('passes an order to a center, answers it, closes it: each step in the timeline and its event, nothing personal in any event', async () => {
    const { reference, manageToken } = await ask();
    expect(await store.assign(reference, 'sc-370811', later(10))).toMatchObject({ kind: 'ok', workOrder: { status: 'assigned', centerId: 'sc-370811' } });
    // the center it is at already: no step, no event
    expect(await store.assign(reference, 'sc-370811', later(11))).toMatchObject({ kind: 'ok', workOrder: { status: 'assigned' } });
    expect(await store.assign(reference, 'sc-370812', later(12))).toMatchObject({ kind: 'ok', workOrder: { centerId: 'sc-370812' } });
    expect(await store.reply(reference, ANSWER, later(60))).toMatchObject({ kind: 'ok', workOrder: { status: 'answered' } });
    expect(await store.close(reference, 'answered', later(120))).toMatchObject({ kind: 'ok', workOrder: { status: 'closed', resolution: 'answered' } });
    expect(await store.close(reference, 'withdrawn', later(121))).toEqual({ kind: 'work-order-closed' });
    expect(await store.reply(reference, 'too late', later(122))).toEqual({ kind: 'work-order-closed' });
    expect(await store.assign(reference, 'sc-370800', later(123))).toEqual({ kind: 'work-order-closed' });
    expect(await store.assign('GD-2222-2222', 'sc-370800', later(124))).toEqual({ kind: 'not-found' });

    const followed = await store.follow(reference, manageToken);
    expect(followed.kind === 'ok' && followed.workOrder.timeline.map((step) => step.kind)).toEqual(['received', 'assigned', 'assigned', 'answered', 'closed']);
    const written = await events();
    expect(written.map((e) => e.type)).toEqual(['work-order.created', 'work-order.assigned', 'work-order.assigned', 'work-order.replied', 'work-order.closed']);
    expect(written[2]?.event.data).toEqual({
      workOrder: { reference, kind: 'question', channel: 'web', status: 'assigned', topic: 'labour', region: '370811', center: 'sc-370812', dueBy: '2026-09-04' },
      previousCenter: 'sc-370811',
    });
    expect(written[4]?.event.data).toMatchObject({ workOrder: { status: 'closed' }, resolution: 'answered' });
    for (const { body } of written) {
      for (const personal of ['王小明', '13812345678', 'store-probe', 'answer-probe', manageToken]) expect(body).not.toContain(personal);
    }
  });

  it('keeps one answer: a second reply is refused and changes nothing, event and text message included', async () => {
    const { reference } = await ask();
    expect(await store.reply(reference, ANSWER, later(60))).toMatchObject({ kind: 'ok', workOrder: { status: 'answered' } });
    expect(await store.reply(reference, 'a second answer', later(61))).toEqual({ kind: 'work-order-answered' });
    const opened = await store.open(reference, { action: { actor: 'hotline-7', client: 'pseudo-1', at: later(62) }, may: () => true });
    expect(opened.kind === 'ok' && opened.workOrder.timeline).toEqual([{ kind: 'received', at: request.now }, { kind: 'answered', at: later(60), text: ANSWER }]);
    expect((await events()).map((e) => e.type)).toEqual(['work-order.created', 'work-order.replied']);
  });

  it('lets staff act only where `may` allows, on the row it reads, and records each read and act in the audit log by reference', async () => {
    const { reference } = await ask();
    const action = { actor: 'hotline-7', client: 'pseudo-1', at: later(5) };
    const anywhere = { action, may: () => true };
    const atRencheng = { action: { ...action, actor: 'rencheng-2' }, may: (order: { centerId: string | null }) => order.centerId === 'sc-370811' };
    expect(await store.open(reference, atRencheng)).toEqual({ kind: 'forbidden' });
    expect(await store.reply(reference, ANSWER, later(6), atRencheng)).toEqual({ kind: 'forbidden' });
    expect(await store.assign(reference, 'sc-370811', later(7), anywhere)).toMatchObject({ kind: 'ok', workOrder: { centerId: 'sc-370811' } });
    expect(await store.open(reference, atRencheng)).toMatchObject({ kind: 'ok', workOrder: { text: QUESTION, contact: request.contact } });
    expect(await store.reply(reference, ANSWER, later(8), atRencheng)).toMatchObject({ kind: 'ok' });
    expect(await store.open('GD-2222-2222', anywhere)).toEqual({ kind: 'not-found' });
    const audit = await storage.sql<{ actor: string; action: string; reference: string; center_id: string | null }>(
      'SELECT actor, action, reference, center_id FROM audit_events ORDER BY seq');
    expect(audit).toEqual([
      { actor: 'hotline-7', action: 'work-order-assigned', reference, center_id: 'sc-370811' },
      { actor: 'rencheng-2', action: 'work-order-read', reference, center_id: 'sc-370811' },
      { actor: 'rencheng-2', action: 'work-order-replied', reference, center_id: 'sc-370811' },
    ]);
    expect(JSON.stringify(audit)).not.toMatch(/王小明|13812345678|store-probe|answer-probe/);
  });

  it('tells the resident of an answer by one text message, in their language, without the answer, the question or the token', async () => {
    const { reference, manageToken } = await ask();
    await store.reply(reference, ANSWER, later(60));
    await storage.engine.outbox.route(routing, new Date(later(61)));
    // kept sealed until it is sent (the row holds no number): the gateway's claim opens it
    expect(JSON.stringify(await storage.sql('SELECT * FROM notifications'))).not.toContain('13812345678');
    const claimed = await storage.engine.outbox.claim([GATEWAY], Date.now(), 60_000, 10);
    expect(claimed).toHaveLength(1);
    const message = JSON.parse(claimed[0]!.body) as { to: string; template: string; text: string };
    expect(message).toMatchObject({ to: '13812345678', template: 'work-order-replied' });
    expect(message.text).toBe(`Your question (ref ${reference}) has been answered. Open the link you saved when you asked, or call 12348.`);
    for (const personal of ['王小明', 'store-probe', 'answer-probe', manageToken]) expect(claimed[0]!.body).not.toContain(personal);
    // the creation, an assignment and the closing send none
    await store.assign(reference, 'sc-370811', later(70));
    await store.close(reference, 'answered', later(80));
    await storage.engine.outbox.route(routing, new Date(later(81)));
    expect(await storage.sql('SELECT id FROM notifications')).toHaveLength(1);
    const delivery = await storage.sql<{ target: string; event_type: string }>(`SELECT target, event_type FROM deliveries WHERE target = ?`, [GATEWAY]);
    expect(delivery).toEqual([{ target: GATEWAY, event_type: 'work-order.replied' }]);
  });

  it('tells a hotline caller, who has no link, to call 12348 with the reference', async () => {
    const { reference } = await ask({ channel: 'hotline', locale: 'zh-CN' });
    await store.reply(reference, ANSWER, later(60));
    await storage.engine.outbox.route(routing, new Date(later(61)));
    const [claimed] = await storage.engine.outbox.claim([GATEWAY], Date.now(), 60_000, 10);
    expect(JSON.parse(claimed!.body)).toMatchObject({
      to: '13812345678', template: 'work-order-replied-hotline', text: `您来电咨询的问题（工单号${reference}）已有答复，请拨12348并报工单号收听答复。`,
    });
  });

  it('writes nothing, event included, when the transaction that makes an order rolls back', async () => {
    await expect(store.create(request, undefined, () => { throw new Error('the reply could not be made'); })).rejects.toThrow('could not be made');
    expect(await storage.sql('SELECT reference FROM work_orders')).toEqual([]);
    expect(await events()).toEqual([]);
  });

  it('lists the queue by status, center and overdue, earliest due first, page by page, contacts masked and never the question', async () => {
    const orders = [];
    for (const [i, dueBy] of ['2026-09-03', '2026-09-04', '2026-09-04', '2026-09-07', '2026-09-08'].entries()) {
      orders.push({ ...(await ask({ dueBy, contact: { name: `欧阳${i}`, phone: `1381234567${i}` } })), dueBy });
    }
    await store.assign(orders[0]!.reference, 'sc-370811', later(1));
    await store.assign(orders[3]!.reference, 'sc-370811', later(1));
    await store.reply(orders[1]!.reference, ANSWER, later(2));
    await store.close(orders[4]!.reference, 'duplicate', later(3));

    const today = '2026-09-05';
    const refs = async (query: Partial<Parameters<WorkOrderStore['list']>[0]>) =>
      (await store.list({ today, limit: 50, ...query })).items.map((item) => item.reference);
    const byDue = [...orders].sort((a, b) => a.dueBy.localeCompare(b.dueBy) || a.reference.localeCompare(b.reference)).map((o) => o.reference);
    expect(await refs({})).toEqual(byDue);
    expect(await refs({ status: 'assigned' })).toEqual([orders[0]!.reference, orders[3]!.reference]);
    expect(await refs({ center: 'sc-370811' })).toEqual([orders[0]!.reference, orders[3]!.reference]);
    // overdue: unanswered and due before today (the answered one due 4 Sep is not)
    expect(await refs({ overdue: true })).toEqual([orders[0]!.reference, orders[2]!.reference]);
    expect((await refs({ overdue: false })).sort()).toEqual([orders[1]!.reference, orders[3]!.reference, orders[4]!.reference].sort());
    expect(await refs({ overdue: true, center: 'sc-370811' })).toEqual([orders[0]!.reference]);

    const page = await store.list({ today, limit: 2 });
    expect(page.total).toBe(5);
    expect(page.items[0]).toMatchObject({ contact: { name: '欧**', phone: expect.stringMatching(/^138\*{4}567\d$/) }, overdue: true });
    expect(JSON.stringify(page)).not.toMatch(/store-probe|欧阳|13812345/);
    const walked = [...page.items];
    for (let next = page.next; next;) {
      const more = await store.list({ today, limit: 2, after: next });
      expect(more.total).toBe(5);
      walked.push(...more.items);
      next = more.next;
    }
    expect(walked.map((item) => item.reference)).toEqual(byDue);
  });

  it('erases a closed order once the retention has run out: its question, contact, answers and data key go, its codes and days stay', async () => {
    const kept = await ask();
    const gone = await ask({ kind: 'callback', callbackWindow: { date: '2026-09-02', part: 'morning' }, dueBy: '2026-09-02' });
    const recent = await ask();
    await store.assign(gone.reference, 'sc-370811', later(1));
    await store.reply(gone.reference, ANSWER, later(60));
    await store.close(gone.reference, 'answered', later(120));
    await store.close(recent.reference, 'withdrawn', '2026-10-01T09:00:00+08:00');
    const [{ data_key: goneKey }] = await storage.sql<{ data_key: string }>('SELECT data_key FROM work_orders WHERE reference = ?', [gone.reference]) as [{ data_key: string }];
    // 30 days after the first closing: that one goes, the open one and the recently closed one stay
    expect(await store.eraseExpired(new Date('2026-10-02T10:00:00+08:00'), 30)).toBe(1);
    expect((await storage.sql<{ reference: string }>('SELECT reference FROM work_orders ORDER BY reference')).map((r) => r.reference))
      .toEqual([kept.reference, recent.reference].sort());
    expect(await store.follow(gone.reference, gone.manageToken)).toEqual({ kind: 'manage-token-invalid' });
    // crypto-shredding: whatever a WAL, a backup or a replica kept of its sealed row cannot be opened
    expect(await storage.sql('SELECT id FROM data_keys WHERE id = ?', [goneKey])).toEqual([]);
    expect(await storage.sql('SELECT id FROM data_keys WHERE id IN (SELECT data_key FROM work_orders)')).toHaveLength(2);
    expect(await storage.sql('SELECT kind, channel, topic, region, center_id, received_on, due_by, answered_on, closed_on, resolution FROM work_order_history')).toEqual([{
      kind: 'callback', channel: 'web', topic: 'labour', region: '370811', center_id: 'sc-370811', received_on: '2026-09-01',
      due_by: '2026-09-02', answered_on: '2026-09-01', closed_on: '2026-09-01', resolution: 'answered',
    }]);
    expect(JSON.stringify(await storage.sql('SELECT * FROM work_order_history'))).not.toMatch(/GD-|王小明|probe/);
    expect(await store.eraseExpired(new Date('2026-10-02T10:00:00+08:00'), 30)).toBe(0);
  });
});
