import { localeStrings } from '../locale/locale-strings.js';
import text from './service-finder.strings.zh-CN.js';

export type { ServiceFinderText } from './service-finder.strings.zh-CN.js';

/** The finder's words: zh-CN in its code, English imported when first shown. */
export const serviceFinderText = localeStrings('service-finder', text, { en: () => import('./service-finder.strings.en.js') });
