// The interview's words come with the ruleset (legal content is data, and a
// newer ruleset brings the words for its new answers); only the region
// question, asked before any ruleset is known, is the widget's own.
import type { LegalAidRuleset } from '@plskit/core';
import { localized, type DisplayLocale } from '../locale/locale.js';
import { eligibilityQuestionsText } from './eligibility-questions.strings.js';
import type { InterviewQuestion } from './eligibility-interview.js';

export interface QuestionWording {
  /** The question, shown as the step's heading. */
  heading: string;
  /** Help under the heading. */
  hint: string;
  /** Short name of the question on the check-your-answers page. */
  short: string;
}

export function questionWording(question: InterviewQuestion | 'region', ruleset: LegalAidRuleset | undefined, locale: DisplayLocale): QuestionWording {
  if (question === 'region') {
    const s = eligibilityQuestionsText.in(locale);
    return { heading: s.regionHeading, hint: s.regionHint, short: s.regionShort };
  }
  const wording = ruleset?.interview.questions[question];
  if (!wording) return { heading: '', hint: '', short: question };
  return { heading: localized(wording.heading, locale), hint: localized(wording.hint, locale), short: localized(wording.short, locale) };
}

/** Plain words for an answer code; undefined for a code without them (the rule's own label is shown). */
export function answerWording(code: string, ruleset: LegalAidRuleset, locale: DisplayLocale): string | undefined {
  const words = ruleset.interview.answers[code];
  return words ? localized(words, locale) : undefined;
}
