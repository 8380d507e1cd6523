// A partner developer uses every resource of the SDK against the real sandbox
// (in-memory SQLite, fixed clock), through a loopback proxy that records every
// request the SDK sends, so the privacy of URLs is checked on real traffic.
import { startSandbox, type RunningSandbox } from '@plskit/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, PlsApiError, type Lawyer, type PlsClient, type ServiceCode, type ServicePoint } from '../src/index.js';
import { recordingProxy, type LoopbackServer } from './loopback-server.js';

const resident = { name: '王小明', phone: '13800138000' };

let sandbox: RunningSandbox;
let proxy: LoopbackServer;
let client: PlsClient;
const manageTokens: string[] = [];

beforeAll(async () => {
  sandbox = await startSandbox({
    port: 0, db: ':memory:', now: '2026-09-01T09:00:00+08:00', logger: false, rateLimit: false, demoDir: false, cdnDir: false,
    checkResponses: true,
  });
  proxy = await recordingProxy(sandbox.url);
  client = createClient({ baseUrl: proxy.url, apiKey: 'partner-test', locale: 'en' });
});

afterAll(async () => {
  await proxy?.close();
  expect(sandbox.responseViolations()).toEqual([]);
  await sandbox?.close();
});

describe('directory', () => {
  it('lists the city first, then its counties, districts and zones', async () => {
    const { items } = await client.regions.list();
    expect(items[0]).toMatchObject({ code: '370800', kind: 'city', statisticalCode: true });
    expect(items.find((region) => region.code === '370811')?.name.en).toMatch(/Rencheng/);
  });

  it('pages service centers and walks every page with listAll', async () => {
    const first = await client.serviceCenters.list({ limit: 50 });
    expect(first.items).toHaveLength(50);
    expect(first.nextCursor).toEqual(expect.any(String));
    const all = [];
    for await (const center of client.serviceCenters.listAll({ limit: 50 })) all.push(center);
    expect(all).toHaveLength(first.total);
    expect(new Set(all.map((center) => center.id)).size).toBe(first.total);
    const offeringAid = await client.serviceCenters.list({ service: 'legal-aid-application', level: 'county', limit: 100 });
    expect(offeringAid.items.length).toBeGreaterThan(0);
    for (const center of offeringAid.items) {
      expect(center.level).toBe('county');
      expect(center.services).toContain('legal-aid-application');
    }
  });

  it('lists practice areas with names in both languages', async () => {
    const { items } = await client.practiceAreas.list();
    expect(items.length).toBeGreaterThan(5);
    for (const area of items) expect(area.name).toEqual({ 'zh-CN': expect.any(String), en: expect.any(String) });
  });

  it('searches lawyers with filters, gets one, and iterates every match across pages', async () => {
    const filters = { region: '370811', practiceArea: 'labour', acceptsLegalAid: true, minYears: 3 } as const;
    const page = await client.lawyers.search({ ...filters, limit: 5 });
    expect(page.items.length).toBeGreaterThan(0);
    for (const lawyer of page.items) {
      expect(lawyer).toMatchObject({ region: '370811', acceptsLegalAid: true });
      expect(lawyer.practiceAreas).toContain('labour');
      expect(lawyer.yearsOfPractice).toBeGreaterThanOrEqual(3);
    }
    const one = await client.lawyers.get(page.items[0]!.id);
    expect(one).toEqual(page.items[0]);

    const every: Lawyer[] = [];
    for await (const lawyer of client.lawyers.searchAll({ ...filters, limit: 5 })) every.push(lawyer);
    expect(every).toHaveLength(page.total);
    expect(every.slice(0, 5)).toEqual(page.items);
  });

  it('searches law firms and gets one', async () => {
    const page = await client.lawFirms.search({ region: '370811', limit: 3 });
    expect(page.items).toHaveLength(3);
    const firm = await client.lawFirms.get(page.items[0]!.id);
    expect(firm).toEqual(page.items[0]);
    let count = 0;
    for await (const item of client.lawFirms.searchAll({ region: '370811', limit: 3 })) {
      expect(item.region).toBe('370811');
      count += 1;
    }
    expect(count).toBe(page.total);
  });

  it('turns an unknown lawyer into PlsApiError 404 not-found, in the client locale', async () => {
    const error = await client.lawyers.get('lw-none').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PlsApiError);
    expect(error).toMatchObject({ status: 404, code: 'not-found', problem: { status: 404, code: 'not-found' } });
    expect(proxy.requests.at(-1)?.headers['accept-language']).toBe('en');
  });

  it('turns an invalid filter into PlsApiError 400 validation-failed naming the parameter', async () => {
    const error = await client.lawyers.search({ limit: 1000 }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ status: 400, code: 'validation-failed' });
    expect((error as PlsApiError).problem.errors?.map((fieldError) => fieldError.field).join(' ')).toMatch(/limit/);
  });
});

describe('service points', () => {
  it('counts the network by kind, narrows a county to a township, walks every page and gets one point of each kind', async () => {
    const first = await client.servicePoints.list({ limit: 1 });
    expect(first.totalsByKind).toMatchObject({ 'village-legal-adviser': 994, 'notary-office': 12, 'forensic-appraisal-body': 14 });
    const tangkou: ServicePoint[] = [];
    for await (const point of client.servicePoints.listAll({ region: '370811', township: '370811018', limit: 7 })) tangkou.push(point);
    const page = await client.servicePoints.list({ region: '370811', township: '370811018', limit: 100 });
    expect(tangkou).toEqual(page.items);
    expect(tangkou.length).toBe(page.total);
    expect(tangkou.every((point) => point.township?.name === '唐口街道' && point.location !== undefined)).toBe(true);
    const adviser = tangkou.find((point) => point.kind === 'village-legal-adviser')!;
    expect(await client.servicePoints.get(adviser.id)).toEqual(adviser);
    const office = await client.servicePoints.get('no-02');
    expect(office).toMatchObject({ kind: 'notary-office', bookable: false, foreignUse: true });
    // the query carries filters only: a position is never a parameter
    expect(proxy.requests.filter((request) => request.url.includes('/v1/service-points')).every((request) => !/lat|lng|lon/i.test(request.url))).toBe(true);
  });

  it('turns an unknown point into PlsApiError 404 and an unknown kind into 400', async () => {
    await expect(client.servicePoints.get('va-none')).rejects.toMatchObject({ status: 404, code: 'not-found' });
    const error = await client.servicePoints.list({ kind: 'fortune-teller' as ServicePoint['kind'] }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PlsApiError);
    expect(error).toMatchObject({ status: 400, code: 'validation-failed' });
  });
});

describe('legal aid', () => {
  it('serves the region ruleset and checks eligibility with cited reasons', async () => {
    const ruleset = await client.legalAid.rules('370811');
    expect(ruleset.regions).toContain('370811');
    expect(ruleset.effectiveFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // typed to the leaf by the contract: no cast between the reply and its wording
    expect(ruleset.interview.questions.household.heading.en).toMatch(/household/);
    expect(ruleset.procedure.steps.objection.text['zh-CN']).not.toBe('');

    const pending = await client.legalAid.check({ region: '370811' });
    expect(pending.outcome).toBe('needs-more-information');
    expect(pending.missing).toContain('proceeding');

    const result = await client.legalAid.check({
      region: '370811', proceeding: 'civil', matter: 'wages', circumstances: ['migrant-worker-wages-or-injury'],
    });
    expect(result.outcome).toBe('eligible');
    expect(result.meansTest).toBe('verification-waived');
    expect(result.reasons.some((reason) => reason.basis.law === 'legal-aid-law-2021' && reason.basis.article.startsWith('42'))).toBe(true);
    expect(result.ruleset.id).toBe(ruleset.id);
  });

  it('rejects a household that is not the contract shape with 400', async () => {
    const error = await client.legalAid.check({ region: '370811', household: { size: 0, monthlyIncome: -1 } }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ status: 400, code: 'validation-failed' });
  });
});

describe('notary', () => {
  it('lists matters, gets one, and builds its checklist; a will through an agent is refused (Art 26)', async () => {
    const { items, catalogueVersion } = await client.notary.matters();
    expect(items.map((matter) => matter.code)).toEqual(expect.arrayContaining(['will', 'birth', 'power-of-attorney-property']));
    const will = await client.notary.matter('will');
    expect(will).toMatchObject({ code: 'will', inPersonOnly: true, catalogueVersion });

    const abroad = await client.notary.checklist({ matter: 'birth', answers: { useAbroad: true, destinationCountry: 'DE' } });
    expect(abroad.legalisation).toBe('apostille');
    expect(abroad.items.length).toBeGreaterThan(0);

    const byAgent = await client.notary.checklist({ matter: 'will', answers: { applicantIsAgent: true } });
    expect(byAgent.refusals.some((refusal) => refusal.basis.law === 'notary-procedure-rules-2020' && refusal.basis.article === '11')).toBe(true);
  });

  it('answers 404 not-found for a matter the catalogue does not have', async () => {
    await expect(client.notary.matter('no-such-matter')).rejects.toMatchObject({ status: 404, code: 'not-found' });
  });
});

describe('appointments', () => {
  const center = 'sc-370811';
  const service: ServiceCode = 'legal-consultation';

  let consent: { privacyNotice: string; agreed: true };
  beforeAll(async () => {
    const notice = await client.appointments.privacyNotice();
    expect(notice).toMatchObject({ subject: 'appointments', basis: { law: 'pipl-2021', article: '17' } });
    consent = { privacyNotice: notice.version, agreed: true };
  });

  async function openSlots(): Promise<string[]> {
    const { days } = await client.appointments.availability({ center, service, from: '2026-09-02', to: '2026-09-04' });
    expect(days.map((day) => day.date)).toEqual(['2026-09-02', '2026-09-03', '2026-09-04']);
    return days.flatMap((day) => day.slots).filter((slot) => slot.remaining > 0).map((slot) => slot.start);
  }

  it('books, views, reschedules and cancels a visit with the manage token', async () => {
    const [first, second] = await openSlots();
    const booked = await client.appointments.book({
      center, service, slotStart: first!, contact: resident, consent, note: '劳动合同纠纷咨询',
    });
    expect(booked).toMatchObject({ status: 'booked', center, service, slot: { start: first } });
    expect(booked.reference).toMatch(/^[A-Z]{2}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(booked.contact.phone).not.toBe(resident.phone);
    expect(booked.contact.name).not.toBe(resident.name);
    const token = booked.manageToken!;
    manageTokens.push(token);

    const viewed = await client.appointments.get(booked.reference, token);
    expect(viewed).toMatchObject({ reference: booked.reference, status: 'booked' });
    expect(viewed.manageToken).toBeUndefined();

    const moved = await client.appointments.reschedule(booked.reference, token, second!);
    expect(moved.slot.start).toBe(second);

    const cancelled = await client.appointments.cancel(booked.reference, token);
    expect(cancelled.status).toBe('cancelled');
    await expect(client.appointments.cancel(booked.reference, token)).rejects.toMatchObject({ status: 409, code: 'appointment-cancelled' });

    const wrongToken = 'x'.repeat(32);
    await expect(client.appointments.get(booked.reference, wrongToken)).rejects.toMatchObject({ status: 403, code: 'manage-token-invalid' });
  });

  it('replays a booking sent twice with one Idempotency-Key instead of booking twice', async () => {
    const [slotStart] = await openSlots();
    const request = { center, service, slotStart: slotStart!, contact: resident, consent };
    const once = await client.appointments.book(request, { idempotencyKey: 'partner-retry-0001' });
    const again = await client.appointments.book(request, { idempotencyKey: 'partner-retry-0001' });
    expect(again.reference).toBe(once.reference);
    manageTokens.push(once.manageToken!);
    const otherBody = { ...request, note: 'changed' };
    await expect(client.appointments.book(otherBody, { idempotencyKey: 'partner-retry-0001' }))
      .rejects.toMatchObject({ status: 422, code: 'idempotency-key-reused' });
  });

  it('refuses an invalid phone with 400, and the error message holds none of the personal data sent', async () => {
    const [slotStart] = await openSlots();
    const error = await client.appointments.book({
      center, service, slotStart: slotStart!, contact: { ...resident, phone: '12345' }, consent,
    }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ status: 400, code: 'validation-failed' });
    const shown = `${String(error)} ${(error as Error).stack ?? ''}`;
    for (const secret of [resident.name, '12345']) expect(shown).not.toContain(secret);
  });
});

describe('work orders', () => {
  const question = '邻居占用了我家的宅基地，我该怎么办？';

  it('reads the notice and the time limits, asks a question, follows it with the manage token, and replays a retried ask', async () => {
    const notice = await client.workOrders.privacyNotice();
    expect(notice).toMatchObject({ subject: 'work-orders', basis: { law: 'pipl-2021', article: '17' } });
    const limits = await client.workOrders.timeLimits();
    expect(limits).toMatchObject({ today: '2026-09-01', question: { workingDays: 3, dueBy: '2026-09-04' }, callback: { days: ['2026-09-02', '2026-09-03'] } });
    const request = {
      kind: 'callback' as const, topic: 'real-estate', region: '370811', text: question, callbackWindow: { date: limits.callback.days[0]!, part: 'morning' as const },
      contact: resident, consent: { privacyNotice: notice.version, agreed: true as const },
    };
    const asked = await client.workOrders.ask(request, { idempotencyKey: 'partner-work-order-0001' });
    expect(asked).toMatchObject({ status: 'received', kind: 'callback', dueBy: '2026-09-02', contact: { name: '王**' } });
    expect(asked.reference).toMatch(/^GD-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    manageTokens.push(asked.manageToken!);
    expect((await client.workOrders.ask(request, { idempotencyKey: 'partner-work-order-0001' })).reference).toBe(asked.reference);
    const followed = await client.workOrders.get(asked.reference, asked.manageToken!);
    expect(followed).toMatchObject({ text: question, timeline: [{ kind: 'received' }] });
    await expect(client.workOrders.get(asked.reference, 'x'.repeat(32))).rejects.toMatchObject({ status: 403, code: 'manage-token-invalid' });
  });

  it('refuses a question with an ID number in it, naming /text and never echoing it', async () => {
    const notice = await client.workOrders.privacyNotice();
    const error = await client.workOrders.ask({
      kind: 'question', topic: 'labour', region: '370811', text: `身份证11010519491231002X ${question}`, contact: resident,
      consent: { privacyNotice: notice.version, agreed: true },
    }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ status: 400, code: 'validation-failed', problem: { errors: [{ field: '/text', code: 'personal-data' }] } });
    const shown = `${String(error)} ${(error as Error).stack ?? ''} ${JSON.stringify(error)}`;
    for (const secret of ['11010519491231002X', resident.name, '宅基地']) expect(shown).not.toContain(secret);
  });
});

describe('operations and partner keys', () => {
  it('reports health', async () => {
    await expect(client.health.check()).resolves.toMatchObject({ status: 'ok', time: expect.any(String) });
  });

  it('sends the partner key as X-Partner-Key; a keyed deployment refuses a client without it (401 unauthorized)', async () => {
    expect(proxy.requests.every((request) => request.headers['x-partner-key'] === 'partner-test')).toBe(true);
    const keyed = await startSandbox({
      port: 0, db: ':memory:', now: '2026-09-01T09:00:00+08:00', logger: false, rateLimit: false, demoDir: false, cdnDir: false, partnerKeys: ['k-1'],
    });
    try {
      await expect(createClient({ baseUrl: keyed.url }).regions.list()).rejects.toMatchObject({ status: 401, code: 'unauthorized' });
      await expect(createClient({ baseUrl: keyed.url, apiKey: 'k-1' }).regions.list()).resolves.toMatchObject({ items: expect.any(Array) });
    } finally {
      await keyed.close();
    }
  });
});

describe('privacy of every request sent above', () => {
  it('never puts a name, phone or manage token in a URL; the token travels in X-Manage-Token', () => {
    expect(proxy.requests.length).toBeGreaterThan(20);
    expect(manageTokens.length).toBeGreaterThan(0);
    const secrets = [resident.name, encodeURIComponent(resident.name), resident.phone, ...manageTokens];
    for (const { url } of proxy.requests) {
      for (const secret of secrets) expect(url).not.toContain(secret);
    }
    const managed = proxy.requests.filter((request) => /^\/v1\/appointments\/[A-Z]{2}-/.test(request.url));
    expect(managed.length).toBeGreaterThan(0);
    for (const request of managed) expect(request.headers['x-manage-token']).toMatch(/^[A-Za-z0-9_-]{16,}$/);
    const bookings = proxy.requests.filter((request) => request.method === 'POST' && request.url === '/v1/appointments');
    expect(bookings.length).toBeGreaterThan(0);
    for (const request of bookings) expect(request.body).toContain(resident.name); // personal data goes in the body only
  });
});
