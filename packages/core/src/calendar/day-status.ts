// What the national calendar says about a date: workday, weekend, holiday, or
// a weekend that is worked to make up for a holiday. A year with a State
// Council notice is published; a year without one falls back to the days the
// holidays regulation fixes (provisional); a year no table covers is unknown.
import type { LocalizedText } from '../locale/locale.js';
import type { DayStatus } from './calendar-day.js';
import { addDays, isoWeekday } from './calendar-date.js';
import { CHINA_HOLIDAYS, type HolidayYear } from './china-holidays.data.js';
import { statutoryHolidayYear } from './statutory-holidays.js';

interface YearIndex {
  holidays: Map<string, LocalizedText>;
  makeUpWorkdays: Map<string, LocalizedText>;
  published: boolean;
}

function indexYear(year: HolidayYear, published: boolean): YearIndex {
  const holidays = new Map<string, LocalizedText>();
  const makeUpWorkdays = new Map<string, LocalizedText>();
  for (const period of year.periods) {
    for (let date = period.from; date <= period.to; date = addDays(date, 1)) holidays.set(date, period.name);
    for (const date of period.makeUpWorkdays) makeUpWorkdays.set(date, period.name);
  }
  return { holidays, makeUpWorkdays, published };
}

export interface HolidayCalendar {
  dayStatus(date: string): DayStatus;
  /** The years with a published schedule, ascending. */
  readonly publishedYears: readonly number[];
}

/**
 * A calendar of the published years (default: the ones core carries). An
 * operator's year replaces core's year of the same number.
 */
export function holidayCalendar(published: readonly HolidayYear[] = CHINA_HOLIDAYS): HolidayCalendar {
  const byYear = new Map<number, YearIndex>(published.map((year) => [year.year, indexYear(year, true)]));
  const index = (year: number): YearIndex | undefined => {
    if (!byYear.has(year)) {
      const statutory = statutoryHolidayYear(year);
      if (statutory) byYear.set(year, indexYear(statutory, false));
    }
    return byYear.get(year);
  };
  return {
    publishedYears: [...new Set(published.map((year) => year.year))].sort(),
    dayStatus(date) {
      const weekend = isoWeekday(date) >= 6;
      const year = Number(date.slice(0, 4));
      const own = index(year);
      // A notice's period can start in the year before (the 2023 notice: 元旦 2022-12-31 to
      // 2023-01-02), so the next year's table speaks for a date too; a published table outranks
      // a provisional one, and the date's own year comes first among equals.
      const tables = [own, index(year + 1)].filter((table): table is YearIndex => table !== undefined);
      for (const table of [...tables.filter((t) => t.published), ...tables.filter((t) => !t.published)]) {
        const flags = { published: table.published, provisional: !table.published };
        const holiday = table.holidays.get(date);
        if (holiday) return { date, kind: 'holiday', holiday, ...flags };
        const makeUp = table.makeUpWorkdays.get(date);
        if (makeUp) return { date, kind: 'make-up-workday', holiday: makeUp, ...flags };
      }
      const kind = weekend ? 'weekend' : 'workday';
      if (!own) return { date, kind, published: false, provisional: false };
      return { date, kind, published: own.published, provisional: !own.published };
    },
  };
}

export const DEFAULT_HOLIDAY_CALENDAR: HolidayCalendar = holidayCalendar();

export function dayStatus(date: string): DayStatus {
  return DEFAULT_HOLIDAY_CALENDAR.dayStatus(date);
}

/** The years whose holidays core carries as published. */
export const PUBLISHED_HOLIDAY_YEARS: readonly number[] = DEFAULT_HOLIDAY_CALENDAR.publishedYears;
