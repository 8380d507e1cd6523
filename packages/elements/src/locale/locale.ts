// Locales are per element or provider, never page-global: a host page that sets
// its own @lit/localize locale (or <html lang>) must not change our widgets.
// The locales and the tag matching are @plskit/core's, shared with the SDK and the API.
import { matchLocale, type Locale } from '@plskit/core';

export { DEFAULT_LOCALE, LOCALES, localized, type Locale, type LocalizedText } from '@plskit/core';

/** Accepts "en", "en-GB", "zh", "zh-Hans-CN"…; undefined for anything else (the provider's or the default applies). */
export const toLocale = (value: string | null | undefined): Locale | undefined => matchLocale(value, undefined);
