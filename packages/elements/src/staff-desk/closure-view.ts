// Closing a day or part of it: the form, the confirmation (a modal dialog
// that says how many residents will be told), and the result as the server
// counted it. Its own chunk, fetched when staff first choose "close".
import { html, nothing, type TemplateResult } from 'lit';
import type { AsyncState } from '../async-state/async-state.js';
import { stepHeading } from '../base/focus-targets.js';
import { errorSummary, fieldError, type FieldProblem } from '../error-summary/error-summary.js';
import { formatCalendarDate } from '../locale/intl-formats.js';
import type { DisplayLocale } from '../locale/locale.js';
import { fill } from '../locale/string-table.js';
import { closureText } from './closure.strings.js';
import { closureStyles } from './closure.styles.js';
import type { Closure } from './staff-desk-requests.js';
import type { ClosureDraft } from './staff-desk-steps.js';

/** The view's own words and look, which come with it (PlsStepsElement.loadView). */
export const strings = closureText;
export const styles = closureStyles;

export interface ClosureScreen {
  locale: DisplayLocale;
  /** The center as staff know it: its name, or its id until the names came. */
  center: string;
  date: string;
  draft: ClosureDraft;
  problems: readonly FieldProblem[];
  /** Asking "close?" in the dialog, with how many would be told. */
  confirming: boolean;
  residentsToTell: number;
  closure: AsyncState<Closure>;
  /** What went wrong with the last attempt, in words. */
  message: string;
  edit(field: keyof ClosureDraft, value: string): void;
  submit(): void;
  confirm(): void;
  dismiss(): void;
  back(): void;
}

function field(screen: ClosureScreen, id: string, name: keyof ClosureDraft, label: string, hint: string, kind: 'time' | 'text'): TemplateResult {
  const invalid = screen.problems.some((problem) => problem.field === id);
  const describedBy = `${id}-hint${invalid ? ` ${id}-error` : ''}`;
  const input = (event: Event) => screen.edit(name, (event.target as HTMLInputElement).value);
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <span class="hint" id=${`${id}-hint`}>${hint}</span>
    ${fieldError(screen.problems, id, screen.locale)}
    ${kind === 'time'
      ? html`<input id=${id} type="time" .value=${screen.draft[name]} aria-invalid=${invalid ? 'true' : 'false'} aria-describedby=${describedBy} @input=${input}>`
      : html`<textarea id=${id} rows="2" .value=${screen.draft[name]} aria-invalid=${invalid ? 'true' : 'false'} aria-describedby=${describedBy} @input=${input}></textarea>`}
  </div>`;
}

function confirmDialog(screen: ClosureScreen): TemplateResult {
  const text = closureText.in(screen.locale);
  const date = formatCalendarDate(screen.date, screen.locale);
  const { from, to } = screen.draft;
  const when = from || to ? fill(text.confirmPart, { date, from: from || '00:00', to: to || '24:00' }) : fill(text.confirmWhole, { date });
  const sending = screen.closure.status === 'loading';
  // Escape closes a modal dialog: the same as "do not close"
  return html`<dialog id="confirm-closure" part="confirm-dialog" aria-labelledby="confirm-title" aria-describedby="confirm-what"
    @cancel=${(event: Event) => { event.preventDefault(); if (!sending) screen.dismiss(); }}>
    <h3 id="confirm-title">${text.confirmTitle}</h3>
    <div id="confirm-what">
      <p><strong>${screen.center} · ${when}</strong></p>
      <p part="residents-to-tell">${screen.residentsToTell ? fill(text.confirmTell, { count: screen.residentsToTell }) : text.confirmNone}</p>
      <p>${text.confirmFinal}</p>
    </div>
    ${screen.message ? html`<p class="message" role="alert">${screen.message}</p>` : nothing}
    <div class="actions">
      <button type="button" class="danger" part="confirm-button" aria-disabled=${sending ? 'true' : 'false'}
        @click=${() => { if (!sending) screen.confirm(); }}>${sending ? text.sending : text.confirm}</button>
      <button type="button" part="cancel-button" @click=${() => { if (!sending) screen.dismiss(); }}>${text.cancel}</button>
    </div>
  </dialog>`;
}

export function closureFormView(screen: ClosureScreen): TemplateResult {
  const text = closureText.in(screen.locale);
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    screen.submit();
  };
  return html`<button type="button" class="link back" part="back-button" @click=${screen.back}>${text.back}</button>
    ${stepHeading(fill(text.title, { date: `${screen.center} · ${formatCalendarDate(screen.date, screen.locale)}` }))}
    <p>${text.intro}</p>
    ${errorSummary(screen.problems, screen.locale)}
    <form part="closure-form" novalidate @submit=${submit}>
      ${field(screen, 'closed-from', 'from', text.from, text.fromHint, 'time')}
      ${field(screen, 'closed-to', 'to', text.to, text.toHint, 'time')}
      ${field(screen, 'reason-zh', 'reasonZh', text.reasonZh, text.reasonZhHint, 'text')}
      ${field(screen, 'reason-en', 'reasonEn', text.reasonEn, text.reasonEnHint, 'text')}
      <div class="actions"><button type="submit" class="danger" part="close-button">${text.submit}</button></div>
    </form>
    ${screen.confirming ? confirmDialog(screen) : nothing}`;
}

export function closedView(closure: Closure, locale: DisplayLocale, back: () => void): TemplateResult {
  const text = closureText.in(locale);
  return html`${stepHeading(text.doneTitle)}
    <p part="closure-result">${closure.cancelled ? fill(text.done, { count: closure.cancelled }) : text.doneNone}</p>
    <div class="actions"><button type="button" part="back-button" @click=${back}>${text.back}</button></div>`;
}

/** What the live region says once the server closed it. */
export const closedAnnouncement = (closure: Closure, locale: DisplayLocale): string => fill(closureText.in(locale).announceDone, { count: closure.cancelled });
