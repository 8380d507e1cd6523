// Checks a year's holiday schedule that an operator adds as data (the State
// Council's yearly notice, typed in as JSON) before any calendar trusts it.
import { isCalendarDate, isoWeekday } from './calendar-date.js';
import type { HolidayYear } from './china-holidays.data.js';

export type HolidayYearValidation = { valid: true; year: HolidayYear } | { valid: false; errors: string[] };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): boolean =>
  isRecord(value) && typeof value['zh-CN'] === 'string' && value['zh-CN'] !== '' && typeof value.en === 'string' && value.en !== '';

export function validateHolidayYear(value: unknown): HolidayYearValidation {
  const errors: string[] = [];
  if (!isRecord(value)) return { valid: false, errors: ['the schedule must be a JSON object'] };
  const { year, periods, sources } = value;
  if (typeof year !== 'number' || !Number.isInteger(year) || year < 2000 || year > 2200) errors.push('year must be a whole year such as 2027');
  const inYear = (date: unknown): boolean => typeof date === 'string' && isCalendarDate(date) && date.startsWith(`${String(year)}-`);
  if (!Array.isArray(periods) || periods.length === 0) errors.push('periods must list the year\'s holidays');
  else {
    periods.forEach((period: unknown, i) => {
      const at = `periods[${i}]`;
      if (!isRecord(period)) return void errors.push(`${at} must be an object`);
      if (!isText(period.name)) errors.push(`${at}.name must have zh-CN and en text`);
      // a holiday may run into the next year (元旦 is always in its own year, 春节 may start on 12-31 of the one before)
      const isDate = (date: unknown) => typeof date === 'string' && isCalendarDate(date);
      if (!isDate(period.from) || !isDate(period.to)) errors.push(`${at}.from and .to must be dates (YYYY-MM-DD)`);
      else if ((period.to as string) < (period.from as string)) errors.push(`${at}.to is before .from`);
      else if (!inYear(period.from) && !inYear(period.to)) errors.push(`${at} is not in ${String(year)}`);
      if (!Array.isArray(period.makeUpWorkdays)) errors.push(`${at}.makeUpWorkdays must be a list (may be empty)`);
      else {
        for (const date of period.makeUpWorkdays as unknown[]) {
          if (typeof date !== 'string' || !isCalendarDate(date)) errors.push(`${at}.makeUpWorkdays: ${String(date)} is not a date`);
          else if (isoWeekday(date) < 6) errors.push(`${at}.makeUpWorkdays: ${date} is a weekday already`);
        }
      }
    });
  }
  if (!Array.isArray(sources) || sources.length === 0 || !sources.every((s) => isRecord(s) && typeof s.title === 'string' && s.title !== '')) {
    errors.push('sources must name the notice the schedule was read from');
  }
  return errors.length ? { valid: false, errors } : { valid: true, year: value as unknown as HolidayYear };
}
