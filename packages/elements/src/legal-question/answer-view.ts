// Step 3, how to get the answer: in writing by the day today's time limit
// gives, or a call back on one of the working days offered, morning or
// afternoon. The days come from the API (the city's calendar, the operator's
// time limits), so the browser never offers a day the server refuses. Its own
// chunk, fetched with the time limits.
import { CALLBACK_PARTS, WORK_ORDER_KINDS, type CallbackPart, type WorkOrderKind } from '@plskit/core';
import { html, nothing, type TemplateResult } from 'lit';
import { stepHeading } from '../base/focus-targets.js';
import { errorSummary, fieldError, type FieldProblem } from '../error-summary/error-summary.js';
import { formatCalendarDate } from '../locale/intl-formats.js';
import type { DisplayLocale } from '../locale/locale.js';
import { fill } from '../locale/string-table.js';
import { answerText } from './answer.strings.js';
import type { LegalQuestionText } from './legal-question.strings.js';
import type { WorkOrderTimeLimits } from './legal-question-requests.js';
import { messageLine } from './question-lines.js';

/** The view's own words, which come with it (PlsStepsElement.loadView). */
export const strings = answerText;

export interface AnswerScreen {
  text: LegalQuestionText;
  locale: DisplayLocale;
  problems: readonly FieldProblem[];
  limits: WorkOrderTimeLimits;
  kind: WorkOrderKind | undefined;
  callbackDate: string | undefined;
  callbackPart: CallbackPart | undefined;
  message: string;
  choose(change: { kind?: WorkOrderKind; callbackDate?: string; callbackPart?: CallbackPart }): void;
  submit(): void;
}

/** A group of radio buttons: one fieldset, its legend, its error, a choice per value. */
function radios<V extends string>(screen: AnswerScreen, id: string, legend: string, values: readonly V[], chosen: V | undefined,
  label: (value: V) => TemplateResult | string, pick: (value: V) => void): TemplateResult {
  const invalid = screen.problems.some((p) => p.field === id) ? 'true' : 'false';
  return html`<fieldset id=${id} tabindex="-1">
    <legend>${legend}</legend>
    ${fieldError(screen.problems, id, screen.locale)}
    <div class="choices">${values.map((value) => html`<div class="choice">
      <input type="radio" name=${id} id=${`${id}-${value}`} .checked=${value === chosen} aria-invalid=${invalid} @change=${() => pick(value)}>
      <label for=${`${id}-${value}`}>${label(value)}</label></div>`)}</div>
  </fieldset>`;
}

export function answerView(screen: AnswerScreen): TemplateResult {
  const { text, locale, limits } = screen;
  const own = answerText.in(locale);
  const hints: Record<WorkOrderKind, string> = {
    question: fill(own.questionHint, { date: formatCalendarDate(limits.question.dueBy, locale), days: limits.question.workingDays }),
    callback: own.callbackHint,
  };
  return html`<form novalidate @submit=${(event: Event) => { event.preventDefault(); screen.submit(); }}>
    ${stepHeading(text.answerTitle)}
    ${messageLine(screen.message)}
    ${errorSummary(screen.problems, locale)}
    ${radios(screen, 'kind-list', own.kindLabel, WORK_ORDER_KINDS, screen.kind,
      (kind) => html`<strong>${text.kinds[kind]}</strong><span class="detail">${hints[kind]}</span>`, (kind) => screen.choose({ kind }))}
    ${screen.kind === 'callback' ? html`
      ${radios(screen, 'day-list', own.dayLabel, limits.callback.days, screen.callbackDate,
        (date) => formatCalendarDate(date, locale, 'full'), (callbackDate) => screen.choose({ callbackDate }))}
      ${radios(screen, 'part-list', own.partLabel, CALLBACK_PARTS, screen.callbackPart, (part) => text.parts[part],
        (callbackPart) => screen.choose({ callbackPart }))}` : nothing}
    <p class="hint">${own.workingDays}${limits.provisional ? ` ${own.provisional}` : ''}</p>
    <button class="primary" part="continue-button">${text.continue}</button>
  </form>`;
}
