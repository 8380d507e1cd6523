// The screens of booking for a caller that are not the booker's: the caller's
// name and number with the privacy notice the operator reads out (its version
// and what it says, the whole text a press away), and the confirmation with
// the reference to read back and the contact as the server masked it.
import type { PrivacyNotice } from '@plskit/sdk';
import { html, type TemplateResult } from 'lit';
import type { Contact } from '../../appointment-booker/booking-steps.js';
import { messageLine } from '../../appointment-booker/booker-lines.js';
import { contactFields } from '../../appointment-booker/who-view.js';
import type { AsyncState } from '../../async-state/async-state.js';
import { errorView, loadingView } from '../../async-state/async-state-view.js';
import { stepHeading } from '../../base/focus-targets.js';
import { errorSummary, fieldError, type FieldProblem } from '../../error-summary/error-summary.js';
import { formatCalendarDate } from '../../locale/intl-formats.js';
import { localized, type DisplayLocale } from '../../locale/locale.js';
import { fill } from '../../locale/string-table.js';
import { privacyNoticeView } from '../../privacy/privacy-notice-view.js';
import type { RosterEntry } from '../staff-desk-requests.js';
import { callerBookingText } from './caller-booking.strings.js';

export interface CallerScreen {
  locale: DisplayLocale;
  problems: readonly FieldProblem[];
  contact: Contact;
  /** The operator confirmed reading the notice to the caller, who agreed. */
  noticeRead: boolean;
  notice: AsyncState<PrivacyNotice>;
  message: string;
  type(field: keyof Contact, value: string): void;
  confirmRead(read: boolean): void;
  retry(): void;
  submit(): void;
  continueLabel: string;
}

/** What the operator reads out: the notice's own points (the API's text), its version and date. */
function readAloud(notice: PrivacyNotice, locale: DisplayLocale): TemplateResult {
  const own = callerBookingText.in(locale);
  const text = (value: Parameters<typeof localized>[0]) => localized(value, locale);
  return html`<section class="read-aloud" part="notice-summary" aria-labelledby="read-aloud-title">
    <h3 id="read-aloud-title">${own.readAloud}: ${text(notice.title)}</h3>
    <p part="notice-version">${fill(own.noticeVersion, { version: notice.version, date: formatCalendarDate(notice.effectiveFrom, locale) })}</p>
    <ul>
      <li>${text(notice.purpose.text)}</li>
      ${notice.categories.map((category) => html`<li><strong>${text(category.name)}</strong>${own.separator}${text(category.why)}</li>`)}
      ${notice.recipients.map((recipient) => html`<li>${text(recipient.text)}</li>`)}
      <li>${text(notice.retention.text)}</li>
      <li>${text(notice.howToExercise.text)}</li>
    </ul>
    <details><summary>${own.noticeFull}</summary>${privacyNoticeView(notice, locale)}</details>
  </section>`;
}

export function callerView(screen: CallerScreen): TemplateResult {
  const { locale, problems, notice } = screen;
  const own = callerBookingText.in(locale);
  const invalid = (field: string) => (problems.some((p) => p.field === field) ? 'true' : 'false');
  return html`<form novalidate @submit=${(event: Event) => { event.preventDefault(); screen.submit(); }}>
    ${stepHeading(own.whoTitle)}
    ${messageLine(screen.message)}
    ${errorSummary(problems, locale)}
    ${contactFields(screen, { name: own.nameLabel, phone: own.phoneLabel, phoneHint: own.phoneHint, note: own.noteLabel, noteHint: own.noteHint, own: false })}
    ${notice.status === 'ready' ? html`${readAloud(notice.value, locale)}
      <div class="field">${fieldError(problems, 'consent', locale)}<div class="choice">
        <input type="checkbox" id="consent" part="notice-read" .checked=${screen.noticeRead} aria-invalid=${invalid('consent')}
          @change=${(e: Event) => screen.confirmRead((e.target as HTMLInputElement).checked)}>
        <label for="consent">${fill(own.consentLabel, { version: notice.value.version })}</label></div></div>`
      : notice.status === 'error' ? errorView(notice.problem, locale, screen.retry) : loadingView(locale, 3)}
    <button class="primary" part="continue-button">${screen.continueLabel}</button>
  </form>`;
}

export interface BookedScreen {
  locale: DisplayLocale;
  booked: RosterEntry;
  /** The visit's center and time, as the check step said them. */
  where: string;
  backToRoster(): void;
  bookAnother(): void;
}

/** Done: the reference to read back, the caller told by text message (the contact as the reply masks it). */
export function bookedView({ locale, booked, where, backToRoster, bookAnother }: BookedScreen): TemplateResult {
  const own = callerBookingText.in(locale);
  return html`${stepHeading(own.doneTitle)}
    <p>${own.reference}</p>
    <p class="reference" part="reference">${booked.reference}</p>
    <p part="visit-booked">${where}</p>
    <p part="caller-told">${fill(own.readReference, { phone: booked.contact.phone, name: booked.contact.name })}</p>
    <div class="actions">
      <button type="button" class="primary" part="back-to-roster-button" @click=${backToRoster}>${own.backToRoster}</button>
      <button type="button" part="book-another-button" @click=${bookAnother}>${own.bookAnother}</button>
    </div>`;
}
