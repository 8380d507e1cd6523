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
  const inYear = (date: string): boolean => date.startsWith(`${String(year)}-`);
  // A notice's period may start in the year before (the 2023 notice: 元旦 2022-12-31 to 2023-01-02), never end after it.
  const inYearOrBefore = (date: string): boolean => inYear(date) || date.startsWith(`${String(Number(year) - 1)}-`);
  const isDate = (date: unknown): date is string => typeof date === 'string' && isCalendarDate(date);
  if (!Array.isArray(periods) || periods.length === 0) errors.push('periods must list the year\'s holidays');
  else {
    periods.forEach((period: unknown, i) => {
      const at = `periods[${i}]`;
      if (!isRecord(period)) return void errors.push(`${at} must be an object`);
      if (!isText(period.name)) errors.push(`${at}.name must have zh-CN and en text`);
      const { from, to } = period;
      if (!isDate(from) || !isDate(to)) errors.push(`${at}.from and .to must be dates (YYYY-MM-DD)`);
      else if (to < from) errors.push(`${at}.to is before .from`);
      else if (to > `${String(year)}-12-31`) {
        errors.push(`${at} ends after ${String(year)}: a holiday that runs into ${String(Number(year) + 1)} is in ${String(Number(year) + 1)}’s notice`);
      } else if (!inYear(to) || !inYearOrBefore(from)) errors.push(`${at} is not in ${String(year)}`);
      if (!Array.isArray(period.makeUpWorkdays)) errors.push(`${at}.makeUpWorkdays must be a list (may be empty)`);
      else {
        for (const date of period.makeUpWorkdays as unknown[]) {
          if (!isDate(date)) errors.push(`${at}.makeUpWorkdays: ${String(date)} is not a date`);
          else if (!inYearOrBefore(date)) errors.push(`${at}.makeUpWorkdays: ${date} is not in ${String(year)}`);
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
