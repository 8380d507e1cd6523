import type { CheckText } from './check.strings.zh-CN.js';

export default {
  change: 'Change',
  book: 'Book',
  booking: 'Booking…',
} satisfies CheckText;
