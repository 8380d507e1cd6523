// The centers' side over HTTP, as the issue's "done when" states it, on SQLite
// and (the "postgres" test project) on PostgreSQL: with a JWKS file of its own,
// the test signs staff tokens; the roster of sc-370811 lists a booking just
// made on the web with the resident's full name and phone; another center's
// staff get 403; every bad token gets 401; a check-in shows in the resident's
// own view; a closure cancels the day's bookings, closes the day with its
// reason and sends one text message per resident; the audit log names each
// roster read by sub. A second node on the same database, with a later clock,
// marks the no-show and, forty days on, finds the contact data erased.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../src/index.js';
import { apiSandbox, FIXED_NOW } from './api-sandbox.js';
import { bookVisit, RESIDENT, type Visit } from './resident.js';
import { testStaffKeys, type TestStaffKeys } from './staff-keys.js';
import { freshDatabase } from './store/test-storage.js';
import { testEngine } from './test-postgres.js';
import { webhookReceiver, type WebhookReceiver } from './webhook-receiver.js';

const GATEWAY_SECRET = 'whsec_gateway_secret_0123456789';
const ENDPOINT_SECRET = 'whsec_endpoint_secret_0123456789';
const BOOK_AGAIN = 'https://www.jining.example.gov.cn/yuyue';
const CENTER = 'sc-370811';

let keys: TestStaffKeys;
let db: string;
let gateway: WebhookReceiver;
let endpoint: WebhookReceiver;
let sandbox: RunningSandbox;
const others: RunningSandbox[] = [];

const nodeOn = (now: string) => apiSandbox({
  db, now, staff: keys.options,
  webhooks: {
    endpoints: [{ url: endpoint.url, secrets: [ENDPOINT_SECRET], events: ['*'] }],
    notifications: { url: gateway.url, secrets: [GATEWAY_SECRET], bookAgainUrl: BOOK_AGAIN },
  },
  delivery: { retryBaseMs: 20, pollMs: 50, maxAttempts: 3 },
});

beforeAll(async () => {
  keys = await testStaffKeys();
  db = await freshDatabase(testEngine);
  [gateway, endpoint] = await Promise.all([webhookReceiver(), webhookReceiver()]);
  sandbox = await nodeOn(FIXED_NOW);
});
afterAll(async () => {
  for (const node of [sandbox, ...others]) {
    expect(node.responseViolations()).toEqual([]);
    await node.close();
  }
  await gateway.close();
  await endpoint.close();
});

const staffToken = (centers: string[], sub = 'staff-rencheng-1', roles = ['center-staff']) => keys.token({ sub, roles, centers, name: '李主任' });

async function asStaff(token: string, path: string, init: RequestInit = {}, base = sandbox.url) {
  const response = await fetch(`${base}${path}`, { ...init, headers: { authorization: `Bearer ${token}`, ...init.headers } });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) as Record<string, unknown> : undefined };
}

interface RosterEntry { reference: string; status: string; channel: string; contact: { name: string; phone: string }; slot: { start: string } }
const roster = async (token: string, date: string, base = sandbox.url) =>
  (await asStaff(token, `/v1/staff/centers/${CENTER}/appointments?date=${date}`, {}, base)).body as { items: RosterEntry[]; erased: number };

const residentView = async (visit: Visit, base = sandbox.url) =>
  (await (await fetch(`${base}/v1/appointments/${visit.reference}`, { headers: { 'x-manage-token': visit.manageToken } })).json()) as { status: string; contact: { name: string } };

describe(`the staff API on ${testEngine}`, () => {
  let today: Visit;

  it('lists a booking just made on the web in the roster of its center, with the full name and phone, never stored by a cache', async () => {
    today = await bookVisit(sandbox.url, '2026-09-01T10:00:00+08:00', { center: CENTER });
    expect(today.status).toBe(201);
    const reply = await asStaff(await staffToken([CENTER]), `/v1/staff/centers/${CENTER}/appointments?date=2026-09-01`);
    expect(reply.status).toBe(200);
    expect(reply.headers.get('cache-control')).toBe('no-store');
    expect((reply.body as { items: RosterEntry[] }).items).toEqual([expect.objectContaining({
      reference: today.reference, status: 'booked', channel: 'web', service: 'legal-consultation',
      contact: { name: RESIDENT.name, phone: RESIDENT.phone }, slot: { start: '2026-09-01T10:00:00+08:00', end: '2026-09-01T10:30:00+08:00' },
    })]);
    // the resident's own view stays masked
    expect((await residentView(today)).contact.name).not.toBe(RESIDENT.name);
  });

  it('refuses staff of another center with 403 and a challenge, and a supervisor or the hotline sees every center', async () => {
    const other = await asStaff(await staffToken(['sc-370812'], 'staff-yanzhou-1'), `/v1/staff/centers/${CENTER}/appointments?date=2026-09-01`);
    expect([other.status, other.body?.code]).toEqual([403, 'staff-forbidden']);
    expect(other.headers.get('www-authenticate')).toBe('Bearer realm="plskit-staff", error="insufficient_scope"');
    for (const role of ['supervisor', 'hotline-operator']) {
      const reply = await asStaff(await keys.token({ sub: `${role}-1`, roles: [role] }), `/v1/staff/centers/${CENTER}/appointments?date=2026-09-01`);
      expect([role, reply.status]).toEqual([role, 200]);
    }
    // the hotline reads, it does not check visitors in
    const hotline = await asStaff(await keys.token({ sub: 'hotline-operator-1', roles: ['hotline-operator'] }),
      `/v1/staff/appointments/${today.reference}/check-in`, { method: 'POST' });
    expect(hotline.status).toBe(403);
  });

  it('answers 401 to no token, a malformed, expired or wrongly signed one, alg none, and a wrong audience or issuer', async () => {
    const claims = { sub: 'staff-rencheng-1', roles: ['center-staff'], centers: [CENTER] };
    const cases: [string, string | undefined, string][] = [
      ['no token', undefined, 'staff-token-missing'],
      ['another scheme', 'Basic YWRtaW46YWRtaW4=', 'staff-token-missing'],
      ['malformed', 'Bearer not.a.jwt!', 'staff-token-malformed'],
      ['expired', `Bearer ${await keys.token(claims, { expiresIn: -600 })}`, 'staff-token-expired'],
      ['another key', `Bearer ${await keys.token(claims, { otherKey: true })}`, 'staff-token-invalid'],
      ['alg none', `Bearer ${keys.unsigned(claims)}`, 'staff-token-invalid'],
      ['wrong audience', `Bearer ${await keys.token(claims, { audience: 'another-app' })}`, 'staff-token-invalid'],
      ['wrong issuer', `Bearer ${await keys.token(claims, { issuer: 'https://idp.elsewhere.example' })}`, 'staff-token-invalid'],
    ];
    for (const [name, authorization, code] of cases) {
      const response = await fetch(`${sandbox.url}/v1/staff/centers/${CENTER}/appointments?date=2026-09-01`, { headers: authorization ? { authorization } : {} });
      const body = (await response.json()) as { code: string };
      expect([name, response.status, body.code, response.headers.get('content-type')]).toEqual([name, 401, code, 'application/problem+json']);
      expect(response.headers.get('www-authenticate'), name).toMatch(code === 'staff-token-missing' ? /^Bearer realm="plskit-staff"$/ : /error="invalid_token"/);
    }
  });

  it('checks a visitor in once, idempotently, and the resident sees it in their own view; a no-show waits for the slot', async () => {
    const token = await staffToken([CENTER]);
    const noShow = await asStaff(token, `/v1/staff/appointments/${today.reference}/no-show`, { method: 'POST' });
    expect([noShow.status, noShow.body?.code]).toEqual([409, 'slot-not-started']);
    for (let i = 0; i < 2; i++) {
      const reply = await asStaff(token, `/v1/staff/appointments/${today.reference}/check-in`, { method: 'POST' });
      expect([reply.status, reply.body?.status, (reply.body?.contact as { name: string }).name]).toEqual([200, 'checked-in', RESIDENT.name]);
    }
    expect((await residentView(today)).status).toBe('checked-in');
    // the visit is over: the resident can no longer move or cancel it
    const cancel = await fetch(`${sandbox.url}/v1/appointments/${today.reference}/cancel`, { method: 'POST', headers: { 'x-manage-token': today.manageToken } });
    expect([cancel.status, ((await cancel.json()) as { code: string }).code]).toEqual([409, 'appointment-settled']);
    await endpoint.until(2);
    await expect.poll(() => endpoint.json<{ type: string }>().filter((e) => e.type === 'appointment.checked-in').length).toBe(1);
  });

  it('marks a no-show once the slot has begun, on another node with a later clock', async () => {
    const later = await nodeOn('2026-09-01T11:00:00+08:00');
    others.push(later);
    const reply = await asStaff(await staffToken([CENTER]), `/v1/staff/appointments/${today.reference}/no-show`, { method: 'POST' }, later.url);
    expect([reply.status, reply.body?.status]).toEqual([200, 'no-show']);
    expect((await residentView(today, later.url)).status).toBe('no-show');
  });

  it('closes an afternoon: its bookings are cancelled by the center, the time shows closed with the reason, each resident gets one message', async () => {
    const afternoon = await Promise.all(['14:00', '15:00'].map((time, i) => bookVisit(sandbox.url, `2026-09-03T${time}:00+08:00`, {
      center: CENTER, locale: i === 0 ? 'zh-CN' : 'en', contact: { name: `居民${i}`, phone: `1390000000${i}` },
    })));
    const morning = await bookVisit(sandbox.url, '2026-09-03T09:00:00+08:00', { center: CENTER, contact: { name: '居民晨', phone: '13900000009' } });
    const reason = { 'zh-CN': '暴雨红色预警', en: 'Red rainstorm warning' };
    const closed = await asStaff(await staffToken([CENTER]), `/v1/staff/centers/${CENTER}/closures`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ date: '2026-09-03', from: '14:00', reason }),
    });
    expect([closed.status, closed.body?.cancelled, closed.body?.from]).toEqual([201, 2, '14:00']);
    for (const visit of afternoon) expect((await residentView(visit)).status).toBe('cancelled-by-center');
    expect((await residentView(morning)).status).toBe('booked');

    const availability = (await (await fetch(`${sandbox.url}/v1/appointments/availability?center=${CENTER}&service=legal-consultation&from=2026-09-03&to=2026-09-03`)).json()) as
      { days: { status: string; closures?: unknown[]; slots: { start: string; remaining: number }[] }[] };
    const [day] = availability.days;
    expect(day?.closures).toEqual([{ from: '14:00', reason }]);
    expect(day?.slots.filter((s) => s.start >= '2026-09-03T14:00').every((s) => s.remaining === 0)).toBe(true);
    expect(day?.slots.find((s) => s.start === '2026-09-03T10:00:00+08:00')?.remaining).toBeGreaterThan(0);
    expect((await bookVisit(sandbox.url, '2026-09-03T16:00:00+08:00', { center: CENTER })).status).toBe(409);

    const closureMessages = () => gateway.json<{ to: string; template: string; text: string }>().filter((m) => m.template === 'appointment-cancelled-by-center');
    await expect.poll(() => closureMessages().length).toBe(2);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const messages = closureMessages();
    expect(messages.map((m) => m.to).sort()).toEqual(['13900000000', '13900000001']);
    const chinese = messages.find((m) => m.to === '13900000000')!;
    expect(chinese.text).toContain('暴雨红色预警');
    expect(chinese.text).toContain(afternoon[0]!.reference);
    expect(chinese.text).toContain(BOOK_AGAIN);
    expect(messages.find((m) => m.to === '13900000001')!.text).toMatch(/^The center closed \(Red rainstorm warning\)/);
    expect(JSON.stringify(messages)).not.toContain(afternoon[0]!.manageToken);
    await expect.poll(() => endpoint.json<{ type: string }>().filter((e) => e.type === 'appointment.cancelled-by-center').length).toBe(2);
    expect(endpoint.json<{ type: string }>().filter((e) => e.type === 'center.closed')).toHaveLength(1);
  });

  it('closes a whole day (closed-by-center) and reopens it before it begins: bookable again, the cancelled stay cancelled', async () => {
    const visit = await bookVisit(sandbox.url, '2026-09-04T09:00:00+08:00', { center: CENTER });
    const token = await staffToken([CENTER]);
    const closed = await asStaff(token, `/v1/staff/centers/${CENTER}/closures`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ date: '2026-09-04', reason: { 'zh-CN': '全员外出培训', en: 'Staff training' } }),
    });
    expect(closed.status).toBe(201);
    const dayOf = async () => ((await (await fetch(`${sandbox.url}/v1/appointments/availability?center=${CENTER}&service=legal-consultation&from=2026-09-04&to=2026-09-04`)).json()) as
      { days: { status: string; slots: unknown[] }[] }).days[0];
    expect(await dayOf()).toMatchObject({ status: 'closed-by-center', slots: [] });
    const listed = await asStaff(token, `/v1/staff/centers/${CENTER}/closures`);
    expect((listed.body?.items as { id: string }[]).map((c) => c.id)).toContain(closed.body?.id);
    const reopened = await asStaff(token, `/v1/staff/centers/${CENTER}/closures/${closed.body?.id as string}`, { method: 'DELETE' });
    expect([reopened.status, typeof reopened.body?.reopenedAt]).toEqual([200, 'string']);
    expect((await dayOf())?.status).toBe('open');
    expect((await residentView(visit)).status).toBe('cancelled-by-center');
    await expect.poll(() => endpoint.json<{ type: string }>().filter((e) => e.type === 'center.reopened').length).toBe(1);
  });

  it('keeps an audit log that names each roster read and action by sub, with no contact data, for supervisors only', async () => {
    await roster(await staffToken([CENTER], 'staff-rencheng-2'), '2026-09-03');
    const supervisor = await keys.token({ sub: 'supervisor-1', roles: ['supervisor'] });
    const page = await asStaff(supervisor, '/v1/staff/audit-events?from=2026-09-01&to=2026-09-01&limit=100');
    expect(page.status).toBe(200);
    const events = page.body?.items as { actor: string; action: string; center?: string; date?: string; references?: string[]; client: string }[];
    const reads = events.filter((e) => e.action === 'roster-read');
    expect(reads.map((e) => e.actor)).toEqual(expect.arrayContaining(['staff-rencheng-1', 'staff-rencheng-2', 'supervisor-1', 'hotline-operator-1']));
    expect(reads.find((e) => e.actor === 'staff-rencheng-2')).toMatchObject({ center: CENTER, date: '2026-09-03', client: expect.any(String) });
    expect(events.map((e) => e.action)).toEqual(expect.arrayContaining(['appointment-checked-in', 'center-closed', 'center-reopened']));
    expect(JSON.stringify(events)).not.toMatch(/王小明|居民|1381234|1390000/);
    const mine = await asStaff(supervisor, '/v1/staff/audit-events?from=2026-09-01&to=2026-09-01&actor=staff-rencheng-2');
    expect((mine.body?.items as { actor: string }[]).map((e) => e.actor)).toEqual(['staff-rencheng-2']);
    expect((await asStaff(await staffToken([CENTER]), '/v1/staff/audit-events')).status).toBe(403);
  });

  it('erases the contact data staff read on the retention schedule: forty days on, the roster says how many were erased', async () => {
    const later = await nodeOn('2026-10-14T09:00:00+08:00');
    others.push(later);
    const day = await roster(await keys.token({ sub: 'supervisor-1', roles: ['supervisor'] }), '2026-09-01', later.url);
    expect(day).toEqual({ center: CENTER, date: '2026-09-01', items: [], erased: 1 });
  });
});
