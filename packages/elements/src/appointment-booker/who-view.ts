// Step 3, how to reach the resident: a name, a mobile number, a note, and
// consent to the privacy notice shown in full. Its own chunk, with the notice's
// view, fetched with the notice: the steps before it carry neither.
import { html, nothing, type TemplateResult } from 'lit';
import type { AsyncState } from '../async-state/async-state.js';
import { errorView, loadingView } from '../async-state/async-state-view.js';
import { stepHeading } from '../base/focus-targets.js';
import { errorSummary, fieldError, type FieldProblem } from '../error-summary/error-summary.js';
import type { DisplayLocale } from '../locale/locale.js';
import { fill } from '../locale/string-table.js';
import type { AppointmentBookerText } from './appointment-booker.strings.js';
import type { PrivacyNotice } from './appointment-requests.js';
import { messageLine } from './booker-lines.js';
import type { Contact } from './booking-steps.js';
import { privacyNoticeView } from '../privacy/privacy-notice-view.js';
import { whoStyles } from './who.styles.js';
import { whoText } from './who.strings.js';

/** The view's own words and look, which come with it (PlsStepsElement.loadView). */
export const strings = whoText;
export const styles = whoStyles;

export interface WhoScreen {
  text: AppointmentBookerText;
  locale: DisplayLocale;
  problems: readonly FieldProblem[];
  contact: Contact;
  consent: boolean;
  notice: AsyncState<PrivacyNotice>;
  message: string;
  type(field: keyof Contact, value: string): void;
  agree(consent: boolean): void;
  retry(): void;
  submit(): void;
}

export function whoView(screen: WhoScreen): TemplateResult {
  const { text, locale, problems, contact, notice } = screen;
  const own = whoText.in(locale);
  const invalid = (field: string) => (problems.some((p) => p.field === field) ? 'true' : 'false');
  const input = (field: keyof Contact) => (e: Event) => screen.type(field, (e.target as HTMLInputElement).value);
  return html`<form novalidate @submit=${(event: Event) => { event.preventDefault(); screen.submit(); }}>
    ${stepHeading(text.whoTitle)}
    ${messageLine(screen.message)}
    ${errorSummary(problems, locale)}
    <div class="field"><label for="name">${own.nameLabel}</label>${fieldError(problems, 'name', locale)}
      <input id="name" class="medium" autocomplete="name" maxlength="50" .value=${contact.name} aria-invalid=${invalid('name')}
        aria-describedby=${invalid('name') === 'true' ? 'name-error' : nothing} @input=${input('name')}></div>
    <div class="field"><label for="phone">${text.phoneLabel}</label><p class="hint" id="phone-hint">${own.phoneHint}</p>${fieldError(problems, 'phone', locale)}
      <input id="phone" class="medium" type="tel" inputmode="numeric" autocomplete="tel" maxlength="14" .value=${contact.phone}
        aria-invalid=${invalid('phone')} aria-describedby=${invalid('phone') === 'true' ? 'phone-hint phone-error' : 'phone-hint'} @input=${input('phone')}></div>
    <div class="field"><label for="note">${own.noteLabel}</label><p class="hint" id="note-hint">${own.noteHint}</p>
      <textarea id="note" maxlength="500" rows="2" aria-describedby="note-hint" .value=${contact.note} @input=${input('note')}></textarea></div>
    ${notice.status === 'ready' ? html`${privacyNoticeView(notice.value, locale)}
      <div class="field">${fieldError(problems, 'consent', locale)}<div class="choice">
        <input type="checkbox" id="consent" .checked=${screen.consent} aria-invalid=${invalid('consent')}
          @change=${(e: Event) => screen.agree((e.target as HTMLInputElement).checked)}>
        <label for="consent">${fill(own.consentLabel, { version: notice.value.version })}</label></div></div>`
      : notice.status === 'error' ? errorView(notice.problem, locale, screen.retry) : loadingView(locale, 3)}
    <button class="primary" part="continue-button">${text.continue}</button>
  </form>`;
}
