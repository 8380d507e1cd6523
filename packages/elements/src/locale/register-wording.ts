// Registering locale packs and a page's wording (the package's API, and the
// `locale-packs` attribute's code), and fetching a pack when an element first
// shows its locale. Into the registry every page carries (wording.ts).
import type { Locale } from '@plskit/core';
import { canonicalTag, changed, packs, pageWording, warnOnce, type LocalePack, type Wording } from './wording.js';

/** Where a pack's words come from: a URL of its JSON file, the words themselves, or a function that loads them. */
export type LocalePackSource = string | URL | Wording | (() => Promise<Wording>);

/** Which source each pack was registered with, so registering the same again changes nothing. */
const sources = new WeakMap<LocalePack, LocalePackSource>();

function tagOf(locale: string): string {
  const tag = canonicalTag(locale);
  if (!tag) throw new TypeError(`plskit: "${locale}" is not a language tag`);
  return tag;
}

async function fetchWording(source: LocalePackSource): Promise<unknown> {
  if (typeof source === 'function') return source();
  if (typeof source !== 'string' && !(source instanceof URL)) return source;
  const response = await fetch(source);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.json();
}

/**
 * Registers a language plskit does not ship, page-wide: `locale` is a BCP 47
 * tag (`ko`, `zh-Hant`), `source` the URL of a JSON file with the same table
 * names and keys as the shipped tables (the package's `locales/en.json`), or
 * the words, or a function that loads them. Nothing is fetched until an element
 * shows that locale. A key the pack lacks falls back to `fallback`: zh-CN for
 * Chinese tags, en otherwise; the API's data (legal text, names) is shown in
 * that fallback locale too. A pack that cannot be fetched leaves its keys to the
 * fallback, and is fetched again when the browser is back online.
 */
export function registerLocalePack(locale: string, source: LocalePackSource, options: { fallback?: Locale } = {}): void {
  const tag = tagOf(locale);
  const where = (from: LocalePackSource | undefined) => (typeof from === 'string' || from instanceof URL ? String(from) : from);
  const existing = packs.get(tag);
  if (existing && where(sources.get(existing)) === where(source) && (!options.fallback || options.fallback === existing.fallback)) return;
  let loading: Promise<void> | undefined;
  const pack: LocalePack = {
    fallback: options.fallback ?? (tag.startsWith('zh') ? 'zh-CN' : 'en'),
    load: () => (loading ??= fetchWording(source).then((wording) => {
      pack.wording = wording && typeof wording === 'object' && !Array.isArray(wording) ? wording as Wording : {};
    }, (error: unknown) => {
      // never a blank widget: its keys fall back, and a browser back online tries again
      pack.wording = {};
      warnOnce(`the locale pack for ${tag} could not be loaded (${String(error)}): its words fall back to ${pack.fallback}.`);
      globalThis.addEventListener?.('online', () => {
        loading = pack.wording = undefined;
        changed();
      }, { once: true });
    }).finally(changed)),
  };
  sources.set(pack, source);
  packs.set(tag, pack);
  changed();
}

/**
 * Words strings of any table in one locale for the whole page, key by key:
 * `registerStrings('zh-CN', { 'lawyer-finder': { title: '找律师' } })`. A later
 * registration wins over an earlier one. Returns a function that takes it back.
 */
export function registerStrings(locale: string, wording: Wording): () => void {
  const tag = tagOf(locale);
  pageWording.set(tag, [...(pageWording.get(tag) ?? []), wording]);
  changed();
  return () => {
    pageWording.set(tag, (pageWording.get(tag) ?? []).filter((registered) => registered !== wording));
    changed();
  };
}

/** Registers the packs of a `locale-packs` attribute: "ko=/wording/ko.json zh-Hant=/wording/zh-Hant.json". */
export function registerLocalePackList(list: string): void {
  for (const entry of list.split(/\s+/).filter(Boolean)) {
    const [locale = '', url] = entry.split(/=(.*)/s);
    if (url) registerLocalePack(locale, new URL(url, globalThis.document?.baseURI).href);
    else warnOnce(`locale-packs entry "${entry}" is not <locale>=<url>`);
  }
}
