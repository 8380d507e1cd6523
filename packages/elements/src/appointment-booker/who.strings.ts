import { localeStrings } from '../locale/locale-strings.js';
import text from './who.strings.zh-CN.js';

export type { WhoText } from './who.strings.zh-CN.js';

/** The contact step's words: zh-CN with the view, English imported when first shown. */
export const whoText = localeStrings('appointment-booker/who', text, { en: () => import('./who.strings.en.js') });
