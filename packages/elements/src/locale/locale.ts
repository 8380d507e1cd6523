// Locales are per element or provider, never page-global: a host page that sets
// its own @lit/localize locale (or <html lang>) must not change our widgets.
import type { Locale, LocalizedText } from '@plskit/core';

export type { Locale, LocalizedText };
export const LOCALES: readonly Locale[] = ['zh-CN', 'en'];
export const DEFAULT_LOCALE: Locale = 'zh-CN';

/** Accepts "en", "en-GB", "zh", "zh-Hans-CN"…; anything else falls back to zh-CN. */
export function toLocale(value: string | null | undefined): Locale | undefined {
  if (!value) return undefined;
  const tag = value.toLowerCase();
  if (tag === 'en' || tag.startsWith('en-')) return 'en';
  if (tag === 'zh' || tag.startsWith('zh-')) return 'zh-CN';
  return undefined;
}

export function localized(text: LocalizedText, locale: Locale): string {
  return text[locale] ?? text[DEFAULT_LOCALE];
}
