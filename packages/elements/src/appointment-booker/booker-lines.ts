// Small pieces the booker's screens share: a visit's time, the center's
// lines, the line that says what happened to the last request, and a later
// step's screen while its view is still coming with its data.
import type { ServiceCenter } from '@plskit/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import type { AsyncState } from '../async-state/async-state.js';
import { errorView, loadingView } from '../async-state/async-state-view.js';
import { stepHeading } from '../base/focus-targets.js';
import type { DisplayLocale } from '../locale/locale.js';
import { fill } from '../locale/string-table.js';
import type { AppointmentBookerText } from './appointment-booker.strings.js';
import { longDate } from './availability-day.js';

/** "08:30" from an API instant ("2026-09-20T08:30:00+08:00"): its wall clock in Asia/Shanghai. */
export const slotTime = (instant: string): string => instant.slice(11, 16);

/** "9月20日星期日 08:30–09:00": the API's instants carry +08:00, so their first ten characters are the Asia/Shanghai date. */
export const visitWhen = (slot: { start: string; end: string }, locale: DisplayLocale): string =>
  `${longDate(slot.start.slice(0, 10), locale)} ${slotTime(slot.start)}–${slotTime(slot.end)}`;

export const centerLines = (center: ServiceCenter | undefined, text: AppointmentBookerText): TemplateResult | typeof nothing =>
  center ? html`<p class="center-line">${center.name}<br>${center.address}<br>${text.phone} ${center.phone}</p>` : nothing;

/** What the last command's failure means (a polite status: the resident is in the middle of a form). */
export const messageLine = (message: string): TemplateResult | typeof nothing =>
  message ? html`<p class="message" role="status">${message}</p>` : nothing;

/** The host took over the confirmation (it called preventDefault() on the event): the reference only. */
export const referenceOnly = (title: string, reference: string, text: AppointmentBookerText): TemplateResult =>
  html`${stepHeading(title)}<p part="reference">${fill(text.hostTookOver, { reference })}</p>`;

/** A later step before its view has come with its data: the heading, and the loading or the failure. */
export const waiting = (title: string, locale: DisplayLocale, state: AsyncState<unknown>, retry: () => void): TemplateResult =>
  html`${stepHeading(title)}${state.status === 'error' ? errorView(state.problem, locale, retry) : loadingView(locale, 3)}`;
