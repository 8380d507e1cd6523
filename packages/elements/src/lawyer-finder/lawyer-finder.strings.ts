import { localeStrings } from '../locale/locale-strings.js';
import text from './lawyer-finder.strings.zh-CN.js';

export type { LawyerFinderText } from './lawyer-finder.strings.zh-CN.js';

/** The finder's words: zh-CN in its code, English imported when first shown. */
export const lawyerFinderText = localeStrings('lawyer-finder', text, { en: () => import('./lawyer-finder.strings.en.js') });
