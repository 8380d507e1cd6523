import { localeStrings } from '../locale/locale-strings.js';
import text from './check.strings.zh-CN.js';

export type { CheckText } from './check.strings.zh-CN.js';

/** The check step's words: zh-CN with the view, English imported when first shown. */
export const checkText = localeStrings('appointment-booker/check', text, { en: () => import('./check.strings.en.js') });
