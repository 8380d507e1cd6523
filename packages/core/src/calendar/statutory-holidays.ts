// The days off the national holidays regulation fixes in every year (Art 2, as
// amended 2024, in force 2025-01-01), for a year whose State Council notice is not
// published yet. Art 6 also decides the substitute weekday (补假) for a statutory
// day on a Saturday or Sunday: without a notice, the first weekdays after the
// holiday that are not off already. The make-up working days (调休) only the
// yearly notice fixes, so there are none; such a year is provisional.
import { cite } from '../legal-basis/laws.data.js';
import type { LegalBasis } from '../legal-basis/legal-basis.js';
import type { LocalizedText } from '../locale/locale.js';
import { addDays, isoWeekday } from './calendar-date.js';
import type { HolidayPeriod, HolidayYear } from './china-holidays.data.js';
import { LUNAR_FESTIVAL_DATES, LUNAR_FESTIVAL_SOURCES } from './lunar-festival-dates.data.js';

export const STATUTORY_HOLIDAYS_BASIS: LegalBasis = cite('national-holidays-regulation-2024', '2');
export const SUBSTITUTE_DAYS_BASIS: LegalBasis = cite('national-holidays-regulation-2024', '6');

const name = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, en });
const isWeekend = (date: string) => isoWeekday(date) >= 6;

function daysOf(period: HolidayPeriod): string[] {
  const days: string[] = [];
  for (let date = period.from; date <= period.to; date = addDays(date, 1)) days.push(date);
  return days;
}

/** Each holiday followed by its Art 6 substitute days, if any fell on a weekend. */
function withSubstituteDays(periods: HolidayPeriod[]): HolidayPeriod[] {
  const off = new Set(periods.flatMap(daysOf));
  const counted = new Set<string>();
  return periods.flatMap((period) => {
    // a day two holidays share (2028: 中秋 on 国庆's third day) is made up once
    const owed = daysOf(period).filter((date) => isWeekend(date) && !counted.has(date) && counted.add(date)).length;
    const substitutes: string[] = [];
    for (let date = addDays(period.to, 1); substitutes.length < owed; date = addDays(date, 1)) {
      if (!isWeekend(date) && !off.has(date)) substitutes.push(date);
    }
    substitutes.forEach((date) => off.add(date));
    if (substitutes.length === 0) return [period];
    const substitute = { name: name(`${period.name['zh-CN']}（补假）`, `${period.name.en} (substitute day)`), makeUpWorkdays: [] };
    // consecutive substitute days make one period, as a notice writes them
    const runs = substitutes.reduce<string[][]>((all, date) => {
      const last = all.at(-1);
      if (last && addDays(last.at(-1)!, 1) === date) last.push(date);
      else all.push([date]);
      return all;
    }, []);
    return [period, ...runs.map((run) => ({ ...substitute, from: run[0]!, to: run.at(-1)! }))];
  });
}

/**
 * Past notices merged 中秋 into 国庆's break whenever it fell close to it (2017, 2020, 2023, 2025),
 * moving more days than in other years.
 */
function nearNationalDay(midAutumn: string, year: number): boolean {
  return midAutumn >= `${year}-09-28` && midAutumn <= `${year}-10-08`;
}

/** The statutory days off of `year`, or undefined when no lunar table covers it. */
export function statutoryHolidayYear(year: number): HolidayYear | undefined {
  const lunar = LUNAR_FESTIVAL_DATES.find((entry) => entry.year === year);
  if (!lunar) return undefined;
  const day = (label: LocalizedText, from: string, to = from): HolidayPeriod => ({ name: label, from, to, makeUpWorkdays: [] });
  return {
    year,
    periods: withSubstituteDays([
      day(name('元旦', "New Year's Day"), `${year}-01-01`),
      // 除夕 and 正月初一 to 初三
      day(name('春节', 'Spring Festival'), addDays(lunar.springFestival, -1), addDays(lunar.springFestival, 2)),
      day(name('清明节', 'Qingming Festival'), lunar.qingming),
      day(name('劳动节', 'Labour Day'), `${year}-05-01`, `${year}-05-02`),
      day(name('端午节', 'Dragon Boat Festival'), lunar.dragonBoat),
      day(name('中秋节', 'Mid-Autumn Festival'), lunar.midAutumn),
      day(name('国庆节', 'National Day'), `${year}-10-01`, `${year}-10-03`),
    ]),
    ...(nearNationalDay(lunar.midAutumn, year) ? {
      note: name(
        `${year}年中秋节（${Number(lunar.midAutumn.slice(5, 7))}月${Number(lunar.midAutumn.slice(8))}日）与国庆节相连或重合；以往遇此情况，国务院通知将两节合并为一个较长的假期，本年日期的调整可能比往年更多。`,
        `In ${year} the Mid-Autumn Festival (${lunar.midAutumn}) falls within or next to National Day; past notices merged the two into one longer break, so this year’s dates are likely to change more than usual.`,
      ),
    } : {}),
    sources: [
      { title: '全国年节及纪念日放假办法 Art 2 (as amended 2024-11-12)', tag: 'V-3p' },
      { title: '全国年节及纪念日放假办法 Art 6 (as amended 2024-11-12)', tag: 'V-3p' },
      ...LUNAR_FESTIVAL_SOURCES,
    ],
  };
}

/** The years statutoryHolidayYear can answer for. */
export const STATUTORY_HOLIDAY_YEARS: readonly number[] = LUNAR_FESTIVAL_DATES.map((entry) => entry.year);
