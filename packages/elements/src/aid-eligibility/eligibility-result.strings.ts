import { localeStrings } from '../locale/locale-strings.js';
import text from './eligibility-result.strings.zh-CN.js';

export type { EligibilityResultText } from './eligibility-result.strings.zh-CN.js';

/** The result's words: zh-CN with the result's code, English imported when first shown. Legal text comes from the ruleset. */
export const eligibilityResultText = localeStrings('aid-eligibility/result', text, { en: () => import('./eligibility-result.strings.en.js') });
