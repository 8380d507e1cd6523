// The locales plskit ships and the one rule that maps a caller's language
// tags (an element's lang attribute, a browser's navigator.languages, an HTTP
// Accept-Language header) onto them, so every package answers alike.

/** The locales plskit ships, default first. */
export const LOCALES = ['zh-CN', 'en'] as const;

export type Locale = (typeof LOCALES)[number];

/** Text in every shipped locale; elements pick one, data always carries all. */
export type LocalizedText = Record<Locale, string>;

/** The residents' language: what every answer falls back to. */
export const DEFAULT_LOCALE: Locale = 'zh-CN';

/** The shipped locale one language range falls to (RFC 4647 lookup on the primary subtag), or undefined. */
function localeOfRange(range: string): Locale | undefined {
  const primary = range.trim().toLowerCase().replace(/_/g, '-').split('-')[0];
  // every Chinese tag (zh, zh-CN, zh-Hans-CN, zh-TW…) reads the simplified text, the only Chinese we ship
  if (primary === 'zh') return 'zh-CN';
  if (primary === 'en') return 'en';
  return undefined;
}

/**
 * Matches a language tag ("en-GB", "zh-Hans-CN") or a priority list in
 * Accept-Language form ("fr;q=0.9, en;q=0.8") against LOCALES: the first
 * range by weight that a shipped locale serves wins; ranges with q=0 are
 * refused. Without a match it returns `fallback` (DEFAULT_LOCALE unless given).
 */
export function matchLocale(tags: string | null | undefined): Locale;
export function matchLocale<Fallback>(tags: string | null | undefined, fallback: Fallback): Locale | Fallback;
export function matchLocale(tags: string | null | undefined, ...given: unknown[]): unknown {
  // an explicit `undefined` fallback is a fallback too (elements defer to their provider)
  const fallback = given.length > 0 ? given[0] : DEFAULT_LOCALE;
  if (!tags) return fallback;
  const ranked = tags.split(',').map((part, index) => {
    const [range = '', ...params] = part.split(';');
    const weight = params.map((param) => param.trim()).find((param) => param.startsWith('q='));
    const q = weight === undefined ? 1 : Number(weight.slice(2));
    return { range, q: Number.isNaN(q) ? 0 : q, index };
  }).filter(({ q }) => q > 0).sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { range } of ranked) {
    const locale = localeOfRange(range);
    if (locale) return locale;
  }
  return fallback;
}

/** The text in the locale asked for (every LocalizedText carries both). */
export function localized(text: LocalizedText, locale: Locale): string {
  return text[locale] ?? text[DEFAULT_LOCALE];
}
