import type { WhoText } from './who.strings.zh-CN.js';

export default {
  nameLabel: 'Name',
  phoneHint: '11 digits, used only about this visit',
  noteLabel: 'Note (optional)',
  noteHint: 'Do not write ID numbers, health or financial details',
  consentLabel: 'I have read and agree to the notice above (version {version})',
} satisfies WhoText;
