import { localeStrings } from '../locale/locale-strings.js';
import text from './dialog.strings.zh-CN.js';

export type { DialogText } from './dialog.strings.zh-CN.js';

/** The dialog's words: zh-CN in its code, English imported when first shown. */
export const dialogText = localeStrings('dialog', text, { en: () => import('./dialog.strings.en.js') });
