import type { AnswerText } from './answer.strings.zh-CN.js';

export default {
  kindLabel: 'How to answer',
  questionHint: 'Answered in writing by {date} (within {days} working days); a text message tells you when, and you read it with your link.',
  callbackHint: 'Staff phone you at the time you choose.',
  dayLabel: 'Which day',
  partLabel: 'Morning or afternoon',
  workingDays: 'Counted in working days (holidays are skipped), as a guide.',
  provisional: 'Some of these days fall in a year whose holidays are not yet published: they may change.',
  chooseKind: 'Choose how to get your answer',
  chooseDay: 'Choose a day for the call',
  choosePart: 'Choose morning or afternoon',
} satisfies AnswerText;
