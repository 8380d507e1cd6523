// Managing a booking from its link: see it, move it, cancel it (after a
// confirmation). Its own chunk, fetched with the booking it shows.
import { html, nothing, type TemplateResult } from 'lit';
import { stepHeading } from '../base/focus-targets.js';
import type { DisplayLocale } from '../locale/locale.js';
import type { AppointmentBookerText } from './appointment-booker.strings.js';
import type { Appointment } from './appointment-requests.js';
import { messageLine, visitWhen } from './booker-lines.js';
import { manageStyles } from './manage.styles.js';
import { manageText } from './manage.strings.js';

/** The view's own words and look, which come with it (PlsStepsElement.loadView). */
export const strings = manageText;
export const styles = manageStyles;

export interface ManageScreen {
  text: AppointmentBookerText;
  locale: DisplayLocale;
  appointment: Appointment;
  /** Asking "cancel this booking?". */
  confirmingCancel: boolean;
  centerLines: TemplateResult | typeof nothing;
  message: string;
  sending: boolean;
  reschedule(): void;
  askCancel(): void;
  cancel(): void;
  keep(): void;
}

export function manageView(screen: ManageScreen): TemplateResult {
  const { text, locale, appointment } = screen;
  const own = manageText.in(locale);
  const when = visitWhen(appointment.slot, locale);
  if (screen.confirmingCancel) {
    return html`${stepHeading(own.confirmCancelTitle)}
      <p>${text.services[appointment.service]} · ${when}</p>
      ${messageLine(screen.message)}
      <div class="actions">
        <button type="button" class="danger" part="confirm-button" ?disabled=${screen.sending} @click=${screen.cancel}>${own.confirmCancel}</button>
        <button type="button" @click=${screen.keep}>${own.keep}</button>
      </div>`;
  }
  const cancelled = appointment.status === 'cancelled';
  return html`${stepHeading(cancelled ? text.cancelled : text.manageTitle)}
    ${messageLine(screen.message)}
    <dl class="summary">
      <div class="row"><dt>${text.reference}</dt><dd part="reference">${appointment.reference}</dd></div>
      <div class="row"><dt>${own.status}</dt><dd>${cancelled ? text.cancelled : own.booked}</dd></div>
      <div class="row"><dt>${text.service}</dt><dd>${text.services[appointment.service]}</dd></div>
      <div class="row"><dt>${text.time}</dt><dd>${when}</dd></div>
      <div class="row"><dt>${text.name}</dt><dd>${appointment.contact.name} · ${appointment.contact.phone}</dd></div>
    </dl>
    ${screen.centerLines}
    ${cancelled ? nothing : html`<div class="actions">
      <button type="button" part="reschedule-button" @click=${screen.reschedule}>${own.reschedule}</button>
      <button type="button" class="danger" part="cancel-button" @click=${screen.askCancel}>${own.cancel}</button>
    </div>`}`;
}
