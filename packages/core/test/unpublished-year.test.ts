import { describe, expect, it } from 'vitest';
import {
  addDays, CHINA_HOLIDAYS, dayStatus, generateCalendar, generateSlots, holidayCalendar, isoWeekday, JINING_OPENING_HOURS,
  LUNAR_FESTIVAL_DATES, statutoryHolidayYear, validateHolidayYear, type HolidayYear,
} from '@plskit/core';

const slotOptions = { hours: JINING_OPENING_HOURS, slotMinutes: 30, capacity: 3, now: new Date('2026-11-30T09:00:00+08:00') };

// 2027's days off as the holidays regulation (Art 2, as amended 2024) fixes them, written
// out by hand from the Hong Kong Observatory's 2027 table (正月初一 on Saturday 6 February),
// with the weekdays Art 6 gives for the ones on a weekend (初一 and 初二, 1 and 2 May, 2 and 3 October).
const STATUTORY_2027: [string, string][] = [
  ['2027-01-01', '元旦'],
  ['2027-02-05', '春节'], ['2027-02-06', '春节'], ['2027-02-07', '春节'], ['2027-02-08', '春节'],
  ['2027-02-09', '春节（补假）'], ['2027-02-10', '春节（补假）'],
  ['2027-04-05', '清明节'], ['2027-05-01', '劳动节'], ['2027-05-02', '劳动节'],
  ['2027-05-03', '劳动节（补假）'], ['2027-05-04', '劳动节（补假）'],
  ['2027-06-09', '端午节'], ['2027-09-15', '中秋节'],
  ['2027-10-01', '国庆节'], ['2027-10-02', '国庆节'], ['2027-10-03', '国庆节'],
  ['2027-10-04', '国庆节（补假）'], ['2027-10-05', '国庆节（补假）'],
];

describe('a year whose holiday notice is not published', () => {
  it.each(STATUTORY_2027)('%s is a statutory day off (%s), closed and provisional', (date, name) => {
    expect(dayStatus(date)).toEqual({ date, kind: 'holiday', holiday: expect.objectContaining({ 'zh-CN': name }), published: false, provisional: true });
    expect(generateSlots(date, slotOptions)).toMatchObject({ status: 'closed-holiday', provisional: true, slots: [] });
  });

  it('opens every other weekday and closes every weekend, all provisional', () => {
    const statutory = new Set(STATUTORY_2027.map(([d]) => d));
    for (const day of generateCalendar('2027-01-01', '2027-12-31', slotOptions)) {
      expect(day.provisional, day.date).toBe(true);
      if (statutory.has(day.date)) continue;
      expect(day.status, day.date).toBe(isoWeekday(day.date) >= 6 ? 'closed-weekend' : 'open');
    }
  });

  it('gives a weekday for each statutory day on a weekend (Art 6), the first weekdays after the holiday that are not off already', () => {
    const substitutes = (year: number) => statutoryHolidayYear(year)!.periods
      .filter((period) => period.name['zh-CN'].endsWith('（补假）'))
      .map((period) => `${period.name['zh-CN'].replace('（补假）', '')} ${period.from}..${period.to}`);
    expect(substitutes(2027)).toEqual(['春节 2027-02-09..2027-02-10', '劳动节 2027-05-03..2027-05-04', '国庆节 2027-10-04..2027-10-05']);
    // 元旦 on a Saturday, 端午 on a Sunday, 国庆 starting on a Sunday with 中秋 on its third day
    expect(substitutes(2028)).toEqual(['元旦 2028-01-03..2028-01-03', '端午节 2028-05-29..2028-05-29', '国庆节 2028-10-04..2028-10-04']);
    // 除夕 and 初一 on a weekend: the two weekdays after 初三
    expect(substitutes(2030)).toEqual(['春节 2030-02-06..2030-02-07']);
    expect(statutoryHolidayYear(2027)!.sources.map((s) => s.title)).toContain('全国年节及纪念日放假办法 Art 6 (as amended 2024-11-12)');
  });

  it('warns that a year whose 中秋 falls within or next to 国庆 is likely to change more than usual (2028)', () => {
    expect(statutoryHolidayYear(2028)?.note?.['zh-CN']).toMatch(/中秋节.*国庆节.*调整/);
    expect(statutoryHolidayYear(2028)?.note?.en).toMatch(/Mid-Autumn.*National Day.*more than usual/);
    for (const year of [2027, 2029, 2030]) expect(statutoryHolidayYear(year)?.note, String(year)).toBeUndefined();
  });

  it('puts 2027’s 正月初一 on 6 February, where ICU’s Chinese calendar says 7 February', () => {
    expect(statutoryHolidayYear(2027)?.periods[1]).toMatchObject({ from: '2027-02-05', to: '2027-02-08' });
    expect(generateSlots('2027-02-11', slotOptions).status).toBe('open');
  });

  it('agrees with ICU’s Chinese calendar on every lunar date except the two the tables correct', () => {
    // a transcription slip in the table would show up here as a third difference
    const icu = new Intl.DateTimeFormat('zh-CN-u-ca-chinese', { timeZone: 'Asia/Shanghai', month: 'long', day: 'numeric' });
    const lunar = (date: string) => {
      const parts = icu.formatToParts(new Date(`${date}T12:00:00+08:00`));
      return `${parts.find((p) => p.type === 'month')?.value}${parts.find((p) => p.type === 'day')?.value}`;
    };
    const differences: string[] = [];
    for (const entry of LUNAR_FESTIVAL_DATES) {
      for (const [date, expected] of [[entry.springFestival, '正月1'], [entry.dragonBoat, '五月5'], [entry.midAutumn, '八月15']] as const) {
        if (lunar(date) !== expected) differences.push(`${date} ${expected}`);
      }
    }
    expect(differences).toEqual(['2027-02-06 正月1', '2030-02-03 正月1']);
  });

  it('lets an operator add the year’s notice as data, which replaces the provisional days', () => {
    const notice: HolidayYear = {
      year: 2027,
      periods: [
        { name: { 'zh-CN': '春节', en: 'Spring Festival' }, from: '2027-02-05', to: '2027-02-12', makeUpWorkdays: ['2027-02-13'] },
      ],
      sources: [{ title: 'an operator’s test notice', tag: 'U' }],
    };
    const checked = validateHolidayYear(JSON.parse(JSON.stringify(notice)));
    expect(checked.valid).toBe(true);
    const calendar = holidayCalendar([...CHINA_HOLIDAYS, notice]);
    expect(calendar.publishedYears).toEqual([2025, 2026, 2027]);
    expect(calendar.dayStatus('2027-02-10')).toMatchObject({ kind: 'holiday', published: true, provisional: false });
    const makeUp = generateSlots('2027-02-13', { ...slotOptions, calendar });
    expect(makeUp).toMatchObject({ status: 'open', makeUpWorkday: true, provisional: false, holiday: { en: 'Spring Festival' } });
    // the default calendar is untouched
    expect(dayStatus('2027-02-11')).toMatchObject({ kind: 'workday', provisional: true });
  });

  it('refuses a schedule with a wrong date, a worked weekday or no source, naming each problem', () => {
    const bad = {
      year: 2027,
      periods: [
        { name: { 'zh-CN': '春节' }, from: '2027-02-30', to: '2027-02-12', makeUpWorkdays: ['2027-02-10'] },
        { name: { 'zh-CN': '国庆节', en: 'National Day' }, from: '2026-10-01', to: '2026-10-03', makeUpWorkdays: [] },
      ],
      sources: [],
    };
    const checked = validateHolidayYear(bad);
    expect(checked.valid).toBe(false);
    expect(checked.valid ? [] : checked.errors).toEqual([
      'periods[0].name must have zh-CN and en text',
      'periods[0].from and .to must be dates (YYYY-MM-DD)',
      'periods[0].makeUpWorkdays: 2027-02-10 is a weekday already',
      'periods[1] is not in 2027',
      'sources must name the notice the schedule was read from',
    ]);
    expect(validateHolidayYear([]).valid).toBe(false);
  });

  it('covers the booking window from today until the last year of the table', () => {
    const last = LUNAR_FESTIVAL_DATES.at(-1)!.year;
    expect(last).toBeGreaterThanOrEqual(2030);
    expect(dayStatus(addDays('2026-11-30', 60)).provisional).toBe(true);
  });
});
