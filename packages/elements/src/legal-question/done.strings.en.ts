import type { DoneText } from './done.strings.zh-CN.js';

export default {
  copy: 'Copy',
  copied: 'Copied',
  nextQuestion: 'We will answer by {date}. A text message tells you when there is an answer.',
  nextCallback: 'Staff will phone you on {date} ({part}).',
  linkTitle: 'Link to follow your question',
  linkHint: 'Keep this link (it is shown only now): it shows how your question stands and the answer. Do not share it. You can also call {hotline} with your reference.',
  copyLink: 'Copy link',
  startAgain: 'Ask another question',
} satisfies DoneText;
