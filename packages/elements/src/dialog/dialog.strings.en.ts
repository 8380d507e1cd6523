import type { DialogText } from './dialog.strings.zh-CN.js';

export default {
  label: 'Public legal services',
  close: 'Close',
} satisfies DialogText;
