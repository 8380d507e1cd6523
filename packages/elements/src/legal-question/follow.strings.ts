import { localeStrings } from '../locale/locale-strings.js';
import text from './follow.strings.zh-CN.js';

export type { FollowText } from './follow.strings.zh-CN.js';

/** The follow screen's words (they come with its view): zh-CN with the view, English imported when first shown. */
export const followText = localeStrings('legal-question/follow', text, { en: () => import('./follow.strings.en.js') });
