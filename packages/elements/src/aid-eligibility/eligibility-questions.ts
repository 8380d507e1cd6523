// What the questions and check-your-answers need (the walk through the
// ruleset, with the evaluator that decides which question is next; the
// question and summary views; reading an answer): its own chunk, so a page that
// only shows the start screen never loads it. The result's chunk takes the
// evaluator from here, so the code both use travels once, in this chunk, which
// is always there before the result is.
import { evaluateEligibility as evaluate } from '@plskit/core';
import { readAnswer as read } from './eligibility-answer-form.js';
import { interviewPosition as walk, previousQuestion as previous } from './eligibility-interview.js';
import { eligibilityQuestionsStyles } from './eligibility-questions.styles.js';
import { eligibilityQuestionsText } from './eligibility-questions.strings.js';
import { questionView as question } from './eligibility-question-view.js';
import { summaryView as summary } from './eligibility-summary-view.js';

// Bound here rather than re-exported: this module then has code of its own, so
// its chunk is the dynamic import itself and the result's chunk depends on it,
// instead of a third chunk (fetched only after one of them) holding what both use.
export const evaluateEligibility = evaluate;
export const readAnswer = read;
export const interviewPosition = walk;
export const previousQuestion = previous;
export const questionView = question;
export const summaryView = summary;
/** The questions' own words and look, which come with them (PlsStepsElement.loadView). */
export const strings = eligibilityQuestionsText;
export const styles = eligibilityQuestionsStyles;
