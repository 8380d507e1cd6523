// A work order sent back to the hotline (退回), on SQLite and on PostgreSQL
// alike: the center it was at hands it back with a reason; it is at no center
// and `received` again, due on the same day, in the hotline's queue to be
// passed on. The reason is sealed with the order (never in a row in clear, an
// event or the audit log) and goes with it when the retention runs out. A
// refusal (answered, closed, at no center, not theirs) changes nothing.
import { WORK_ORDER_PRIVACY_NOTICE_VERSION } from '@plskit/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StaffTurn, StoredWorkOrder, WorkOrderRequest, WorkOrderStore } from '../../src/store/work-order-store.js';
import { openTestStorage, STORE_ENGINES, type TestStorage } from './test-storage.js';

const CENTER = 'sc-370811';
const OTHER_CENTER = 'sc-370812';
const REASON = '来电人住在历城区，应由历城区中心办理。reason-probe 张三';
const request: WorkOrderRequest = {
  kind: 'question', channel: 'web', topic: 'labour', region: '370811', callbackWindow: null,
  contact: { name: '王小明', phone: '13812345678' }, text: '公司拖欠工资怎么办？question-probe', privacyNotice: WORK_ORDER_PRIVACY_NOTICE_VERSION,
  locale: 'zh-CN', dueBy: '2026-09-04', now: '2026-09-01T09:00:00+08:00',
};
const render = (w: { reference: string }, token: string) => ({ status: 201, body: { reference: w.reference, manageToken: token } });

/** Staff who may act at `center` only (center staff), or anywhere (the hotline). */
const at = (center: string | null, actor = `staff-${center ?? 'hotline'}`): StaffTurn => ({
  action: { actor, client: 'pseudo-1', at: '2026-09-01T10:00:00+08:00' },
  may: (order: StoredWorkOrder) => center === null || order.centerId === center,
});

describe.each(STORE_ENGINES)('returning a work order to the hotline on %s', (engineName) => {
  let storage: TestStorage;
  let store: WorkOrderStore;
  beforeEach(async () => {
    storage = await openTestStorage(engineName);
    store = storage.engine.workOrders;
  });
  afterEach(() => storage.close());

  const assigned = async () => {
    const made = await store.create(request, undefined, render);
    if (made.kind !== 'created') throw new Error(made.kind);
    const { reference, manageToken } = made.reply.body as { reference: string; manageToken: string };
    await store.assign(reference, CENTER, '2026-09-01T09:30:00+08:00', at(null));
    return { reference, manageToken };
  };
  const row = async (reference: string) => (await storage.sql<Record<string, unknown>>('SELECT * FROM work_orders WHERE reference = ?', [reference]))[0];
  const events = async () => storage.sql<{ type: string; body: string }>('SELECT type, body FROM events ORDER BY seq');

  it('puts it back in the hotline\'s queue at no center, due on the same day, to be passed on again; one event, one audit record', async () => {
    const { reference, manageToken } = await assigned();
    const returned = await store.returnToHotline(reference, REASON, '2026-09-01T11:00:00+08:00', at(CENTER));
    expect(returned).toMatchObject({ kind: 'ok', workOrder: { status: 'received', centerId: null, dueBy: '2026-09-04' } });
    const today = '2026-09-01';
    const refs = async (query: Partial<Parameters<WorkOrderStore['list']>[0]>) =>
      (await store.list({ today, limit: 50, ...query })).items.map((item) => item.reference);
    expect(await refs({ centers: [CENTER] })).toEqual([]);
    // a colleague at that center answering it meanwhile is told it was returned (409), another center's staff still 403
    expect(await store.reply(reference, '可以申请劳动仲裁。', '2026-09-01T11:01:00+08:00', at(CENTER))).toEqual({ kind: 'work-order-not-assigned' });
    expect(await store.close(reference, 'answered', '2026-09-01T11:01:00+08:00', at(CENTER))).toEqual({ kind: 'work-order-not-assigned' });
    expect(await store.reply(reference, '可以申请劳动仲裁。', '2026-09-01T11:01:00+08:00', at(OTHER_CENTER))).toEqual({ kind: 'forbidden' });
    expect((await store.list({ today, limit: 50, status: 'received' })).items).toEqual([expect.objectContaining({ reference, centerId: null, status: 'received' })]);
    // staff read who returned it and why; the store keeps both in the timeline
    const opened = await store.open(reference, at(null));
    expect(opened.kind === 'ok' && opened.workOrder.timeline).toEqual([
      { kind: 'received', at: request.now }, { kind: 'assigned', at: '2026-09-01T09:30:00+08:00', center: CENTER },
      { kind: 'returned', at: '2026-09-01T11:00:00+08:00', center: CENTER, reason: REASON },
    ]);
    expect(await store.assign(reference, OTHER_CENTER, '2026-09-01T12:00:00+08:00', at(null)))
      .toMatchObject({ kind: 'ok', workOrder: { status: 'assigned', centerId: OTHER_CENTER } });
    expect(await refs({ centers: [OTHER_CENTER] })).toEqual([reference]);
    expect((await store.follow(reference, manageToken)).kind).toBe('ok');

    const written = await events();
    expect(written.map((e) => e.type)).toEqual(['work-order.created', 'work-order.assigned', 'work-order.returned', 'work-order.assigned']);
    expect(JSON.parse(written[2]!.body).data).toEqual({
      workOrder: { reference, kind: 'question', channel: 'web', status: 'received', topic: 'labour', region: '370811', center: null, dueBy: '2026-09-04' },
      returnedBy: CENTER,
    });
    expect(JSON.parse(written[3]!.body).data).toMatchObject({ previousCenter: null });
    for (const { body } of written) for (const personal of ['reason-probe', '张三', '王小明', '13812345678', 'question-probe']) expect(body).not.toContain(personal);
    const audit = await storage.sql<{ actor: string; action: string; reference: string; center_id: string | null }>(
      'SELECT actor, action, reference, center_id FROM audit_events WHERE action = ?', ['work-order-returned']);
    expect(audit).toEqual([{ actor: `staff-${CENTER}`, action: 'work-order-returned', reference, center_id: CENTER }]);
    expect(JSON.stringify(await storage.sql('SELECT * FROM audit_events'))).not.toMatch(/reason-probe|张三/);
  });

  it('refuses one answered, one closed, one at no center and another center\'s staff, and changes nothing when it does', async () => {
    const answered = await assigned();
    await store.reply(answered.reference, '可以申请劳动仲裁。', '2026-09-01T10:30:00+08:00', at(CENTER));
    const closed = await assigned();
    await store.close(closed.reference, 'duplicate', '2026-09-01T10:30:00+08:00', at(CENTER));
    const made = await store.create(request, undefined, render);
    const unassigned = (made.kind === 'created' ? made.reply.body : {}) as { reference: string };
    const theirs = await assigned();

    const before = {
      rows: await storage.sql('SELECT * FROM work_orders ORDER BY reference'),
      events: (await events()).length,
      audit: (await storage.sql('SELECT seq FROM audit_events')).length,
    };
    const now = '2026-09-01T11:00:00+08:00';
    expect(await store.returnToHotline(answered.reference, REASON, now, at(CENTER))).toEqual({ kind: 'work-order-answered' });
    expect(await store.returnToHotline(closed.reference, REASON, now, at(CENTER))).toEqual({ kind: 'work-order-closed' });
    expect(await store.returnToHotline(unassigned.reference, REASON, now, at(null))).toEqual({ kind: 'work-order-not-assigned' });
    expect(await store.returnToHotline(theirs.reference, REASON, now, at(OTHER_CENTER))).toEqual({ kind: 'forbidden' });
    expect(await store.returnToHotline('GD-2222-2222', REASON, now, at(null))).toEqual({ kind: 'not-found' });
    expect(await storage.sql('SELECT * FROM work_orders ORDER BY reference')).toEqual(before.rows);
    expect((await events()).length).toBe(before.events);
    expect((await storage.sql('SELECT seq FROM audit_events')).length).toBe(before.audit);
  });

  it('keeps the reason only sealed under the order\'s own data key, and erases it with the order once the retention has run out', async () => {
    const { reference } = await assigned();
    await store.returnToHotline(reference, REASON, '2026-09-01T11:00:00+08:00', at(CENTER));
    const kept = await row(reference);
    for (const clear of ['reason-probe', '张三', '历城区']) expect(JSON.stringify(kept)).not.toContain(clear);
    expect(JSON.parse(String(kept?.timeline))).toContainEqual({ kind: 'returned', at: '2026-09-01T11:00:00+08:00', center: CENTER });
    // a later change seals again under the same key, the reason kept
    await store.assign(reference, OTHER_CENTER, '2026-09-01T12:00:00+08:00', at(null));
    await store.reply(reference, '可以申请劳动仲裁。', '2026-09-01T13:00:00+08:00', at(OTHER_CENTER));
    const opened = await store.open(reference, at(null));
    expect(opened.kind === 'ok' && opened.workOrder.timeline.find((step) => step.kind === 'returned')).toMatchObject({ reason: REASON });
    expect(JSON.stringify(await row(reference))).not.toContain('reason-probe');

    await store.close(reference, 'answered', '2026-09-01T14:00:00+08:00', at(OTHER_CENTER));
    const key = String((await row(reference))?.data_key);
    expect(await store.eraseExpired(new Date('2026-10-02T10:00:00+08:00'), 30)).toBe(1);
    expect(await storage.sql('SELECT reference FROM work_orders WHERE reference = ?', [reference])).toEqual([]);
    expect(await storage.sql('SELECT id FROM data_keys WHERE id = ?', [key])).toEqual([]);
  });
});
