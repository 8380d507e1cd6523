import { localeStrings } from '../locale/locale-strings.js';
import text from './error-summary.strings.zh-CN.js';

export type { ErrorSummaryText } from './error-summary.strings.zh-CN.js';

/** The error summary's words: zh-CN in its code, English imported when first shown (PlsStepsElement waits for them). */
export const errorSummaryText = localeStrings('error-summary', text, { en: () => import('./error-summary.strings.en.js') });
