// The confirmation screen: the reference, where and when, what to bring (core's
// cited data), the calendar file, printing, and the manage link shown once. Its
// own module, loaded while the resident checks the booking, so the first steps
// do not carry it.
import { VISIT_MATERIALS } from '@plskit/core';
import type { ServiceCenter } from '@plskit/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { citation } from '../citation/legal-citation.js';
import { copyText as copy } from '../clipboard/clipboard-copy.js';
import { localized, type DisplayLocale } from '../locale/locale.js';
import type { AppointmentBookerText } from './appointment-booker.strings.js';
import type { Appointment } from './appointment-requests.js';
import { calendarFile, downloadCalendarFile } from './calendar-file.js';
import { doneText } from './done.strings.js';

/** The view's own words, which come with it (PlsStepsElement.loadView). */
export const strings = doneText;

// Bound here rather than re-exported (see aid-eligibility/eligibility-result.ts): only the
// screen with the copy button carries the clipboard code, never the widget's first load.
export const copyText = copy;

export interface DoneViewOptions {
  locale: DisplayLocale;
  text: AppointmentBookerText;
  appointment: Appointment;
  center: ServiceCenter | undefined;
  /** The manage link (the token in its fragment). */
  link: string;
  /** "Copied", after a copy. */
  copied: string;
  heading: TemplateResult;
  centerLines: TemplateResult | typeof nothing;
  when: string;
  copy(value: string): void;
}

function addToCalendar({ text, appointment, center }: DoneViewOptions): void {
  const service = text.services[appointment.service];
  downloadCalendarFile(calendarFile({
    reference: appointment.reference, start: appointment.slot.start, end: appointment.slot.end,
    summary: `${service} · ${center?.name ?? appointment.center}`,
    location: center ? `${center.name}, ${center.address}` : appointment.center,
    description: `${text.reference} ${appointment.reference}${center ? ` · ${text.phone} ${center.phone}` : ''}`,
  }, new Date()), `${appointment.reference}.ics`);
}

export function doneView(options: DoneViewOptions): TemplateResult {
  const { locale, text: s, appointment } = options;
  const own = doneText.in(locale);
  const { link } = options;
  return html`<section class="done">
    ${options.heading}
    <p>${s.reference}</p>
    <p class="reference" part="reference">${appointment.reference}</p>
    <button type="button" @click=${() => options.copy(appointment.reference)}>${own.copy}</button>
    <p>${s.services[appointment.service]} · ${options.when}</p>
    ${options.centerLines}
    <h3>${own.bring}</h3>
    <ul class="bring">${VISIT_MATERIALS[appointment.service].map((item) => html`<li data-code=${item.code}>${localized(item.name, locale)}
      ${item.basis ? html`<span class="basis">${citation(item.basis, locale)}</span>` : nothing}</li>`)}</ul>
    <div class="actions">
      <button type="button" part="calendar-button" @click=${() => addToCalendar(options)}>${own.addToCalendar}</button>
      <button type="button" part="print-button" @click=${() => globalThis.print?.()}>${own.print}</button>
    </div>
    <h3>${own.manageLinkTitle}</h3>
    <p class="hint">${own.manageLinkHint}</p>
    <p><a part="manage-link" href=${link}>${link}</a></p>
    <button type="button" @click=${() => options.copy(link)}>${own.copyLink}</button>
    ${options.copied ? html`<p role="status">${options.copied}</p>` : nothing}
  </section>`;
}
