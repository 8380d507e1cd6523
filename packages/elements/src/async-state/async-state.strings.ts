import { localeStrings } from '../locale/locale-strings.js';
import strings from './async-state.strings.zh-CN.js';

export type AsyncStateKey = 'loading' | 'offline' | 'failed' | 'rateLimited' | 'notConfigured' | 'retry';
export type AsyncStateText = Record<AsyncStateKey, string>;

/** The failure and loading texts every element shares. */
export const asyncStateStrings = localeStrings<AsyncStateText>(strings, { en: () => import('./async-state.strings.en.js') });
