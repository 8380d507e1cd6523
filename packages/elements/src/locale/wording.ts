// Words beyond the tables plskit ships: locale packs (a language it does not
// ship, such as ko or zh-Hant, as a JSON file of the same keys), a page's own
// wording of any string (registerStrings), and a provider's or an element's own
// (`strings`). A table is resolved key by key, the last layer winning: the
// shipped table of the pack's fallback locale, the pack, the page's wording,
// the provider's, the element's. An element with wording of its own shows a
// locale of its own, the asked tag with a private-use subtag (RFC 5646 §2.2.7:
// "ko-x-pls2"), which Intl reads as the tag itself.
import { DEFAULT_LOCALE, LOCALES, matchLocale, type Locale } from '@plskit/core';

/** Some tables' words in one locale: table name → key → text (or, for a table's map, code → text). */
export type Wording = { readonly [table: string]: { readonly [key: string]: string | { readonly [code: string]: string } } };

/** Wording by locale tag, as `strings` takes it: `{ "zh-CN": { "lawyer-finder": { "title": "找律师" } } }`. */
export type StringOverrides = { readonly [locale: string]: Wording };

/** Where a pack's words come from: a URL of its JSON file, the words themselves, or a function that loads them. */
export type LocalePackSource = string | URL | Wording | (() => Promise<Wording>);

interface LocalePack {
  /** The shipped locale a missing key, and the API's data, fall back to. */
  fallback: Locale;
  source: LocalePackSource;
  wording?: Wording;
  loading?: Promise<void>;
  failed?: boolean;
}

/** What a table needs to know of a display locale (see `wordingOf`). */
export interface LocaleWording {
  /** The shipped locale whose table is the bottom layer. */
  base: Locale;
  /** The layers above it, lowest first. */
  layers: readonly Wording[];
  /** False while a pack is on its way. */
  complete: boolean;
  /** Changes whenever anything registered changes, so a merged table knows it is stale. */
  version: number;
  load(): Promise<unknown>;
}

const packs = new Map<string, LocalePack>();
const pageWording = new Map<string, Wording[]>();
/** Display locales of elements with their own wording: tag → the asked locale and those layers. */
const variants = new Map<string, { locale: string; layers: Wording[] }>();
const variantByContent = new Map<string, string>();
const listeners = new Set<() => void>();
const warned = new Set<string>();
let version = 0;

function changed(): void {
  version += 1;
  for (const listener of listeners) listener();
}

/** Changes whenever a pack or wording is registered or a pack arrives. */
export const wordingVersion = (): number => version;

/** Calls `listener` whenever a pack or wording is registered (or a failed pack may be fetched again); returns the unsubscribe. */
export function onWordingChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function warnOnce(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(`plskit: ${message}`);
}

/** "zh-hant-tw" → "zh-Hant-TW"; undefined for what is not a language tag. */
export function canonicalTag(tag: string | null | undefined): string | undefined {
  if (!tag) return undefined;
  try {
    return Intl.getCanonicalLocales(tag.trim().replace(/_/g, '-'))[0];
  } catch {
    return undefined;
  }
}

/** The tag and its shorter forms (RFC 4647 lookup): zh-Hant-TW, zh-Hant, zh. */
function lookupRanges(tag: string): string[] {
  const subtags = tag.split('-');
  const ranges = [];
  while (subtags.length) {
    ranges.push(subtags.join('-'));
    subtags.pop();
    if (subtags.at(-1)?.length === 1) subtags.pop(); // a singleton ("x", "u") never ends a range
  }
  return ranges;
}

/**
 * The display locale a tag asks for: a registered pack, else a shipped locale
 * (en-GB → en), else undefined. Traditional Chinese (zh-Hant, zh-TW, zh-HK,
 * zh-MO) is shown in simplified Chinese unless a zh-Hant pack is registered,
 * and the console says so once.
 */
export function resolveLocale(asked: string | null | undefined): string | undefined {
  const tag = canonicalTag(asked);
  if (!tag) return matchLocale(asked, undefined);
  let likely = tag;
  try {
    likely = new Intl.Locale(tag).maximize().toString();
  } catch { /* kept as asked */ }
  for (const range of [...lookupRanges(tag), ...lookupRanges(likely)]) {
    if (packs.has(range) || (LOCALES as readonly string[]).includes(range)) return range;
  }
  if (/^zh-Hant\b/.test(likely)) {
    warnOnce(`no locale pack for ${tag}: it is shown in simplified Chinese (zh-CN). Register a zh-Hant pack to show traditional characters.`);
    return DEFAULT_LOCALE;
  }
  return matchLocale(tag, undefined);
}

/**
 * Registers a language plskit does not ship, page-wide: `locale` is a BCP 47
 * tag (`ko`, `zh-Hant`), `source` the URL of a JSON file with the same table
 * names and keys as the shipped tables (the package's `locales/en.json`), or
 * the words, or a function that loads them. Nothing is fetched until an element
 * shows that locale. A key the pack lacks falls back to `fallback`: zh-CN for
 * Chinese tags, en otherwise. The API's data (legal text, names) is shown in
 * that fallback locale too.
 */
export function registerLocalePack(locale: string, source: LocalePackSource, options: { fallback?: Locale } = {}): void {
  const tag = canonicalTag(locale);
  if (!tag) throw new TypeError(`plskit: "${locale}" is not a language tag`);
  const existing = packs.get(tag);
  const where = (from: LocalePackSource) => (typeof from === 'string' || from instanceof URL ? String(from) : from);
  if (existing && where(existing.source) === where(source) && (!options.fallback || options.fallback === existing.fallback)) return;
  packs.set(tag, { fallback: options.fallback ?? (tag.startsWith('zh') ? 'zh-CN' : 'en'), source });
  changed();
}

/**
 * Words strings of any table in one locale for the whole page, key by key:
 * `registerStrings('zh-CN', { 'lawyer-finder': { title: '找律师' } })`. A later
 * registration wins over an earlier one. Returns a function that takes it back.
 */
export function registerStrings(locale: string, wording: Wording): () => void {
  const tag = canonicalTag(locale);
  if (!tag) throw new TypeError(`plskit: "${locale}" is not a language tag`);
  pageWording.set(tag, [...(pageWording.get(tag) ?? []), wording]);
  changed();
  return () => {
    pageWording.set(tag, (pageWording.get(tag) ?? []).filter((registered) => registered !== wording));
    changed();
  };
}

/** Registers the packs of a `locale-packs` attribute: "ko=/wording/ko.json zh-Hant=/wording/zh-Hant.json". */
export function registerLocalePackList(list: string | undefined): void {
  for (const entry of list?.split(/\s+/).filter(Boolean) ?? []) {
    const [locale = '', url] = entry.split(/=(.*)/s);
    if (url) registerLocalePack(locale, new URL(url, globalThis.document?.baseURI).href);
    else warnOnce(`locale-packs entry "${entry}" is not <locale>=<url>`);
  }
}

async function fetchWording(source: LocalePackSource): Promise<unknown> {
  if (typeof source === 'function') return source();
  if (typeof source !== 'string' && !(source instanceof URL)) return source;
  const response = await fetch(source);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.json();
}

function loadPack(tag: string, pack: LocalePack): Promise<void> {
  return (pack.loading ??= fetchWording(pack.source).then((wording) => {
    pack.wording = wording && typeof wording === 'object' && !Array.isArray(wording) ? wording as Wording : {};
  }, (error: unknown) => {
    // never a blank widget: its words fall back, and a browser back online tries again
    pack.failed = true;
    pack.loading = undefined;
    warnOnce(`the locale pack for ${tag} could not be loaded (${String(error)}): its words fall back to ${pack.fallback}.`);
    globalThis.addEventListener?.('online', () => {
      pack.failed = false;
      changed();
    }, { once: true });
  }).finally(changed));
}

/** The wording a table shows in a display locale. */
export function wordingOf(locale: string): LocaleWording {
  const variant = variants.get(locale);
  const asked = variant?.locale ?? locale;
  const pack = packs.get(asked);
  const layers = [...(pack?.wording ? [pack.wording] : []), ...(pageWording.get(asked) ?? []), ...(variant?.layers ?? [])];
  const base = pack?.fallback ?? ((LOCALES as readonly string[]).includes(asked) ? asked as Locale : matchLocale(asked));
  return {
    base, layers, version,
    complete: !pack || Boolean(pack.wording) || Boolean(pack.failed),
    load: () => (pack && !pack.wording && !pack.failed ? loadPack(asked, pack) : Promise.resolve()),
  };
}

/** The shipped locale of a display locale: the API's data and punctuation follow it. */
export const dataLocale = (locale: string): Locale => wordingOf(locale).base;

/** `locale` itself, or a locale of its own for an element whose provider or itself words some strings in it. */
export function localeWithWording(locale: string, overrides: readonly (StringOverrides | undefined)[]): string {
  const layers = overrides.flatMap((byLocale) => Object.entries(byLocale ?? {})
    .filter(([tag, wording]) => canonicalTag(tag) === locale && wording && typeof wording === 'object').map(([, wording]) => wording));
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
