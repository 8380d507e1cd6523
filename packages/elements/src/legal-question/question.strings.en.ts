import type { QuestionText } from './question.strings.zh-CN.js';

export default {
  label: 'Your question',
  hint: 'Say what happened and what you want to know. Do not write ID numbers, or other people’s names, phone numbers or details.',
  limitHint: 'Up to {max} characters.',
  remaining: 'Characters left: {count}',
  over: 'Too many characters: {count}',
  required: 'Write your question',
  tooLong: 'Your question must be {max} characters or fewer: shorten it',
  personalData: 'Your question has an ID number in it: remove it to continue',
} satisfies QuestionText;
