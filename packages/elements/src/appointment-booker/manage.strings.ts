import { localeStrings } from '../locale/locale-strings.js';
import text from './manage.strings.zh-CN.js';

export type { ManageText } from './manage.strings.zh-CN.js';

/** The manage screens' words: zh-CN with the view, English imported when first shown. */
export const manageText = localeStrings('appointment-booker/manage', text, { en: () => import('./manage.strings.en.js') });
