import { localeStrings } from '../locale/locale-strings.js';
import text from './contact.strings.zh-CN.js';

export type { ContactText } from './contact.strings.zh-CN.js';

/** The contact step's words (they come with its view): zh-CN with the view, English imported when first shown. */
export const contactText = localeStrings('legal-question/contact', text, { en: () => import('./contact.strings.en.js') });
