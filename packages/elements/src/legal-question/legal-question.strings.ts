import { localeStrings } from '../locale/locale-strings.js';
import text from './legal-question.strings.zh-CN.js';

export type { LegalQuestionText } from './legal-question.strings.zh-CN.js';

/** The question widget's words: zh-CN in its code, English imported when first shown. Legal text comes from the API. */
export const legalQuestionText = localeStrings('legal-question', text, { en: () => import('./legal-question.strings.en.js') });
