// Step 2, the question itself: one text area, a reminder of what not to
// write, and a count of the characters left that a screen reader hears once
// the resident pauses near the limit (the element's live region), not at every
// key. Its own chunk, fetched when the first step is done.
import { QUESTION_TEXT_MAX } from '@plskit/core';
import { html, type TemplateResult } from 'lit';
import { stepHeading } from '../base/focus-targets.js';
import { errorSummary, fieldError, type FieldProblem } from '../error-summary/error-summary.js';
import type { DisplayLocale } from '../locale/locale.js';
import { fill } from '../locale/string-table.js';
import type { LegalQuestionText } from './legal-question.strings.js';
import { countLine } from './question-rules.js';
import { messageLine } from './question-lines.js';
import { questionText } from './question.strings.js';

/** The view's own words, which come with it (PlsStepsElement.loadView). */
export const strings = questionText;
/** The step's rules, which come with it too. */
export { countLine, countWorthAnnouncing, questionProblems } from './question-rules.js';

export interface QuestionScreen {
  text: LegalQuestionText;
  locale: DisplayLocale;
  problems: readonly FieldProblem[];
  question: string;
  message: string;
  type(text: string): void;
  submit(): void;
}

export function questionView(screen: QuestionScreen): TemplateResult {
  const { text, locale, problems } = screen;
  const own = questionText.in(locale);
  const count = countLine(screen.question, own);
  const invalid = problems.length > 0;
  return html`<form novalidate @submit=${(event: Event) => { event.preventDefault(); screen.submit(); }}>
    ${stepHeading(text.questionTitle)}
    ${messageLine(screen.message)}
    ${errorSummary(problems, locale)}
    <div class="field">
      <label for="question">${own.label}</label>
      <p class="hint" id="question-hint">${own.hint} ${fill(own.limitHint, { max: QUESTION_TEXT_MAX })}</p>
      ${fieldError(problems, 'question', locale)}
      <textarea id="question" part="question" rows="8" .value=${screen.question} aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby=${invalid ? 'question-hint question-error' : 'question-hint'}
        @input=${(e: Event) => screen.type((e.target as HTMLTextAreaElement).value)}></textarea>
      <!-- read out by the live region after a pause, not from here at every key -->
      <p class=${count.over ? 'count over' : 'count'} part="count" aria-hidden="true">${count.line}</p>
    </div>
    <button class="primary" part="continue-button">${text.continue}</button>
  </form>`;
}
