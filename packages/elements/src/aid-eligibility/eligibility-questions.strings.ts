// The questions in plain words, per locale, keyed by question and answer code.
// They only ask; every legal statement (labels of circumstances and roles,
// reasons, citations) comes from the ruleset through @plskit/core.
import { localeStrings } from '../locale/locale-strings.js';
import strings from './eligibility-questions.strings.zh-CN.js';
import type { InterviewQuestion } from './eligibility-interview.js';

export interface QuestionWording {
  /** The question, shown as the step's heading. */
  heading: string;
  /** Help under the heading. */
  hint: string;
  /** Short name of the question on the check-your-answers page. */
  short: string;
}

export type QuestionWordings = Record<InterviewQuestion | 'region', QuestionWording>;

export interface InterviewText {
  questionWordings: QuestionWordings;
  /** Plain words for answer codes; an unknown code (a newer ruleset) falls back to the ruleset's own label. */
  answerWordings: Record<string, string>;
}

export const interviewText = localeStrings<InterviewText>(strings, { en: () => import('./eligibility-questions.strings.en.js') });
