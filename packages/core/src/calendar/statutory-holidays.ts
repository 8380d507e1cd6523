// The days off the national holidays regulation fixes in every year (Art 2, as
// amended 2024, in force 2025-01-01), for a year whose State Council notice is not
// published yet: no make-up working days (调休) and no substitute days for a
// holiday on a weekend (Art 6), because only the yearly notice fixes those. Such
// a year is provisional: the notice may add days off.
import { cite } from '../legal-basis/laws.data.js';
import type { LegalBasis } from '../legal-basis/legal-basis.js';
import type { LocalizedText } from '../locale/locale.js';
import { addDays } from './calendar-date.js';
import type { HolidayYear } from './china-holidays.data.js';
import { LUNAR_FESTIVAL_DATES, LUNAR_FESTIVAL_SOURCES } from './lunar-festival-dates.data.js';

export const STATUTORY_HOLIDAYS_BASIS: LegalBasis = cite('national-holidays-regulation-2024', '2');

const name = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, en });

/** The statutory days off of `year`, or undefined when no lunar table covers it. */
export function statutoryHolidayYear(year: number): HolidayYear | undefined {
  const lunar = LUNAR_FESTIVAL_DATES.find((entry) => entry.year === year);
  if (!lunar) return undefined;
  const day = (label: LocalizedText, from: string, to = from) => ({ name: label, from, to, makeUpWorkdays: [] });
  return {
    year,
    periods: [
      day(name('元旦', "New Year's Day"), `${year}-01-01`),
      // 除夕 and 正月初一 to 初三
      day(name('春节', 'Spring Festival'), addDays(lunar.springFestival, -1), addDays(lunar.springFestival, 2)),
      day(name('清明节', 'Qingming Festival'), lunar.qingming),
      day(name('劳动节', 'Labour Day'), `${year}-05-01`, `${year}-05-02`),
      day(name('端午节', 'Dragon Boat Festival'), lunar.dragonBoat),
      day(name('中秋节', 'Mid-Autumn Festival'), lunar.midAutumn),
      day(name('国庆节', 'National Day'), `${year}-10-01`, `${year}-10-03`),
    ],
    sources: [
      { title: '全国年节及纪念日放假办法 Art 2 (as amended 2024-11-12)', tag: 'V-3p' },
      ...LUNAR_FESTIVAL_SOURCES,
    ],
  };
}

/** The years statutoryHolidayYear can answer for. */
export const STATUTORY_HOLIDAY_YEARS: readonly number[] = LUNAR_FESTIVAL_DATES.map((entry) => entry.year);
