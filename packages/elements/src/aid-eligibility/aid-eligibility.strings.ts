import { localeStrings } from '../locale/locale-strings.js';
import text from './aid-eligibility.strings.zh-CN.js';

export type { AidEligibilityText } from './aid-eligibility.strings.zh-CN.js';

/** The checker's own words (the start screen): zh-CN in its code, English imported when first shown. Legal text comes from the ruleset. */
export const aidEligibilityText = localeStrings('aid-eligibility', text, { en: () => import('./aid-eligibility.strings.en.js') });
