import { localeStrings } from '../locale/locale-strings.js';
import text from './appointment-booker.strings.zh-CN.js';

export type { AppointmentBookerText } from './appointment-booker.strings.zh-CN.js';

/** The booker's words: zh-CN in its code, English imported when first shown. Legal text comes from the API. */
export const appointmentBookerText = localeStrings('appointment-booker', text, { en: () => import('./appointment-booker.strings.en.js') });
