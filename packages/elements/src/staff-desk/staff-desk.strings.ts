import { localeStrings } from '../locale/locale-strings.js';
import text from './staff-desk.strings.zh-CN.js';

export type { StaffDeskText } from './staff-desk.strings.zh-CN.js';

/** The roster's words: zh-CN in its code, English imported when first shown. */
export const staffDeskText = localeStrings('staff-desk', text, { en: () => import('./staff-desk.strings.en.js') });
