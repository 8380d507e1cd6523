import { localeStrings } from '../locale/locale-strings.js';
import text from './notary-checklist.strings.zh-CN.js';

export type { NotaryChecklistText } from './notary-checklist.strings.zh-CN.js';

/** The first screen's words (find a matter): zh-CN in its code, English imported when first shown. Legal text comes from the API. */
export const notaryChecklistText = localeStrings('notary-checklist', text, { en: () => import('./notary-checklist.strings.en.js') });
