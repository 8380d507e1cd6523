// The confirmation: the reference, when the answer or the call comes, and the
// link to follow the question, shown once (its token in the fragment only).
// Its own module, loaded while the resident checks the question.
import { html, nothing, type TemplateResult } from 'lit';
import { stepHeading } from '../base/focus-targets.js';
import { copyText as copy } from '../clipboard/clipboard-copy.js';
import { formatCalendarDate } from '../locale/intl-formats.js';
import type { DisplayLocale } from '../locale/locale.js';
import { fill } from '../locale/string-table.js';
import { doneText } from './done.strings.js';
import type { LegalQuestionText } from './legal-question.strings.js';
import type { WorkOrder } from './legal-question-requests.js';

/** The view's own words, which come with it (PlsStepsElement.loadView). */
export const strings = doneText;

// Bound here rather than re-exported (see aid-eligibility/eligibility-result.ts): only the
// screen with the copy button carries the clipboard code, never the widget's first load.
export const copyText = copy;

export interface DoneScreen {
  text: LegalQuestionText;
  locale: DisplayLocale;
  /** The hotline the resident may call with the reference. */
  hotline: string;
  asked: WorkOrder;
  /** The link to follow it (the token in its fragment). */
  link: string;
  /** "Copied", after a copy. */
  copied: string;
  copy(value: string): void;
  startAgain(): void;
}

export function doneView({ text, locale, hotline, asked, link, copied, copy, startAgain }: DoneScreen): TemplateResult {
  const own = doneText.in(locale);
  const window = asked.callbackWindow;
  const next = window
    ? fill(own.nextCallback, { date: formatCalendarDate(window.date, locale, 'full'), part: text.parts[window.part] })
    : fill(own.nextQuestion, { date: formatCalendarDate(asked.dueBy, locale, 'full') });
  return html`<section class="done">
    ${stepHeading(text.doneTitle)}
    <p>${text.reference}</p>
    <p class="reference" part="reference">${asked.reference}</p>
    <button type="button" @click=${() => copy(asked.reference)}>${own.copy}</button>
    <p part="next">${next}</p>
    <h3>${own.linkTitle}</h3>
    <p class="hint">${fill(own.linkHint, { hotline })}</p>
    <p><a part="follow-link" href=${link}>${link}</a></p>
    <div class="actions">
      <button type="button" @click=${() => copy(link)}>${own.copyLink}</button>
      <button type="button" part="start-again-button" @click=${startAgain}>${own.startAgain}</button>
    </div>
    ${copied ? html`<p role="status">${copied}</p>` : nothing}
  </section>`;
}
