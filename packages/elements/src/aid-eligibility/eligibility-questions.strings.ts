import { localeStrings } from '../locale/locale-strings.js';
import text from './eligibility-questions.strings.zh-CN.js';

export type { EligibilityQuestionsText } from './eligibility-questions.strings.zh-CN.js';

/** The questions' words: zh-CN with the questions' code, English imported when first shown. The questions themselves come with the ruleset. */
export const eligibilityQuestionsText = localeStrings('aid-eligibility/questions', text, { en: () => import('./eligibility-questions.strings.en.js') });
