import { localeStrings } from '../locale/locale-strings.js';
import text from './done.strings.zh-CN.js';

export type { DoneText } from './done.strings.zh-CN.js';

/** The confirmation screen's words (they come with its view): zh-CN with the view, English imported when first shown. */
export const doneText = localeStrings('legal-question/done', text, { en: () => import('./done.strings.en.js') });
