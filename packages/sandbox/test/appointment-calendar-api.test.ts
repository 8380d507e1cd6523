// The booking calendar beyond the published years, each center's own hours, and
// the privacy notice a booking must have agreed to: over HTTP, every reply
// checked against the contract.
import { APPOINTMENT_PRIVACY_NOTICE } from '@plskit/core';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { optionsFromEnv, type RunningSandbox } from '../src/index.js';
import { apiSandbox } from './api-sandbox.js';

interface Day { date: string; status: string; holiday?: { 'zh-CN': string; en: string }; makeUpWorkday?: true; provisional: boolean; slots: { start: string; end: string; remaining: number }[] }

const running: RunningSandbox[] = [];
const dir = mkdtempSync(join(tmpdir(), 'plskit-holidays-'));
afterAll(async () => {
  for (const sandbox of running) {
    expect(sandbox.responseViolations()).toEqual([]);
    await sandbox.close();
  }
  rmSync(dir, { recursive: true, force: true });
});

async function start(options: Parameters<typeof apiSandbox>[0] = {}): Promise<RunningSandbox> {
  const sandbox = await apiSandbox(options);
  running.push(sandbox);
  return sandbox;
}

async function days(sandbox: RunningSandbox, center: string, from: string, to: string): Promise<Day[]> {
  const response = await fetch(`${sandbox.url}/v1/appointments/availability?center=${center}&service=legal-aid-application&from=${from}&to=${to}`);
  expect(response.status).toBe(200);
  return ((await response.json()) as { days: Day[] }).days;
}

const book = (sandbox: RunningSandbox, slotStart: string, privacyNotice: string, key: string) => fetch(`${sandbox.url}/v1/appointments`, {
  method: 'POST',
  headers: { 'content-type': 'application/json', 'idempotency-key': key, 'accept-language': 'en' },
  body: JSON.stringify({
    center: 'sc-370811', service: 'legal-aid-application', slotStart,
    contact: { name: '王小明', phone: '13800138000' }, consent: { privacyNotice, agreed: true },
  }),
});

describe('a year whose holiday notice is not published', () => {
  it('closes the statutory days (春节 from 除夕, 5 to 8 February 2027), their Art 6 substitute weekdays, weekends, and marks every day provisional', async () => {
    const sandbox = await start({ now: '2026-12-20T09:00:00+08:00' });
    const february = await days(sandbox, 'sc-370811', '2027-02-01', '2027-02-10');
    expect(february.map((d) => [d.date, d.status, d.holiday?.['zh-CN']])).toEqual([
      ['2027-02-01', 'open', undefined], ['2027-02-02', 'open', undefined], ['2027-02-03', 'open', undefined],
      ['2027-02-04', 'open', undefined], ['2027-02-05', 'closed-holiday', '春节'], ['2027-02-06', 'closed-holiday', '春节'],
      ['2027-02-07', 'closed-holiday', '春节'], ['2027-02-08', 'closed-holiday', '春节'], ['2027-02-09', 'closed-holiday', '春节（补假）'],
      ['2027-02-10', 'closed-holiday', '春节（补假）'],
    ]);
    expect(february.every((d) => d.provisional)).toBe(true);
    expect(february[1]?.slots.some((s) => s.remaining > 0)).toBe(true);
    const december = await days(sandbox, 'sc-370811', '2026-12-30', '2026-12-31');
    expect(december.every((d) => !d.provisional)).toBe(true);
  });

  it('takes the year from a schedule file an operator adds, which replaces the provisional days', async () => {
    const file = join(dir, '2027.json');
    writeFileSync(file, JSON.stringify({
      year: 2027,
      periods: [{ name: { 'zh-CN': '春节', en: 'Spring Festival' }, from: '2027-02-05', to: '2027-02-12', makeUpWorkdays: ['2027-02-13'] }],
      sources: [{ title: 'test notice', tag: 'U' }],
    }));
    const sandbox = await start({ now: '2026-12-20T09:00:00+08:00', holidaySchedules: [dir] });
    const week = await days(sandbox, 'sc-370811', '2027-02-11', '2027-02-13');
    expect(week.map((d) => [d.status, d.makeUpWorkday, d.provisional])).toEqual([
      ['closed-holiday', undefined, false], ['closed-holiday', undefined, false], ['open', true, false],
    ]);
    expect(week[2]?.holiday?.en).toBe('Spring Festival');
  });

  it('refuses to start with a schedule that does not check, naming the file and the problem', async () => {
    const bad = join(dir, 'bad-2028.json');
    writeFileSync(bad, JSON.stringify({ year: 2028, periods: [], sources: [{ title: 'x', tag: 'U' }] }));
    await expect(apiSandbox({ holidaySchedules: [bad] })).rejects.toThrow(/bad-2028\.json is not valid:\n {2}periods must list/);
    expect(optionsFromEnv({ PLSKIT_HOLIDAYS: `${dir}, /etc/plskit/2028.json` }).holidaySchedules).toEqual([dir, '/etc/plskit/2028.json']);
  });
});

describe('the availability of a published year', () => {
  it('opens a make-up working day and says which holiday it makes up for', async () => {
    const sandbox = await start();
    const [sunday] = await days(sandbox, 'sc-370811', '2026-09-20', '2026-09-20');
    expect(sunday).toMatchObject({ status: 'open', makeUpWorkday: true, provisional: false, holiday: { 'zh-CN': '国庆节' } });
    expect(sunday?.slots.length).toBeGreaterThan(0);
  });

  it('keeps each center’s own hours: a township station closes at 11:30 on a Tuesday, the county center at 18:00', async () => {
    const sandbox = await start();
    const [county] = await days(sandbox, 'sc-370811', '2026-09-08', '2026-09-08');
    const [station] = await days(sandbox, 'sc-370811-01', '2026-09-08', '2026-09-08');
    expect(county?.slots.at(-1)?.end).toBe('2026-09-08T18:00:00+08:00');
    expect(station?.slots.at(-1)?.end).toBe('2026-09-08T11:30:00+08:00');
    const list = await (await fetch(`${sandbox.url}/v1/service-centers?region=370811&limit=100`)).json();
    const hours = (id: string) => list.items.find((c: { id: string }) => c.id === id).hours;
    expect(hours('sc-370811-01').seasons[0].weekdays['2']).toEqual([{ start: '09:00', end: '11:30' }]);
    expect(hours('sc-370811').seasons).toHaveLength(2);
  });
});

describe('the privacy notice', () => {
  it('is served as data, and a booking must agree to its current version, which the booking keeps', async () => {
    const sandbox = await start();
    const notice = await (await fetch(`${sandbox.url}/v1/privacy-notices/appointments`)).json();
    expect(notice).toEqual(JSON.parse(JSON.stringify(APPOINTMENT_PRIVACY_NOTICE)));
    const [day] = await days(sandbox, 'sc-370811', '2026-09-02', '2026-09-02');
    const slot = day!.slots[0]!.start;

    const outdated = await book(sandbox, slot, '2026-01', 'notice-old-attempt-0001');
    expect(outdated.status).toBe(409);
    const problem = await outdated.json();
    expect(problem).toMatchObject({
      code: 'privacy-notice-outdated',
      errors: [{ field: '/consent/privacyNotice', code: 'outdated', message: `The current privacy notice is version ${notice.version}` }],
    });
    expect(problem.detail).toContain(notice.version);

    const booked = await book(sandbox, slot, notice.version, 'notice-new-attempt-0001');
    expect(booked.status).toBe(201);
    const appointment = await booked.json();
    const fetched = await (await fetch(`${sandbox.url}/v1/appointments/${appointment.reference}`, { headers: { 'x-manage-token': appointment.manageToken } })).json();
    expect(fetched.privacyNotice).toBe(notice.version);
  });

  it('states the operator’s retention period, and changes its version with it', async () => {
    expect(optionsFromEnv({ PLSKIT_RETAIN_CONTACT_DAYS: '90' }).retainContactDays).toBe(90);
    const sandbox = await start({ retainContactDays: 90 });
    const notice = await (await fetch(`${sandbox.url}/v1/privacy-notices/appointments`)).json();
    expect(notice.retention.days).toBe(90);
    expect(notice.version).toBe(`${APPOINTMENT_PRIVACY_NOTICE.version}.r90`);
    const [day] = await days(sandbox, 'sc-370811', '2026-09-02', '2026-09-02');
    const refused = await book(sandbox, day!.slots[0]!.start, APPOINTMENT_PRIVACY_NOTICE.version, 'notice-r90-attempt-0001');
    expect(refused.status).toBe(409);
  });
});
