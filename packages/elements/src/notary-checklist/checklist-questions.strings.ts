import { localeStrings } from '../locale/locale-strings.js';
import text from './checklist-questions.strings.zh-CN.js';

export type { ChecklistQuestionsText } from './checklist-questions.strings.zh-CN.js';

/** The questions' words: zh-CN with the questions' view, English imported when first shown. */
export const checklistQuestionsText = localeStrings('notary-checklist/questions', text, { en: () => import('./checklist-questions.strings.en.js') });
