import { localeStrings } from '../locale/locale-strings.js';
import text from './checklist.strings.zh-CN.js';

export type { ChecklistText } from './checklist.strings.zh-CN.js';

/** The checklist's words: zh-CN with the checklist's view, English imported when first shown. Legal text comes from the API. */
export const checklistText = localeStrings('notary-checklist/checklist', text, { en: () => import('./checklist.strings.en.js') });
