import { localeStrings } from '../locale/locale-strings.js';
import text from './question.strings.zh-CN.js';

export type { QuestionText } from './question.strings.zh-CN.js';

/** The question step's words (they come with its view): zh-CN with the view, English imported when first shown. */
export const questionText = localeStrings('legal-question/question', text, { en: () => import('./question.strings.en.js') });
