import type { DisplayLocale } from './locale.js';

// Intl objects are costly to build: one per locale and kind, reused.
const numberFormats = new Map<DisplayLocale, Intl.NumberFormat>();
const pluralRules = new Map<DisplayLocale, Intl.PluralRules>();
const listFormats = new Map<DisplayLocale, Intl.ListFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const languageNames = new Map<DisplayLocale, Intl.DisplayNames>();
const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function formatNumber(value: number, locale: DisplayLocale): string {
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(locale)));
  return format.format(value);
}

/** Picks the plural form ("one", "other", …) for a count in the locale. */
export function pluralCategory(count: number, locale: DisplayLocale): Intl.LDMLPluralRule {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules.select(count);
}

export function formatList(items: string[], locale: DisplayLocale): string {
  let format = listFormats.get(locale);
  if (!format) listFormats.set(locale, (format = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' })));
  return format.format(items);
}

/**
 * A calendar date ("2022-01-01") as the locale writes it: "2022年1月1日", "January 1, 2022";
 * `full` adds the weekday ("2022年1月1日星期六", "Saturday, January 1, 2022").
 */
export function formatCalendarDate(date: string, locale: DisplayLocale, style: 'long' | 'full' = 'long'): string {
  const parts = CALENDAR_DATE.exec(date);
  if (!parts) return date; // not a calendar date: show it as it came
  let format = dateFormats.get(`${locale} ${style}`);
  // a date, not an instant: read and printed in UTC so no time zone moves it a day
  if (!format) dateFormats.set(`${locale} ${style}`, (format = new Intl.DateTimeFormat(locale, { dateStyle: style, timeZone: 'UTC' })));
  return format.format(new Date(Date.UTC(Number(parts[1]), Number(parts[2]) - 1, Number(parts[3]))));
}

/** Language names ("English", "日语") from BCP 47 codes, through Intl. */
export function languageName(code: string, locale: DisplayLocale): string {
  let names = languageNames.get(locale);
  if (!names) languageNames.set(locale, (names = new Intl.DisplayNames([locale], { type: 'language' })));
  try {
    return names.of(code) ?? code;
  } catch {
    return code; // not a well-formed language code
  }
}

/**
 * Builds a locale's formatters while the page is idle, so that the first
 * result or card that needs one does not pay for it inside a click.
 */
export function warmFormats(locale: DisplayLocale): void {
  const idle = globalThis.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 1));
  idle(() => {
    formatNumber(0, locale);
    pluralCategory(0, locale);
    formatList([], locale);
    formatCalendarDate('2000-01-01', locale);
    languageName('en', locale);
  });
}
