// The checker's later screens, each in a chunk of its own that the start
// screen does not carry: the questions (with check-your-answers), asked for as
// soon as the resident makes for "start", and the result, fetched with them.
import { importOnce } from '../base/import-once.js';

export type EligibilityQuestionsModule = typeof import('./eligibility-questions.js');
export type EligibilityResultModule = typeof import('./eligibility-result.js');

export const loadEligibilityQuestions = importOnce(() => import('./eligibility-questions.js'));
export const loadEligibilityResult = importOnce(() => import('./eligibility-result.js'));
