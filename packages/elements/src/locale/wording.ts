// Words beyond the tables plskit ships: locale packs (a language it does not
// ship, such as ko or zh-Hant, as a JSON file of the same keys), a page's own
// wording of any string, and a provider's or an element's own (`strings`). A
// table is laid out key by key, the last layer winning: the shipped table of
// the pack's fallback locale, the pack, the page's wording, the provider's, the
// element's. An element with wording of its own shows a locale of its own, the
// asked tag with a private-use subtag (RFC 5646 §2.2.7: "ko-x-pls2"), which
// Intl reads as the tag itself. This file is what every page carries: what is
// registered, and how a locale reads it; registering and fetching packs is
// register-wording.ts, laying words over a table lay-over.ts, both loaded when used.
import { DEFAULT_LOCALE, LOCALES, matchLocale, type Locale } from '@plskit/core';

/** Some tables' words in one locale: table name → key → text (or, for a table's map, code → text). */
export type Wording = { readonly [table: string]: { readonly [key: string]: string | { readonly [code: string]: string } } };

/** Wording by locale tag, as `strings` takes it: `{ "zh-CN": { "lawyer-finder": { "title": "找律师" } } }`. */
export type StringOverrides = { readonly [locale: string]: Wording };

export interface LocalePack {
  /** The shipped locale a missing key, and the API's data, fall back to. */
  fallback: Locale;
  /** Its words once fetched ({} if they could not be). */
  wording?: Wording;
  load(): Promise<void>;
}

/** What a table needs to know of a display locale (see `wordingOf`). */
export interface LocaleWording {
  /** The shipped locale whose table is the bottom layer. */
  base: Locale;
  /** The layers above it, lowest first. */
  layers: readonly Wording[];
  /** False while a pack is on its way. */
  complete: boolean;
  /** Changes whenever anything registered changes, so a table laid out before knows it is stale. */
  version: number;
  load(): Promise<unknown>;
}

/** Packs and the page's wording, by canonical tag (register-wording.ts fills them). */
export const packs = new Map<string, LocalePack>();
export const pageWording = new Map<string, Wording[]>();
/** Display locales of elements with their own wording: tag → the asked locale and those layers. */
const variants = new Map<string, { locale: string; layers: Wording[] }>();
const variantByContent = new Map<string, string>();
const listeners = new Set<() => void>();
const warned = new Set<string>();
let version = 0;
/** A registration on its way (the `locale-packs` attribute's code): elements hold their first render for it. */
export let registering: Promise<unknown> | undefined;

/** Tells every element that what is registered changed. */
export function changed(): void {
  version += 1;
  for (const listener of listeners) listener();
}

export const wordingVersion = (): number => version;

/** Calls `listener` whenever a pack or wording is registered or a pack arrives; returns the unsubscribe. */
export function onWordingChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function whileRegistering(work: Promise<unknown>): void {
  const all: Promise<unknown> = Promise.all([registering, work]).finally(() => {
    if (registering === all) registering = undefined;
  });
  registering = all;
}

export function warnOnce(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(`plskit: ${message}`);
}

/** "zh-hant-tw" → "zh-Hant-TW"; undefined for what is not a language tag. */
export function canonicalTag(tag: string | null | undefined): string | undefined {
  try {
    return tag ? Intl.getCanonicalLocales(tag.trim().replace(/_/g, '-'))[0] : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The display locale a tag asks for: a registered pack (RFC 4647 lookup:
 * zh-Hant-TW finds zh-Hant), else a shipped locale (en-GB → en), else
 * undefined. Traditional Chinese (zh-Hant, zh-TW, zh-HK, zh-MO) finds a
 * zh-Hant pack, or is shown in simplified Chinese and the console says so once.
 */
export function resolveLocale(asked: string | null | undefined): string | undefined {
  const tag = canonicalTag(asked) ?? '';
  const traditional = /^zh-(Hant|TW|HK|MO)\b/.test(tag);
  const ranges = traditional ? [tag, 'zh-Hant'] : [tag];
  for (const range of ranges) {
    for (const subtags = range.split('-'); subtags.length > 0; subtags.pop()) {
      const prefix = subtags.join('-');
      if (packs.has(prefix) || (LOCALES as readonly string[]).includes(prefix)) return prefix;
    }
  }
  if (traditional) warnOnce(`no locale pack for ${tag}: shown in simplified Chinese (zh-CN). Register a zh-Hant pack for traditional characters.`);
  return traditional ? DEFAULT_LOCALE : matchLocale(asked, undefined);
}

/** The wording a table shows in a display locale. */
export function wordingOf(locale: string): LocaleWording {
  const variant = variants.get(locale);
  const asked = variant?.locale ?? locale;
  const pack = packs.get(asked);
  return {
    base: pack?.fallback ?? ((LOCALES as readonly string[]).includes(asked) ? asked as Locale : matchLocale(asked)),
    layers: [...(pack?.wording ? [pack.wording] : []), ...(pageWording.get(asked) ?? []), ...(variant?.layers ?? [])],
    version,
    complete: !pack || pack.wording !== undefined,
    load: () => (pack && !pack.wording ? pack.load() : Promise.resolve()),
  };
}

/** The shipped locale of a display locale: the API's data and punctuation follow it. */
export const dataLocale = (locale: string): Locale => wordingOf(locale).base;

/**
 * `locale` itself, or a locale of its own for an element whose provider or
 * itself words some strings in it (`strings` keyed by the locale as it resolved: "zh-CN", "en", "ko").
 */
export function localeWithWording(locale: string, overrides: readonly (StringOverrides | undefined)[]): string {
  const layers = overrides.map((byLocale) => byLocale?.[locale]).filter((wording): wording is Wording => typeof wording === 'object');
  if (layers.length === 0) return locale;
  // by content: a framework that passes a new but equal object on every render keeps one locale
  const content = `${locale}\n${JSON.stringify(layers)}`;
  let variant = variantByContent.get(content);
  if (!variant) {
    variant = `${locale}${locale.includes('-x-') ? '' : '-x'}-pls${variants.size + 1}`;
    variants.set(variant, { locale, layers });
    variantByContent.set(content, variant);
  }
  return variant;
}

/** The language tag of a display locale, without an element's private-use subtag (for `lang`). */
export const languageTag = (locale: string): string => variants.get(locale)?.locale ?? locale;
