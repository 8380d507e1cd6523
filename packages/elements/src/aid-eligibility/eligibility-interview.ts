// The interview as pure logic: which questions have been asked on the way to
// the current one, and which is next, decided only by @plskit/core's
// pendingQuestions, so the widget never asks what cannot change the outcome.
import {
  pendingQuestions, type CriminalRole, type EligibilityInput, type Household, type LegalAidRuleset, type Proceeding,
  type QuestionId,
} from '@plskit/core';

/** The questions the widget asks after the region (the region is an attribute or its own first question). */
export type InterviewQuestion = Exclude<QuestionId, 'region'>;

/** A resident's answers, kept in memory only; an answer survives going back or changing an earlier one. */
export interface InterviewAnswers {
  region?: string;
  proceeding?: Proceeding;
  criminalRole?: CriminalRole;
  circumstances?: string[];
  matter?: string;
  /** 'not-given': the resident chose not to give figures now (the commitment can settle the means test instead). */
  household?: Household | 'not-given';
  commitment?: boolean;
}

export interface InterviewPosition {
  /** Answered questions on the path the answers lead along, in asking order. */
  asked: InterviewQuestion[];
  /** The next unanswered question, or null when nothing left can change the outcome. */
  next: InterviewQuestion | null;
  /** Questions that may still come after the asked ones (an upper bound, for the progress indicator). */
  ahead: number;
  /** The evaluator's input built from the answers on the path only. */
  input: EligibilityInput;
  /** The input as it stood before each asked question was answered (what that question's screen builds on). */
  inputBefore: EligibilityInput[];
}

/** Household limits of the contract (Household schema). */
export const HOUSEHOLD_SIZE_MAX = 50;
export const MONTHLY_INCOME_MAX = 10_000_000;

function isAnswered(answers: InterviewAnswers, question: InterviewQuestion): boolean {
  return answers[question] !== undefined;
}

function applyAnswer(input: EligibilityInput, answers: InterviewAnswers, question: InterviewQuestion): void {
  switch (question) {
    case 'proceeding': input.proceeding = answers.proceeding; break;
    case 'criminalRole': input.criminalRole = answers.criminalRole; break;
    case 'circumstances': input.circumstances = [...(answers.circumstances ?? [])]; break;
    case 'matter': input.matter = answers.matter; break;
    case 'household': if (answers.household !== 'not-given') input.household = answers.household; break;
    case 'commitment': input.commitment = answers.commitment; break;
  }
}

/** Walks the answers along the questions core still finds pending, in core's asking order. */
export function interviewPosition(ruleset: LegalAidRuleset, region: string, answers: InterviewAnswers): InterviewPosition {
  const input: EligibilityInput = { region };
  const asked: InterviewQuestion[] = [];
  const inputBefore: EligibilityInput[] = [];
  for (;;) {
    const pending = pendingQuestions(ruleset, input).filter((question): question is InterviewQuestion =>
      question !== 'region' && !asked.includes(question as InterviewQuestion));
    const next = pending[0];
    // an answer that leaves its question pending (no household figures, no commitment) ends the path
    if (next === undefined) return { asked, next: null, ahead: 0, input, inputBefore };
    if (!isAnswered(answers, next)) return { asked, next, ahead: pending.length, input, inputBefore };
    inputBefore.push({ ...input, ...(input.circumstances ? { circumstances: [...input.circumstances] } : {}) });
    asked.push(next);
    applyAnswer(input, answers, next);
  }
}

/** The question before `question` on the path (for "back"), or undefined at the first one. */
export function previousQuestion(position: InterviewPosition, question: InterviewQuestion | null): InterviewQuestion | undefined {
  const index = question === null ? -1 : position.asked.indexOf(question);
  return index === -1 ? position.asked.at(-1) : position.asked[index - 1];
}
