// Working days (工作日) on a holiday calendar: what a time limit "within N
// working days" counts. A working day is a weekday that is no holiday, or an
// official make-up working day (调休上班) on a weekend. In a year whose notice
// is not published, the statutory days off and their substitute weekdays
// (holidays regulation Arts 2, 6) are closed and no weekend is worked.
import { addDays } from './calendar-date.js';
import { DEFAULT_HOLIDAY_CALENDAR, type HolidayCalendar } from './day-status.js';

export function isWorkingDay(date: string, calendar: HolidayCalendar = DEFAULT_HOLIDAY_CALENDAR): boolean {
  const { kind } = calendar.dayStatus(date);
  return kind === 'workday' || kind === 'make-up-workday';
}

/** The next `count` working days after `date` (the day itself not counted), in order. */
export function workingDaysAfter(date: string, count: number, calendar: HolidayCalendar = DEFAULT_HOLIDAY_CALENDAR): string[] {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`count must be a whole number of days, not ${count}`);
  const days: string[] = [];
  // the longest run of closed days (春节 with its weekends) is far below a year
  for (let day = addDays(date, 1); days.length < count; day = addDays(day, 1)) if (isWorkingDay(day, calendar)) days.push(day);
  return days;
}

/**
 * The `count`-th working day after `date`: the last day of a time limit of
 * `count` working days that starts the day after `date` (a request received on
 * a holiday starts on the first working day after it). Zero is `date` itself.
 */
export function addWorkingDays(date: string, count: number, calendar: HolidayCalendar = DEFAULT_HOLIDAY_CALENDAR): string {
  return workingDaysAfter(date, count, calendar).at(-1) ?? date;
}
