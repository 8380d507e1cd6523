// Locales are per element or provider, never page-global: a host page that sets
// its own @lit/localize locale (or <html lang>) must not change our widgets.
// The shipped locales and the tag matching are @plskit/core's, shared with the
// SDK and the API; the locales a page adds (packs) and its own wording are
// ./wording.ts's.
import { localized as localizedData, type Locale, type LocalizedText } from '@plskit/core';
import { dataLocale, resolveLocale } from './wording.js';

export { DEFAULT_LOCALE, LOCALES, type Locale, type LocalizedText } from '@plskit/core';

/**
 * The locale an element shows its words in: a shipped locale (zh-CN, en), a
 * registered pack's tag (ko, zh-Hant), or either with the element's own wording
 * (a private-use subtag, see wording.ts). Intl takes it as it is; the API's
 * data is shown in its shipped locale (`localized`).
 */
export type DisplayLocale = string;

/**
 * The locale packs a site registers, for TypeScript: with
 * `declare module '@plskit/elements' { interface PlsLocalePacks { ko: true } }`
 * `locale="ko"` type-checks.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface PlsLocalePacks {}

/** A registered pack's tag (see PlsLocalePacks). */
export type PlsLocalePack = Extract<keyof PlsLocalePacks, string>;

/** What the `locale` attribute takes: a shipped locale or a registered pack. */
export type LocaleTag = Locale | PlsLocalePack;

/** Accepts "en", "en-GB", "zh", "zh-Hans-CN", a registered pack's tag…; undefined for anything else (the provider's or the default applies). */
export const toLocale = (value: string | null | undefined): DisplayLocale | undefined => resolveLocale(value);

/** The API's text (a LocalizedText) in the shipped locale a display locale falls back to. */
export const localized = (text: LocalizedText, locale: DisplayLocale): string => localizedData(text, dataLocale(locale));

export { dataLocale };
