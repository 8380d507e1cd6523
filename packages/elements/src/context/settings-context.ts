import { createContext } from '@lit/context';
import type { Locale } from '../locale/locale.js';
import type { StringOverrides } from '../locale/wording.js';

/** What a <pls-provider> shares besides the client; an element's own attribute wins. */
export interface ProviderSettings {
  /** The shipped locale its locale falls back to (what an older copy of plskit on the page reads). */
  locale?: Locale;
  /** The locale as the provider was given it: a shipped locale, a pack's tag, or a tag matched to one. */
  localeTag?: string;
  /** Wording for every element inside it. */
  strings?: StringOverrides;
  /** Default GB/T 2260 region code, e.g. "370811". */
  region?: string;
  /** The hotline residents are told to call, e.g. "12345". */
  hotline?: string;
  senior: boolean;
}

// Symbol.for: two copies of the library on one page still find each other's provider
export const settingsContext = createContext<ProviderSettings | undefined>(Symbol.for('plskit:settings'));
