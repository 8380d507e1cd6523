import type { ManageText } from './manage.strings.zh-CN.js';

export default {
  status: 'Status',
  booked: 'Booked',
  reschedule: 'Move',
  cancel: 'Cancel booking',
  confirmCancelTitle: 'Cancel this booking?',
  confirmCancel: 'Yes, cancel it',
  keep: 'No, keep it',
} satisfies ManageText;
