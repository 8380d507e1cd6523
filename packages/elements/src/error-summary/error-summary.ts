// GOV.UK's error summary, the one every widget shows above a form that did
// not pass: a heading, then a link to each field in trouble. The element moves
// focus to it after paint (moveFocus(ERROR_SUMMARY), base/focus-targets.ts), so a screen
// reader reads the heading and the problems at once; role="alert" also
// announces a summary that changes while focus stays in the form. A link
// focuses its field: in a shadow root, a fragment link cannot.
// Its look is here too: a widget's styles include it even where only a later
// screen shows a summary, so the summary is one module in one chunk.
import { css, html, nothing, type TemplateResult } from 'lit';
import { errorSummaryText } from './error-summary.strings.js';
import type { DisplayLocale } from '../locale/locale.js';

/** The summary and the message under a field, alike in every widget. */
export const errorSummaryStyles = css`
  .error-summary {
    border: 3px solid var(--_color-danger); border-radius: var(--_radius);
    padding: calc(var(--_space) * 1.5) calc(var(--_space) * 2); margin: var(--_space) 0 calc(var(--_space) * 2);
  }
  .error-summary h3 { margin: 0 0 var(--_space); }
  .error-summary ul { margin: 0; padding-inline-start: 1.2em; list-style: disc; }
  .error-summary a { color: var(--_color-danger); font-weight: 600; }
  .field-error { color: var(--_color-danger); font-weight: 600; margin: 0 0 calc(var(--_space) * 0.5); }
`;

/** A field that did not pass: the id of the control to focus, and what to do. */
export interface FieldProblem {
  field: string;
  message: string;
}

function focusField(event: Event, field: string): void {
  event.preventDefault();
  const root = (event.currentTarget as Element).getRootNode() as ParentNode;
  root.querySelector<HTMLElement>(`#${CSS.escape(field)}`)?.focus();
}

export function errorSummary(problems: readonly FieldProblem[], locale: DisplayLocale): TemplateResult | typeof nothing {
  if (!problems.length) return nothing;
  return html`<div class="error-summary" part="error-summary" tabindex="-1" role="alert" aria-labelledby="error-summary-title">
    <h3 id="error-summary-title">${errorSummaryText.in(locale).errorSummary}</h3>
    <ul>${problems.map((problem) => html`<li><a href=${`#${problem.field}`}
      @click=${(event: Event) => focusField(event, problem.field)}>${problem.message}</a></li>`)}</ul>
  </div>`;
}

/** The message under a field in trouble (its id for aria-describedby: `<field>-error`). */
export function fieldError(problems: readonly FieldProblem[], field: string, locale: DisplayLocale): TemplateResult | typeof nothing {
  const problem = problems.find((p) => p.field === field);
  return problem ? html`<p class="field-error" id=${`${field}-error`}>
    <span class="visually-hidden">${errorSummaryText.in(locale).errorPrefix}</span>${problem.message}</p>` : nothing;
}
