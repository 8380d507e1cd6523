import { localeStrings } from '../../locale/locale-strings.js';
import text from './caller-booking.strings.zh-CN.js';

export type { CallerBookingText } from './caller-booking.strings.zh-CN.js';

/** The words of booking for a caller: zh-CN with its chunk, English imported when first shown. */
export const callerBookingText = localeStrings('staff-desk/caller-booking', text, { en: () => import('./caller-booking.strings.en.js') });
