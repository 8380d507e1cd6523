// Step 4, check your booking: every choice with its own "change", then "book".
// Its own chunk, fetched with the contact step (nothing to fetch for it, and
// so it is there the moment the contact step is done).
import type { ServiceCode } from '@plskit/core';
import { html, type TemplateResult } from 'lit';
import { stepHeading } from '../base/focus-targets.js';
import type { DisplayLocale } from '../locale/locale.js';
import type { AppointmentBookerText } from './appointment-booker.strings.js';
import { messageLine, visitWhen } from './booker-lines.js';
import type { Contact, Step } from './booking-steps.js';
import { checkText } from './check.strings.js';

/** The view's own words, which come with it (PlsStepsElement.loadView). */
export const strings = checkText;

export interface CheckScreen {
  text: AppointmentBookerText;
  locale: DisplayLocale;
  service: ServiceCode;
  /** The center's name (its id while its record loads). */
  center: string;
  slot: { start: string; end: string } | undefined;
  contact: Contact;
  /** Lines after the contact's (the caller's oral consent, on the staff desk). */
  more?: readonly { label: string; value: string; step: Step }[];
  message: string;
  sending: boolean;
  change(step: Step): void;
  book(): void;
}

export function checkView({ text, locale, service, center, slot, contact, more = [], message, sending, change, book }: CheckScreen): TemplateResult {
  const own = checkText.in(locale);
  const row = (label: string, value: string, step: Step) => html`<div class="row"><dt>${label}</dt><dd>${value}</dd>
    <dd><button type="button" class="link" @click=${() => change(step)}>${own.change}<span class="visually-hidden"> ${label}</span></button></dd></div>`;
  return html`${stepHeading(text.checkTitle)}
    <dl class="summary">
      ${row(text.service, text.services[service], 'where')}
      ${row(text.center, center, 'where')}
      ${row(text.time, slot ? visitWhen(slot, locale) : '', 'when')}
      ${row(text.name, contact.name.trim(), 'who')}
      ${row(text.phoneLabel, contact.phone, 'who')}
      ${more.map((line) => row(line.label, line.value, line.step))}
    </dl>
    ${messageLine(message)}
    <button type="button" class="primary" part="book-button" ?disabled=${sending} aria-busy=${sending ? 'true' : 'false'}
      @click=${book}>${sending ? own.booking : own.book}</button>`;
}
