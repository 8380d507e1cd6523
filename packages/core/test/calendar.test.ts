import { describe, expect, it } from 'vitest';
import {
  addDays, dayStatus, generateCalendar, generateSlots, isoWeekday, JINING_OPENING_HOURS, shanghaiDate, type OpeningHours,
} from '@plskit/core';

// Written out day by day from the State Council's published notices, independently of the data file.
const range = (from: string, to: string): string[] => {
  const days: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) days.push(d);
  return days;
};
const HOLIDAYS: [string, string][] = [
  ...range('2025-01-01', '2025-01-01').map((d) => [d, '元旦'] as [string, string]),
  ...range('2025-01-28', '2025-02-04').map((d) => [d, '春节'] as [string, string]),
  ...range('2025-04-04', '2025-04-06').map((d) => [d, '清明节'] as [string, string]),
  ...range('2025-05-01', '2025-05-05').map((d) => [d, '劳动节'] as [string, string]),
  ...range('2025-05-31', '2025-06-02').map((d) => [d, '端午节'] as [string, string]),
  ...range('2025-10-01', '2025-10-08').map((d) => [d, '国庆节、中秋节'] as [string, string]),
  ...range('2026-01-01', '2026-01-03').map((d) => [d, '元旦'] as [string, string]),
  ...range('2026-02-15', '2026-02-23').map((d) => [d, '春节'] as [string, string]),
  ...range('2026-04-04', '2026-04-06').map((d) => [d, '清明节'] as [string, string]),
  ...range('2026-05-01', '2026-05-05').map((d) => [d, '劳动节'] as [string, string]),
  ...range('2026-06-19', '2026-06-21').map((d) => [d, '端午节'] as [string, string]),
  ...range('2026-09-25', '2026-09-27').map((d) => [d, '中秋节'] as [string, string]),
  ...range('2026-10-01', '2026-10-07').map((d) => [d, '国庆节'] as [string, string]),
];
const MAKE_UP_WORKDAYS: [string, string][] = [
  ['2025-01-26', '春节'], ['2025-02-08', '春节'], ['2025-04-27', '劳动节'], ['2025-09-28', '国庆节、中秋节'], ['2025-10-11', '国庆节、中秋节'],
  ['2026-01-04', '元旦'], ['2026-02-14', '春节'], ['2026-02-28', '春节'], ['2026-05-09', '劳动节'], ['2026-09-20', '国庆节'], ['2026-10-10', '国庆节'],
];

const AT = (instant: string) => new Date(instant);
const slotOptions = (now = AT('2024-12-01T00:00:00+08:00')) => ({ hours: JINING_OPENING_HOURS, slotMinutes: 30, capacity: 3, now });

describe('the national holiday calendar', () => {
  it('has 2025 with 28 days off and 2026 with 33 (counted from the notices)', () => {
    expect(HOLIDAYS.filter(([d]) => d.startsWith('2025')).length).toBe(28);
    expect(HOLIDAYS.filter(([d]) => d.startsWith('2026')).length).toBe(33);
  });

  it.each(HOLIDAYS)('%s is a holiday (%s) and no center offers a slot', (date, name) => {
    expect(dayStatus(date)).toMatchObject({ kind: 'holiday', published: true, holiday: { 'zh-CN': name } });
    const day = generateSlots(date, slotOptions());
    expect(day.status).toBe('closed-holiday');
    expect(day.holiday?.['zh-CN']).toBe(name);
    expect(day.slots).toEqual([]);
  });

  it.each(MAKE_UP_WORKDAYS)('%s is a weekend worked for %s, and the center opens', (date, name) => {
    expect(isoWeekday(date)).toBeGreaterThanOrEqual(6);
    expect(dayStatus(date)).toMatchObject({ kind: 'make-up-workday', holiday: { 'zh-CN': name } });
    const day = generateSlots(date, slotOptions());
    expect(day.status).toBe('open');
    expect(day.slots.length).toBeGreaterThan(0);
  });

  it('knows no other holiday or make-up day in 2025 and 2026', () => {
    const listed = new Set([...HOLIDAYS, ...MAKE_UP_WORKDAYS].map(([d]) => d));
    for (const date of range('2025-01-01', '2026-12-31')) {
      if (listed.has(date)) continue;
      expect(dayStatus(date).kind, date).toBe(isoWeekday(date) >= 6 ? 'weekend' : 'workday');
    }
  });

  it('says a year no table covers is unknown, and offers no slot in it', () => {
    expect(dayStatus('2031-01-06')).toEqual({ date: '2031-01-06', kind: 'workday', published: false, provisional: false });
    expect(generateSlots('2031-01-06', slotOptions())).toEqual({ date: '2031-01-06', status: 'closed', provisional: false, slots: [] });
  });

  it('names a make-up working day on the open day itself', () => {
    expect(generateSlots('2026-09-20', slotOptions())).toMatchObject({
      status: 'open', makeUpWorkday: true, holiday: { 'zh-CN': '国庆节' }, provisional: false,
    });
  });
});

describe('Jining opening hours and slots', () => {
  it('closes the afternoon at 18:00 in summer (May to September)', () => {
    const day = generateSlots('2026-06-02', slotOptions());
    expect(day.status).toBe('open');
    expect(day.slots[0]).toEqual({ start: '2026-06-02T08:30:00+08:00', end: '2026-06-02T09:00:00+08:00', capacity: 3 });
    expect(day.slots.map((s) => s.start)).toContain('2026-06-02T14:00:00+08:00');
    expect(day.slots.map((s) => s.start)).not.toContain('2026-06-02T13:30:00+08:00');
    expect(day.slots.at(-1)?.end).toBe('2026-06-02T18:00:00+08:00');
    expect(day.slots).toHaveLength(7 + 8);
  });

  it('opens the afternoon at 13:30 and closes at 17:30 in winter (October to April)', () => {
    const day = generateSlots('2026-03-03', slotOptions());
    expect(day.slots.map((s) => s.start)).toContain('2026-03-03T13:30:00+08:00');
    expect(day.slots.at(-1)?.end).toBe('2026-03-03T17:30:00+08:00');
  });

  it.each([['2026-04-30', '17:30'], ['2026-05-06', '18:00'], ['2026-09-30', '18:00'], ['2026-10-09', '17:30']])(
    'switches season at the month boundary: %s closes at %s', (date, close) => {
      expect(generateSlots(date, slotOptions()).slots.at(-1)?.end).toBe(`${date}T${close}:00+08:00`);
    });

  it('uses the season’s hours on a make-up Saturday', () => {
    expect(generateSlots('2026-10-10', slotOptions()).slots.at(-1)?.end).toBe('2026-10-10T17:30:00+08:00');
    expect(generateSlots('2026-09-20', slotOptions()).slots.at(-1)?.end).toBe('2026-09-20T18:00:00+08:00');
  });

  it('is closed on an ordinary weekend', () => {
    expect(generateSlots('2026-03-07', slotOptions())).toEqual({ date: '2026-03-07', status: 'closed-weekend', provisional: false, slots: [] });
  });

  it('never offers a past slot or one starting in the current minute', () => {
    const at = (time: string) => generateSlots('2026-03-03', slotOptions(AT(`2026-03-03T${time}+08:00`))).slots[0]?.start;
    expect(at('09:00:00')).toBe('2026-03-03T09:30:00+08:00');
    expect(at('08:59:59')).toBe('2026-03-03T09:00:00+08:00');
    expect(at('09:00:30')).toBe('2026-03-03T09:30:00+08:00');
    expect(at('17:00:00')).toBeUndefined();
    expect(generateSlots('2026-03-02', slotOptions(AT('2026-03-03T08:00:00+08:00'))).slots).toEqual([]);
  });

  it('reads "now" in Asia/Shanghai whatever the machine’s time zone', () => {
    // 00:30 UTC is 08:30 in Jining: the 08:30 slot is in the current minute and not offered.
    const day = generateSlots('2026-03-03', slotOptions(AT('2026-03-03T00:30:00Z')));
    expect(day.slots[0]?.start).toBe('2026-03-03T09:00:00+08:00');
    expect(shanghaiDate(AT('2026-03-02T16:00:00Z'))).toBe('2026-03-03');
  });

  it('honours a lead time', () => {
    const day = generateSlots('2026-03-03', { ...slotOptions(AT('2026-03-03T08:00:00+08:00')), leadMinutes: 120 });
    expect(day.slots[0]?.start).toBe('2026-03-03T10:00:00+08:00');
  });

  it('offers no slot with no capacity, and never a slot running past closing', () => {
    expect(generateSlots('2026-03-03', { ...slotOptions(), capacity: 0 }).slots).toEqual([]);
    const long = generateSlots('2026-03-03', { ...slotOptions(), slotMinutes: 60 });
    expect(long.slots.map((s) => s.start.slice(11, 16))).toEqual(['08:30', '09:30', '10:30', '13:30', '14:30', '15:30', '16:30']);
  });

  it('rejects malformed requests instead of guessing', () => {
    expect(() => generateSlots('2026-02-30', slotOptions())).toThrow(RangeError);
    expect(() => generateSlots('2026-03-03', { ...slotOptions(), slotMinutes: 0 })).toThrow(RangeError);
    expect(() => generateSlots('2026-03-03', { ...slotOptions(), capacity: 1.5 })).toThrow(RangeError);
    expect(() => generateCalendar('2026-03-03', 'soon', slotOptions())).toThrow(RangeError);
  });

  it('lists every day of a range, open or closed, across the Spring Festival', () => {
    const days = generateCalendar('2026-02-13', '2026-02-24', slotOptions());
    expect(days.map((d) => d.status)).toEqual([
      'open', 'open', ...Array(9).fill('closed-holiday'), 'open',
    ]);
  });

  it('supports a center with Saturday hours and a center with no afternoon', () => {
    const hours: OpeningHours = {
      closedOnHolidays: true,
      seasons: [{ code: 'all-year', name: { 'zh-CN': '全年', en: 'All year' }, fromMonth: 1, toMonth: 12,
        weekdays: { 1: [{ start: '09:00', end: '11:00' }], 6: [{ start: '09:00', end: '10:00' }] }, makeUpWorkday: [] }],
    };
    const options = { ...slotOptions(), hours, slotMinutes: 60 };
    expect(generateSlots('2026-03-07', options).slots.map((s) => s.start)).toEqual(['2026-03-07T09:00:00+08:00']);
    expect(generateSlots('2026-03-03', options).status).toBe('closed');
    expect(generateSlots('2026-02-14', options).status).toBe('closed');
    expect(generateSlots('2026-02-16', options).status).toBe('closed-holiday');
  });
});
