// Step 4, how to reach the resident: a name and a mobile number, and consent
// to the privacy notice shown in full. Its own chunk, with the notice's view,
// fetched with the notice: the steps before it carry neither.
import { html, nothing, type TemplateResult } from 'lit';
import { stepHeading } from '../base/focus-targets.js';
import { errorSummary, fieldError, type FieldProblem } from '../error-summary/error-summary.js';
import type { DisplayLocale } from '../locale/locale.js';
import { fill } from '../locale/string-table.js';
import { privacyNoticeStyles, privacyNoticeView } from '../privacy/privacy-notice-view.js';
import { contactText } from './contact.strings.js';
import type { LegalQuestionText } from './legal-question.strings.js';
import type { PrivacyNotice } from './legal-question-requests.js';
import { messageLine } from './question-lines.js';

/** The view's own words and look, which come with it (PlsStepsElement.loadView). */
export const strings = contactText;
export const styles = privacyNoticeStyles;

export interface ContactScreen {
  text: LegalQuestionText;
  locale: DisplayLocale;
  problems: readonly FieldProblem[];
  name: string;
  phone: string;
  consent: boolean;
  notice: PrivacyNotice;
  message: string;
  type(field: 'name' | 'phone', value: string): void;
  agree(consent: boolean): void;
  submit(): void;
}

export function contactView(screen: ContactScreen): TemplateResult {
  const { text, locale, problems } = screen;
  const own = contactText.in(locale);
  const invalid = (field: string) => (problems.some((p) => p.field === field) ? 'true' : 'false');
  const input = (field: 'name' | 'phone') => (e: Event) => screen.type(field, (e.target as HTMLInputElement).value);
  return html`<form novalidate @submit=${(event: Event) => { event.preventDefault(); screen.submit(); }}>
    ${stepHeading(text.contactTitle)}
    ${messageLine(screen.message)}
    ${errorSummary(problems, locale)}
    <div class="field"><label for="name">${text.nameLabel}</label>${fieldError(problems, 'name', locale)}
      <input id="name" class="medium" autocomplete="name" maxlength="50" .value=${screen.name} aria-invalid=${invalid('name')}
        aria-describedby=${invalid('name') === 'true' ? 'name-error' : nothing} @input=${input('name')}></div>
    <div class="field"><label for="phone">${text.phoneLabel}</label><p class="hint" id="phone-hint">${own.phoneHint}</p>${fieldError(problems, 'phone', locale)}
      <input id="phone" class="medium" type="tel" inputmode="numeric" autocomplete="tel" maxlength="14" .value=${screen.phone}
        aria-invalid=${invalid('phone')} aria-describedby=${invalid('phone') === 'true' ? 'phone-hint phone-error' : 'phone-hint'} @input=${input('phone')}></div>
    ${privacyNoticeView(screen.notice, locale)}
    <div class="field">${fieldError(problems, 'consent', locale)}<div class="choice">
      <input type="checkbox" id="consent" .checked=${screen.consent} aria-invalid=${invalid('consent')}
        @change=${(e: Event) => screen.agree((e.target as HTMLInputElement).checked)}>
      <label for="consent">${fill(own.consentLabel, { version: screen.notice.version })}</label></div></div>
    <button class="primary" part="continue-button">${text.continue}</button>
  </form>`;
}
