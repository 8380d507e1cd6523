// What the national calendar says about a date: workday, weekend, holiday, or
// a weekend that is worked to make up for a holiday.
import type { LocalizedText } from '../legal-basis/legal-basis.js';
import type { DayStatus } from './calendar-day.js';
import { addDays, isoWeekday } from './calendar-date.js';
import { CHINA_HOLIDAYS, type HolidayYear } from './china-holidays.data.js';

interface YearIndex {
  holidays: Map<string, LocalizedText>;
  makeUpWorkdays: Map<string, LocalizedText>;
}

function indexYear(year: HolidayYear): YearIndex {
  const holidays = new Map<string, LocalizedText>();
  const makeUpWorkdays = new Map<string, LocalizedText>();
  for (const period of year.periods) {
    for (let date = period.from; date <= period.to; date = addDays(date, 1)) holidays.set(date, period.name);
    for (const date of period.makeUpWorkdays) makeUpWorkdays.set(date, period.name);
  }
  return { holidays, makeUpWorkdays };
}

const byYear = new Map<number, YearIndex>(CHINA_HOLIDAYS.map((year) => [year.year, indexYear(year)]));

/** The years whose holidays plskit knows. */
export const PUBLISHED_HOLIDAY_YEARS: readonly number[] = CHINA_HOLIDAYS.map((year) => year.year);

export function dayStatus(date: string): DayStatus {
  const weekend = isoWeekday(date) >= 6;
  const year = byYear.get(Number(date.slice(0, 4)));
  if (!year) return { date, kind: weekend ? 'weekend' : 'workday', published: false };
  const holiday = year.holidays.get(date);
  if (holiday) return { date, kind: 'holiday', holiday, published: true };
  const makeUp = year.makeUpWorkdays.get(date);
  if (makeUp) return { date, kind: 'make-up-workday', holiday: makeUp, published: true };
  return { date, kind: weekend ? 'weekend' : 'workday', published: true };
}
