import { localeStrings } from '../locale/locale-strings.js';
import text from './when.strings.zh-CN.js';

export type { WhenText } from './when.strings.zh-CN.js';

/** The day-and-time step's words: zh-CN with the view, English imported when first shown. */
export const whenText = localeStrings('appointment-booker/when', text, { en: () => import('./when.strings.en.js') });
