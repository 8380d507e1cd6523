// Bookable slots of one center on one day: never on a closed day, never in the
// past or in the current minute, each with the center's capacity.
import type { CalendarDay, Slot } from './calendar-day.js';
import { addDays, isCalendarDate, isoWeekday, minutesOfDay, timeOfDay } from './calendar-date.js';
import { shanghaiInstant } from './shanghai-time.js';
import { DEFAULT_HOLIDAY_CALENDAR, type HolidayCalendar } from './day-status.js';
import type { OpeningHours, OpeningSeason, OpeningSession } from './opening-hours.js';

export interface SlotOptions {
  hours: OpeningHours;
  /** Slot length in minutes. */
  slotMinutes: number;
  /** Places per slot. */
  capacity: number;
  /** The current instant: slots starting before the next whole minute are not offered. */
  now: Date;
  /** Extra notice the center needs, in minutes (default 0). */
  leadMinutes?: number;
  /** The holiday calendar (default: the years core carries, then the statutory days). */
  calendar?: HolidayCalendar;
}

const MINUTE_MS = 60_000;

export function seasonOn(hours: OpeningHours, date: string): OpeningSeason | undefined {
  const month = Number(date.slice(5, 7));
  return hours.seasons.find(({ fromMonth, toMonth }) =>
    fromMonth <= toMonth ? month >= fromMonth && month <= toMonth : month >= fromMonth || month <= toMonth);
}

/** The sessions a center keeps on a date, or why it is closed. */
export function sessionsOn(
  hours: OpeningHours, date: string, calendar: HolidayCalendar = DEFAULT_HOLIDAY_CALENDAR,
): Omit<CalendarDay, 'slots' | 'date'> & { sessions: OpeningSession[] } {
  const status = calendar.dayStatus(date);
  const { provisional } = status;
  // Neither a notice nor a lunar table for that year: any weekday may be a holiday, offer nothing.
  if (!status.published && !provisional) return { status: 'closed', provisional, sessions: [] };
  if (status.kind === 'holiday' && hours.closedOnHolidays) {
    return { status: 'closed-holiday', holiday: status.holiday!, provisional, sessions: [] };
  }
  const season = seasonOn(hours, date);
  const weekday = isoWeekday(date);
  const makeUp = status.kind === 'make-up-workday';
  const sessions = !season ? [] : makeUp ? season.makeUpWorkday : season.weekdays[weekday] ?? [];
  const named = makeUp ? { holiday: status.holiday!, makeUpWorkday: true as const } : {};
  if (sessions.length > 0) return { status: 'open', ...named, provisional, sessions };
  return { status: status.kind === 'weekend' ? 'closed-weekend' : 'closed', ...named, provisional, sessions: [] };
}

export function generateSlots(date: string, options: SlotOptions): CalendarDay {
  if (!isCalendarDate(date)) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${date}`);
  const { hours, slotMinutes, capacity, now, leadMinutes = 0, calendar } = options;
  if (!Number.isInteger(slotMinutes) || slotMinutes <= 0) throw new RangeError('slotMinutes must be a positive whole number');
  if (!Number.isInteger(capacity) || capacity < 0) throw new RangeError('capacity must be a whole number, 0 or more');
  const { sessions, ...day } = sessionsOn(hours, date, calendar);
  // The next whole minute at the earliest, so a slot starting this minute is never offered.
  const earliest = Math.max(Math.floor(now.getTime() / MINUTE_MS) * MINUTE_MS + MINUTE_MS, now.getTime() + leadMinutes * MINUTE_MS);
  const slots: Slot[] = [];
  if (capacity > 0) {
    for (const session of sessions) {
      const close = minutesOfDay(session.end);
      for (let start = minutesOfDay(session.start); start + slotMinutes <= close; start += slotMinutes) {
        const slot = { start: shanghaiInstant(date, timeOfDay(start)), end: shanghaiInstant(date, timeOfDay(start + slotMinutes)), capacity };
        if (Date.parse(slot.start) >= earliest) slots.push(slot);
      }
    }
  }
  return { date, ...day, slots };
}

/** Every day from `from` to `to` inclusive. */
export function generateCalendar(from: string, to: string, options: SlotOptions): CalendarDay[] {
  if (!isCalendarDate(from) || !isCalendarDate(to)) throw new RangeError('from and to must be calendar dates (YYYY-MM-DD)');
  const days: CalendarDay[] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) days.push(generateSlots(date, options));
  return days;
}
