import type { Locale } from './locale.js';

/**
 * One element's strings: the same keys in every locale, checked by the type.
 * Values are plain strings or functions of Intl helpers for counts and numbers.
 */
export type StringTable<Keys extends string> = Record<Locale, Record<Keys, string>>;

/** Replaces `{name}` placeholders; values are already formatted by Intl. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}
