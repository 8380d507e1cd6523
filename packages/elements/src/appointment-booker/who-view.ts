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

/** The contact fields' words: the resident's own (the booker), or a caller's as a hotline operator types them (the staff desk). */
export interface ContactLabels {
  name: string;
  phone: string;
  phoneHint: string;
  note: string;
  noteHint: string;
  /** The person types their own details, so the browser may fill them in; never for someone else's. */
  own: boolean;
}

/** A name, a mobile number and a note, each with its problem: the booker's, and the staff desk's for a caller. */
export function contactFields(screen: Pick<WhoScreen, 'locale' | 'problems' | 'contact' | 'type'>, labels: ContactLabels): TemplateResult {
  const { locale, problems, contact } = screen;
  const invalid = (field: string) => (problems.some((p) => p.field === field) ? 'true' : 'false');
  const input = (field: keyof Contact) => (e: Event) => screen.type(field, (e.target as HTMLInputElement).value);
  return html`<div class="field"><label for="name">${labels.name}</label>${fieldError(problems, 'name', locale)}
      <input id="name" class="medium" autocomplete=${labels.own ? 'name' : 'off'} maxlength="50" .value=${contact.name} aria-invalid=${invalid('name')}
        aria-describedby=${invalid('name') === 'true' ? 'name-error' : nothing} @input=${input('name')}></div>
    <div class="field"><label for="phone">${labels.phone}</label><p class="hint" id="phone-hint">${labels.phoneHint}</p>${fieldError(problems, 'phone', locale)}
      <input id="phone" class="medium" type="tel" inputmode="numeric" autocomplete=${labels.own ? 'tel' : 'off'} maxlength="14" .value=${contact.phone}
        aria-invalid=${invalid('phone')} aria-describedby=${invalid('phone') === 'true' ? 'phone-hint phone-error' : 'phone-hint'} @input=${input('phone')}></div>
    <div class="field"><label for="note">${labels.note}</label><p class="hint" id="note-hint">${labels.noteHint}</p>
      <textarea id="note" maxlength="500" rows="2" aria-describedby="note-hint" .value=${contact.note} @input=${input('note')}></textarea></div>`;
}

export function whoView(screen: WhoScreen): TemplateResult {
  const { text, locale, problems, notice } = screen;
  const own = whoText.in(locale);
  const invalid = (field: string) => (problems.some((p) => p.field === field) ? 'true' : 'false');
  return html`<form novalidate @submit=${(event: Event) => { event.preventDefault(); screen.submit(); }}>
    ${stepHeading(text.whoTitle)}
    ${messageLine(screen.message)}
    ${errorSummary(problems, locale)}
    ${contactFields(screen, { name: own.nameLabel, phone: text.phoneLabel, phoneHint: own.phoneHint, note: own.noteLabel, noteHint: own.noteHint, own: true })}
    ${notice.status === 'ready' ? html`${privacyNoticeView(notice.value, locale)}
      <div class="field">${fieldError(problems, 'consent', locale)}<div class="choice">
        <input type="checkbox" id="consent" .checked=${screen.consent} aria-invalid=${invalid('consent')}
          @change=${(e: Event) => screen.agree((e.target as HTMLInputElement).checked)}>
        <label for="consent">${fill(own.consentLabel, { version: notice.value.version })}</label></div></div>`
      : notice.status === 'error' ? errorView(notice.problem, locale, screen.retry) : loadingView(locale, 3)}
    <button class="primary" part="continue-button">${text.continue}</button>
  </form>`;
}
