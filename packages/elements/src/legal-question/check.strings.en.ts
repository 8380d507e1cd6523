import type { CheckText } from './check.strings.zh-CN.js';

export default {
  change: 'Change',
  answer: 'Answer',
  callback: 'A call back: {date}, {part}',
  send: 'Send my question',
  sending: 'Sending…',
} satisfies CheckText;
