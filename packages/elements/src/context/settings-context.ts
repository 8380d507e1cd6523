import { createContext } from '@lit/context';
import type { Locale } from '../locale/locale.js';

/** What a <pls-provider> shares besides the client; an element's own attribute wins. */
export interface ProviderSettings {
  locale?: Locale;
  /** Default GB/T 2260 region code, e.g. "370811". */
  region?: string;
  senior: boolean;
}

// Symbol.for: two copies of the library on one page still find each other's provider
export const settingsContext = createContext<ProviderSettings | undefined>(Symbol.for('plskit:settings'));
