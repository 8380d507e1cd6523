import { localeStrings } from '../../locale/locale-strings.js';
import text from './work-orders.strings.zh-CN.js';

export type { WorkOrdersText } from './work-orders.strings.zh-CN.js';

/** The work-order screens' words: zh-CN with their code, English imported when first shown. */
export const workOrdersText = localeStrings('staff-desk/work-orders', text, { en: () => import('./work-orders.strings.en.js') });
