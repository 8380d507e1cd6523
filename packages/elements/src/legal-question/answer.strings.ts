import { localeStrings } from '../locale/locale-strings.js';
import text from './answer.strings.zh-CN.js';

export type { AnswerText } from './answer.strings.zh-CN.js';

/** The answer step's words (they come with its view): zh-CN with the view, English imported when first shown. */
export const answerText = localeStrings('legal-question/answer', text, { en: () => import('./answer.strings.en.js') });
