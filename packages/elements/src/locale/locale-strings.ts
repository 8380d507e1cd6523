import { DEFAULT_LOCALE, LOCALES, type Locale } from './locale.js';
import { wordingOf, wordingVersion } from './wording.js';

type LayOver = typeof import('./lay-over.js').laidOver;
/** Laying wording over a table is code only a page with wording needs: it comes when first needed. */
let layOver: LayOver | undefined;
let layOverLoading: Promise<unknown> | undefined;
const loadLayOver = (): Promise<unknown> => (layOverLoading ??= import('./lay-over.js').then((module) => { layOver = module.laidOver; }, (error: unknown) => {
  layOverLoading = undefined;
  throw error;
}));

/** How to import each locale's table other than the default (zh-CN), which is bundled. */
type Loaders<T> = Record<Exclude<Locale, 'zh-CN'>, () => Promise<{ default: T }>>;

/**
 * A widget's strings by display locale: the default locale's table is part of
 * the widget's code, every other shipped locale's is its own module, imported
 * the first time an element shows that locale (a separate chunk in the CDN
 * build); a locale pack or a page's, provider's or element's own wording is laid
 * over the table of its fallback locale, key by key (locale/wording.ts). Its
 * `name` is how wording addresses it. Read it with `in(locale)` once `ready(locale)`.
 */
export interface LocaleStrings<T> {
  readonly name: string;
  /** The table in a display locale (the default locale's while that one is not ready). */
  in(locale: string): T;
  ready(locale: string): boolean;
  load(locale: string): Promise<unknown>;
}

export function localeStrings<T>(name: string, defaultTable: T, loaders: Loaders<T>): LocaleStrings<T> {
  const shipped: Partial<Record<Locale, T>> = { [DEFAULT_LOCALE]: defaultTable };
  const loading = new Map<Locale, Promise<unknown>>();
  /** Each display locale's table, and the wording version it was laid out at. */
  const tables = new Map<string, { table: T; version: number }>();
  const loadShipped = (locale: Locale): Promise<unknown> => {
    if (shipped[locale] !== undefined || !LOCALES.includes(locale)) return Promise.resolve();
    const pending = loading.get(locale) ?? loaders[locale as keyof Loaders<T>]().then((module) => {
      shipped[locale] = module.default;
    }, (error: unknown) => {
      loading.delete(locale); // a failed chunk load (offline) is tried again next time
      throw error;
    });
    loading.set(locale, pending);
    return pending;
  };
  const strings: LocaleStrings<T> = {
    name,
    in(locale) {
      const laidOut = tables.get(locale);
      if (laidOut?.version === wordingVersion()) return laidOut.table;
      return strings.ready(locale) ? tables.get(locale)!.table : defaultTable;
    },
    ready(locale) {
      const wording = wordingOf(locale);
      const base = shipped[wording.base];
      const own = wording.layers.map((layer) => layer[name]).filter((words) => words !== undefined);
      if (base === undefined || !wording.complete || (own.length > 0 && !layOver)) return false;
      if (tables.get(locale)?.version !== wording.version) {
        tables.set(locale, { table: own.length > 0 ? layOver!(base, own, name) : base, version: wording.version });
      }
      return true;
    },
    load(locale) {
      const wording = wordingOf(locale);
      return Promise.all([loadShipped(wording.base), wording.load(), wording.layers.some((layer) => layer[name]) ? loadLayOver() : undefined]);
    },
  };
  return strings;
}
