// A table with a page's, a provider's or an element's own wording on top:
// code only a page with wording loads (locale-strings.ts imports it when needed).
import { warnOnce, type Wording } from './wording.js';

/** The table with each layer's words for it on top, key by key; a key or code the table does not have is ignored, and said once. */
export function laidOver<T>(table: T, layers: readonly Wording[string][], name: string): T {
  const result: Record<string, unknown> = { ...(table as Record<string, unknown>) };
  const shipped = table as Record<string, unknown>;
  for (const words of layers) {
    if (!words || typeof words !== 'object') continue;
    for (const [key, text] of Object.entries(words)) {
      const original = shipped[key];
      if (typeof original === 'string' && typeof text === 'string') result[key] = text;
      else if (original && typeof original === 'object' && text && typeof text === 'object') {
        const codes = { ...(result[key] as Record<string, string>) };
        for (const [code, value] of Object.entries(text)) {
          if (typeof value === 'string' && code in original) codes[code] = value;
          else warnOnce(`the strings "${name}" have no "${key}.${code}"`);
        }
        result[key] = codes;
      } else warnOnce(`the strings "${name}" have no "${key}"`);
    }
  }
  return result as T;
}
