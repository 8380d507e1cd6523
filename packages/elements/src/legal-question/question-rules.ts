// The question step's rules: core's text rule (the one the server applies)
// and the live count. They come with the question's view, so the first
// screen carries neither them nor the resident-ID check they use.
import { QUESTION_TEXT_MAX, questionLength, questionTextProblem } from '@plskit/core';
import { nearLimit } from '../base/paused-count.js';
import type { FieldProblem } from '../error-summary/error-summary.js';
import { fill } from '../locale/string-table.js';
import type { QuestionDraft } from './legal-question-steps.js';
import type { QuestionText } from './question.strings.js';

/** Core's rule, the one the server applies: written, at most 1,000 characters, no resident ID number in it. */
export function questionProblems(draft: QuestionDraft, text: QuestionText): FieldProblem[] {
  const problem = questionTextProblem(draft.text);
  if (!problem) return [];
  const message = { required: text.required, length: fill(text.tooLong, { max: QUESTION_TEXT_MAX }), 'personal-data': text.personalData }[problem];
  return [{ field: 'question', message }];
}

/** The live count under the question: characters left, or how many too many. */
export function countLine(text: string, words: QuestionText): { over: boolean; line: string } {
  const left = QUESTION_TEXT_MAX - questionLength(text);
  return left < 0 ? { over: true, line: fill(words.over, { count: -left }) } : { over: false, line: fill(words.remaining, { count: left }) };
}

/** Read out after the resident pauses, and only near the limit or over it: a screen reader is not told the count at every key. */
export const countWorthAnnouncing = (text: string): boolean => nearLimit(questionLength(text), QUESTION_TEXT_MAX);
