import { localeStrings } from '../locale/locale-strings.js';
import text from './async-state.strings.zh-CN.js';

export type { AsyncStateText } from './async-state.strings.zh-CN.js';

/** The words every element shares: failures, loading. */
export const asyncStateText = localeStrings('async-state', text, { en: () => import('./async-state.strings.en.js') });
