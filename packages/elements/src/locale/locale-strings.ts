import { DEFAULT_LOCALE, LOCALES, type Locale } from './locale.js';

/** How to import each locale's table other than the default (zh-CN), which is bundled. */
type Loaders<T> = Record<Exclude<Locale, 'zh-CN'>, () => Promise<{ default: T }>>;

/**
 * A widget's strings by locale: the default locale's table is part of the
 * widget's code, every other locale's is its own module, imported the first
 * time an element shows that locale (a separate chunk in the CDN build).
 * Index it only with a locale for which `ready()` is true.
 */
export type LocaleStrings<T> = Readonly<Record<Locale, T>> & {
  ready(locale: Locale): boolean;
  load(locale: Locale): Promise<unknown>;
};

export function localeStrings<T>(defaultTable: T, loaders: Loaders<T>): LocaleStrings<T> {
  const tables: Partial<Record<Locale, T>> = { [DEFAULT_LOCALE]: defaultTable };
  const loading = new Map<Locale, Promise<unknown>>();
  return Object.assign(tables as Record<Locale, T>, {
    ready: (locale: Locale) => tables[locale] !== undefined,
    load(locale: Locale): Promise<unknown> {
      if (tables[locale] !== undefined || !LOCALES.includes(locale)) return Promise.resolve();
      const pending = loading.get(locale) ?? loaders[locale as keyof Loaders<T>]().then((module) => {
        tables[locale] = module.default;
      }, (error: unknown) => {
        loading.delete(locale); // a failed chunk load (offline) is tried again next time
        throw error;
      });
      loading.set(locale, pending);
      return pending;
    },
  });
}
