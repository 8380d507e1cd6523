// The desk's first screen: which center and day, and that day's visitors with
// their marks. Contact details are masked until staff choose to see a row's
// (the server audits the roster read either way); a mark changes a row only
// when the server confirmed it.
import { maskName, maskPhone } from '@plskit/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { ApiProblem } from '../api/api-problem.js';
import type { AsyncState } from '../async-state/async-state.js';
import { errorView, loadingView } from '../async-state/async-state-view.js';
import { asyncStateText } from '../async-state/async-state.strings.js';
import { stepHeading } from '../base/focus-targets.js';
import { localized, type DisplayLocale } from '../locale/locale.js';
import { formatCalendarDate } from '../locale/intl-formats.js';
import { fill } from '../locale/string-table.js';
import type { Closure, Roster, RosterEntry, ServiceCenter, StaffMember } from './staff-desk-requests.js';
import { marksFor, refusalOf, slotTime, type Mark } from './staff-desk-steps.js';
import type { StaffDeskText } from './staff-desk.strings.js';

export interface RosterScreen {
  text: StaffDeskText;
  locale: DisplayLocale;
  member: StaffMember;
  /** The centers the picker offers, with their names, once they came. */
  centers: readonly ServiceCenter[] | undefined;
  center: string;
  date: string;
  roster: AsyncState<Roster>;
  /** The closures in force on the day shown. */
  closures: readonly Closure[];
  /** The visits whose contact details staff chose to see. */
  revealed: ReadonlySet<string>;
  marking: ReadonlyMap<string, Mark>;
  mayMark: boolean;
  mayClose: boolean;
  /** What the last mark's refusal means, beside the roster. */
  message: string;
  show(center: string, date: string): void;
  toggleContact(reference: string): void;
  mark(reference: string, mark: Mark): void;
  closeDay(): void;
  reopen(closure: string): void;
  retry(): void;
  /** Opens booking a visit for a caller; only for members who may. */
  bookForCaller?: () => void;
}

/** A refusal in its own words (an expired sign-in, another center), or the kit's failure panel. */
export function problemView(problem: ApiProblem, text: StaffDeskText, locale: DisplayLocale, retry: () => void): TemplateResult {
  const refusal = refusalOf(problem.code);
  return refusal
    ? html`<div class="problem" part="error"><p><span aria-hidden="true">⚠ </span>${text.refusals[refusal]}</p>
        <button type="button" part="retry-button" @click=${retry}>${asyncStateText.in(locale).retry}</button></div>`
    : errorView(problem, locale, retry);
}

function pickDay(screen: RosterScreen): TemplateResult {
  const { text, member } = screen;
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    screen.show(String(form.get('center') ?? '').trim(), String(form.get('date') ?? ''));
  };
  // center staff choose among theirs, by name once the names came; staff of every center from all of them, or by id
  const named = new Map(screen.centers?.map((center) => [center.id, center.name]));
  const ids = member.centers.length ? member.centers : screen.centers?.map((center) => center.id);
  const center = ids
    ? html`<select id="center" name="center" part="center-select">
        ${ids.map((id) => html`<option value=${id} ?selected=${id === screen.center}>${named.get(id) ?? id}</option>`)}</select>`
    : html`<input id="center" name="center" part="center-select" required autocomplete="off" spellcheck="false"
        aria-describedby="center-hint" .value=${screen.center}><span class="hint" id="center-hint">${text.centerHint}</span>`;
  return html`<form class="pick" part="day-picker" @submit=${submit}>
    <div class="field"><label for="center">${text.center}</label>${center}</div>
    <div class="field"><label for="date">${text.date}</label>
      <input id="date" name="date" type="date" required .value=${screen.date}></div>
    <button type="submit" part="show-button">${text.show}</button>
  </form>`;
}

/** A row's button names its visit for a screen reader, which meets it out of the table (its visible words come first, WCAG 2.5.3). */
const ofVisit = (entry: RosterEntry): TemplateResult => html`<span class="visually-hidden"> ${entry.reference}</span>`;

function contactCells(entry: RosterEntry, screen: RosterScreen): TemplateResult {
  const { text } = screen;
  const shown = screen.revealed.has(entry.reference);
  const { name, phone } = entry.contact;
  return html`<td>${shown ? name : maskName(name)}</td>
    <td>${shown ? html`<a href=${`tel:${phone}`}>${phone}</a>` : maskPhone(phone)}
      <button type="button" class="link" part="contact-button" aria-pressed=${shown ? 'true' : 'false'}
        @click=${() => screen.toggleContact(entry.reference)}>${shown ? text.hideContact : text.showContact}${ofVisit(entry)}</button></td>`;
}

function markButtons(entry: RosterEntry, screen: RosterScreen): TemplateResult | typeof nothing {
  if (!screen.mayMark) return nothing;
  const { text } = screen;
  const busy = screen.marking.get(entry.reference);
  if (busy) return html`<span class="saving">${text.saving}</span>`;
  const label: Record<Mark, string> = { 'check-in': text.checkIn, 'no-show': text.noShow };
  return html`${marksFor(entry).map((mark) => html`<button type="button" part=${`${mark}-button`} class=${mark}
    @click=${() => screen.mark(entry.reference, mark)}>${label[mark]}${ofVisit(entry)}</button>`)}`;
}

/** The day's closures, each with "withdraw" for staff who may close (the server refuses one that began). */
function closuresList(screen: RosterScreen): TemplateResult | typeof nothing {
  const { text, locale } = screen;
  if (!screen.closures.length) return nothing;
  return html`<ul class="closures" part="closures">${screen.closures.map((closure) => html`<li>
    <span>${fill(closure.from || closure.to ? text.closedPart : text.closedWhole,
      { from: closure.from ?? '00:00', to: closure.to ?? '24:00', reason: localized(closure.reason, locale) })}</span>
    ${screen.mayClose ? html`<button type="button" part="reopen-button" @click=${() => screen.reopen(closure.id)}>${text.reopen}</button>` : nothing}
  </li>`)}</ul>`;
}

function rosterTable(roster: Roster, screen: RosterScreen): TemplateResult {
  const { text, locale } = screen;
  const day = formatCalendarDate(roster.date, locale);
  return html`
    <h3 part="day" id="day-heading" tabindex="-1">${screen.centers?.find((center) => center.id === roster.center)?.name ?? roster.center} · ${day}</h3>
    ${closuresList(screen)}
    <p part="count">${fill(text.count, { count: roster.items.length })}${roster.erased ? html` · ${fill(text.erased, { count: roster.erased })}` : nothing}</p>
    ${screen.message ? html`<p class="message" part="message" role="alert">${screen.message}</p>` : nothing}
    ${roster.items.length === 0 ? html`<p part="empty">${text.empty}</p>` : html`
    <div class="scroll">
      <table part="roster">
        <caption class="visually-hidden">${roster.center} · ${day}</caption>
        <thead><tr>
          <th scope="col">${text.time}</th><th scope="col">${text.reference}</th><th scope="col">${text.resident}</th>
          <th scope="col">${text.phone}</th><th scope="col">${text.service}</th><th scope="col">${text.channel}</th>
          <th scope="col">${text.status}</th>${screen.mayMark ? html`<th scope="col">${text.actions}</th>` : nothing}
        </tr></thead>
        <tbody>${roster.items.map((entry) => html`<tr part="visit" data-status=${entry.status} aria-busy=${screen.marking.has(entry.reference) ? 'true' : 'false'}>
          <td>${slotTime(entry.slot.start)}–${slotTime(entry.slot.end)}</td>
          <th scope="row" class="reference">${entry.reference}</th>
          ${contactCells(entry, screen)}
          <td>${text.services[entry.service] ?? entry.service}</td>
          <td>${text.channels[entry.channel]}</td>
          <td><span id=${`status-${entry.reference}`} tabindex="-1" part="status">${text.statuses[entry.status]}</span></td>
          ${screen.mayMark ? html`<td class="marks">${markButtons(entry, screen)}</td>` : nothing}
        </tr>`)}</tbody>
      </table>
    </div>`}
    ${screen.mayClose ? html`<div class="actions"><button type="button" part="close-day-button" @click=${screen.closeDay}>${text.closeDay}</button></div>` : nothing}`;
}

export function rosterView(screen: RosterScreen): TemplateResult {
  const { text, locale, member, roster } = screen;
  // the day shown stays the same nodes while it reloads (focus on them stays), busy until the new reply
  const shown = roster.status === 'ready' ? roster.value : roster.status === 'loading' ? roster.previous : undefined;
  let day: TemplateResult | typeof nothing = nothing;
  if (shown) day = html`<div aria-busy=${roster.status === 'loading' ? 'true' : 'false'}>${rosterTable(shown, screen)}</div>`;
  else if (roster.status === 'error') day = problemView(roster.problem, text, locale, screen.retry);
  else if (roster.status === 'loading') day = loadingView(locale, 4);
  return html`${stepHeading(text.title)}
    ${member.name ? html`<p class="hint" part="member">${fill(text.signedInAs, { name: member.name })}</p>` : nothing}
    ${screen.bookForCaller ? html`<div class="actions"><button type="button" part="book-for-caller-button" @click=${screen.bookForCaller}>${text.bookForCaller}</button></div>` : nothing}
    ${member.centers.length === 0 && !member.permissions.some((grant) => grant.allCenters)
      ? html`<p part="no-centers">${text.noCenters}</p>`
      : html`${pickDay(screen)}${day}`}`;
}
