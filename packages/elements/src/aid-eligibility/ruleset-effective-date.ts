// The date a ruleset took effect ("2022-01-01"), as the resident's locale
// writes dates: "2022年1月1日", "January 1, 2022".
import type { Locale } from '../locale/locale.js';

// Intl objects are costly to build: one per locale, reused.
const dateFormats = new Map<Locale, Intl.DateTimeFormat>();
const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function formatEffectiveDate(date: string, locale: Locale): string {
  const parts = CALENDAR_DATE.exec(date);
  if (!parts) return date; // a ruleset validated against core's schema never gets here; show it as it came
  let format = dateFormats.get(locale);
  // a calendar date, not an instant: read and printed in UTC so no time zone moves it a day
  if (!format) dateFormats.set(locale, (format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' })));
  return format.format(new Date(Date.UTC(Number(parts[1]), Number(parts[2]) - 1, Number(parts[3]))));
}
