import { localeStrings } from '../locale/locale-strings.js';
import text from './phone-code.strings.zh-CN.js';

export type { PhoneCodeText } from './phone-code.strings.zh-CN.js';

/** The code step's words: zh-CN with the view, English imported when first shown. */
export const phoneCodeText = localeStrings('phone-code', text, { en: () => import('./phone-code.strings.en.js') });
