// A day of a service center's availability: its long name and whether a place
// is left in it. Used by the calendar and by the steps after it.
import type { AvailabilityDay } from '@plskit/sdk';
import type { DisplayLocale } from '../locale/locale.js';

const dayFormats = new Map<DisplayLocale, Intl.DateTimeFormat>();

/** "9月20日星期日", "Sunday, September 20": a calendar date, read in UTC so no time zone moves it. */
export function longDate(date: string, locale: DisplayLocale): string {
  let format = dayFormats.get(locale);
  if (!format) dayFormats.set(locale, (format = new Intl.DateTimeFormat(locale, { month: 'long', day: 'numeric', weekday: 'long', timeZone: 'UTC' })));
  return format.format(new Date(`${date}T00:00:00Z`));
}

export const bookable = (day: AvailabilityDay): boolean => day.slots.some((slot) => slot.remaining > 0);
