import type { DoneText } from './done.strings.zh-CN.js';

export default {
  copy: 'Copy',
  bring: 'Bring with you',
  addToCalendar: 'Add to calendar',
  print: 'Print',
  manageLinkTitle: 'Link to manage this booking',
  manageLinkHint: 'Keep this link (it is shown only now): it lets you see, move or cancel the booking. Do not share it.',
  copyLink: 'Copy link',
} satisfies DoneText;
