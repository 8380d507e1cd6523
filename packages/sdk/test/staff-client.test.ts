// A city's intranet app uses '@plskit/sdk/staff' against the real sandbox
// (a JWKS of the test's own stands in for the city's identity provider),
// through a recording proxy: the token travels in Authorization only, is asked
// for before each call (a refreshed one is used at once), and a refusal is a
// PlsApiError with the contract's code.
import { startSandbox, type RunningSandbox } from '@plskit/sandbox';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, PlsApiError } from '../src/index.js';
import { createStaffClient } from '../src/staff.js';
import { recordingProxy, type LoopbackServer } from './loopback-server.js';

const ISSUER = 'https://idp.sdk-test.example';
let sandbox: RunningSandbox;
let proxy: LoopbackServer;
let sign: (claims: Record<string, unknown>, expiresIn?: number) => Promise<string>;

beforeAll(async () => {
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
  const jwks = join(mkdtempSync(join(tmpdir(), 'plskit-sdk-staff-')), 'jwks.json');
  writeFileSync(jwks, JSON.stringify({ keys: [{ ...(await exportJWK(publicKey)), kid: 'sdk-1', alg: 'ES256' }] }));
  sign = (claims, expiresIn = 600) => new SignJWT(claims).setProtectedHeader({ alg: 'ES256', kid: 'sdk-1' }).setSubject(String(claims.sub ?? 'sdk-staff'))
    .setIssuer(ISSUER).setAudience('plskit-staff').setIssuedAt().setExpirationTime(Math.floor(Date.now() / 1000) + expiresIn).sign(privateKey);
  sandbox = await startSandbox({
    port: 0, db: ':memory:', now: '2026-09-01T09:00:00+08:00', logger: false, rateLimit: false, demoDir: false, cdnDir: false,
    checkResponses: true, staff: { jwks, issuer: ISSUER },
  });
  proxy = await recordingProxy(sandbox.url);
});

afterAll(async () => {
  await proxy?.close();
  expect(sandbox.responseViolations()).toEqual([]);
  await sandbox?.close();
});

describe('@plskit/sdk/staff', () => {
  it('reads the member and the roster, checks a visitor in, closes and reopens, and walks the audit log', async () => {
    const resident = createClient({ baseUrl: proxy.url });
    const notice = await resident.appointments.privacyNotice();
    const visit = await resident.appointments.book({
      center: 'sc-370811', service: 'mediation', slotStart: '2026-09-01T15:00:00+08:00',
      contact: { name: '王小明', phone: '13800138000' }, consent: { privacyNotice: notice.version, agreed: true },
    });
    let asked = 0;
    const staff = createStaffClient({
      baseUrl: proxy.url, locale: 'en',
      getAccessToken: async () => { asked++; return sign({ sub: 'supervisor-sdk', roles: ['supervisor'], name: 'Supervisor' }); },
    });
    expect(await staff.me.get()).toMatchObject({ sub: 'supervisor-sdk', roles: ['supervisor'] });
    const roster = await staff.roster.get('sc-370811', '2026-09-01');
    expect(roster.items.find((entry) => entry.reference === visit.reference)?.contact).toEqual({ name: '王小明', phone: '13800138000' });
    expect((await staff.roster.checkIn(visit.reference)).status).toBe('checked-in');
    const closure = await staff.closures.close('sc-370811', { date: '2026-09-02', reason: { 'zh-CN': '培训', en: 'Training' } });
    expect((await staff.closures.list('sc-370811')).items.map((c) => c.id)).toEqual([closure.id]);
    expect((await staff.closures.reopen('sc-370811', closure.id)).reopenedAt).toBeTypeOf('string');
    const actions: string[] = [];
    for await (const event of staff.auditEvents.listAll({ limit: 2 })) actions.push(event.action);
    expect(actions).toEqual(expect.arrayContaining(['roster-read', 'appointment-checked-in', 'center-closed', 'center-reopened']));
    expect(asked).toBeGreaterThanOrEqual(7);
    // the token went in the header, and no personal data or token in any URL
    const staffCalls = proxy.requests.filter((request) => request.url.startsWith('/v1/staff/'));
    expect(staffCalls.every((request) => /^Bearer ey/.test(String(request.headers.authorization)))).toBe(true);
    expect(staffCalls.map((request) => request.url).join(' ')).not.toMatch(/ey[A-Za-z0-9_-]{20}|13800138000|%E7%8E%8B/);
  });

  it('fails with the contract\'s codes: an expired token (401) and another center (403); and needs a token to start', async () => {
    const expired = createStaffClient({ baseUrl: proxy.url, accessToken: await sign({ roles: ['supervisor'] }, -600), retry: false });
    const refused = await expired.me.get().catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(PlsApiError);
    expect([(refused as PlsApiError).status, (refused as PlsApiError).code]).toEqual([401, 'staff-token-expired']);
    const elsewhere = createStaffClient({ baseUrl: proxy.url, accessToken: await sign({ roles: ['center-staff'], centers: ['sc-370812'] }) });
    await expect(elsewhere.roster.get('sc-370811', '2026-09-01')).rejects.toMatchObject({ status: 403, code: 'staff-forbidden' });
    expect(() => createStaffClient({ baseUrl: proxy.url })).toThrow(/accessToken or getAccessToken/);
    const empty = createStaffClient({ baseUrl: proxy.url, getAccessToken: () => '' });
    await expect(empty.me.get()).rejects.toThrow(/gave no token/);
  });

  it('works a question through: the hotline sees it and passes it on, the center opens, answers and closes it, the resident reads the answer; the hotline records a call and books a visit', async () => {
    const resident = createClient({ baseUrl: proxy.url });
    const notice = await resident.workOrders.privacyNotice();
    const asked = await resident.workOrders.ask({
      kind: 'question', topic: 'labour', region: '370811', text: '公司拖欠工资怎么办？sdk-probe',
      contact: { name: '王小明', phone: '13800138000' }, consent: { privacyNotice: notice.version, agreed: true },
    });
    const hotline = createStaffClient({ baseUrl: proxy.url, getAccessToken: () => sign({ sub: 'hotline-sdk', roles: ['hotline-operator'] }) });
    const center = createStaffClient({ baseUrl: proxy.url, getAccessToken: () => sign({ sub: 'center-sdk', roles: ['center-staff'], centers: ['sc-370811'] }) });
    const queued: string[] = [];
    for await (const item of hotline.workOrders.listAll({ status: 'received', limit: 1 })) queued.push(item.reference);
    expect(queued).toContain(asked.reference);
    expect((await hotline.workOrders.assign(asked.reference, 'sc-370811')).center).toBe('sc-370811');
    expect((await center.workOrders.list()).items.map((item) => item.reference)).toContain(asked.reference);
    expect((await center.workOrders.get(asked.reference)).contact).toEqual({ name: '王小明', phone: '13800138000' });
    expect((await center.workOrders.reply(asked.reference, '可以申请劳动仲裁。')).status).toBe('answered');
    await expect(hotline.workOrders.reply(asked.reference, '另一份答复')).rejects.toMatchObject({ status: 409, code: 'work-order-answered' });
    expect((await center.workOrders.close(asked.reference, 'answered')).status).toBe('closed');
    expect(await resident.workOrders.get(asked.reference, asked.manageToken!)).toMatchObject({ status: 'closed', answer: { text: '可以申请劳动仲裁。' } });
    await expect(center.workOrders.assign(asked.reference, 'sc-370812')).rejects.toMatchObject({ status: 403, code: 'staff-forbidden' });

    const call = await hotline.workOrders.create({
      kind: 'question', topic: 'inheritance', region: '370811', text: '房子怎么继承？sdk-probe',
      contact: { name: '李秀兰', phone: '13900139000' }, consent: { privacyNotice: notice.version, agreed: true, form: 'oral' },
    }, { idempotencyKey: 'sdk-hotline-call-0123456789' });
    expect(call).toMatchObject({ channel: 'hotline', consent: { form: 'oral' } });
    // passed to the wrong center, which sends it back to the hotline; a second return is refused with the contract's code
    await hotline.workOrders.assign(call.reference, 'sc-370811');
    const returned = await center.workOrders.returnToHotline(call.reference, '来电人住在兖州区。sdk-probe');
    expect(returned).toMatchObject({ status: 'received', center: null });
    expect(returned.timeline.at(-1)).toMatchObject({ kind: 'returned', center: 'sc-370811', reason: '来电人住在兖州区。sdk-probe' });
    await expect(hotline.workOrders.returnToHotline(call.reference, '再退一次')).rejects.toMatchObject({ status: 409, code: 'work-order-not-assigned' });
    const visit = await hotline.roster.bookForCaller({
      center: 'sc-370811', service: 'legal-consultation', slotStart: '2026-09-02T08:30:00+08:00', contact: { name: '李秀兰', phone: '13900139000' },
      consent: { privacyNotice: (await resident.appointments.privacyNotice()).version, agreed: true, form: 'oral' },
    });
    expect((await center.roster.get('sc-370811', '2026-09-02')).items.find((entry) => entry.reference === visit.reference)?.channel).toBe('hotline');
    const calls = proxy.requests.filter((request) => request.url.startsWith('/v1/staff/'));
    expect(calls.map((request) => request.url).join(' ')).not.toMatch(/sdk-probe|13800138000|13900139000|%E7%8E%8B/);
  });
});
