import { localeStrings } from '../locale/locale-strings.js';
import text from './closure.strings.zh-CN.js';

export type { ClosureText } from './closure.strings.zh-CN.js';

/** The closure screens' words: zh-CN with their view, English imported when first shown. */
export const closureText = localeStrings('staff-desk/closure', text, { en: () => import('./closure.strings.en.js') });
