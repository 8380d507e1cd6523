import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ApiProblem } from '../api/api-problem.js';
import { loadingView, problemMessage } from '../async-state/async-state-view.js';
import { ERROR_SUMMARY, STEP_HEADING } from '../base/focus-targets.js';
import { PlsStepsElement } from '../base/pls-steps-element.js';
import type { FieldProblem } from '../error-summary/error-summary.js';
import { formatCalendarDate } from '../locale/intl-formats.js';
import { fill } from '../locale/string-table.js';
import type { CallerBooking } from './caller-booking/caller-booking.js';
import { DeskAreas } from './desk-areas.js';
import { problemView, rosterView } from './roster-view.js';
import { staffDeskStyles } from './pls-staff-desk.styles.js';
import { StaffDeskController } from './staff-desk-controller.js';
import {
  centerToday, closureProblems, closureRequest, EMPTY_CLOSURE, may, refusalOf, residentsToTell, slotTime, type ClosureDraft, type Mark,
} from './staff-desk-steps.js';
import { staffDeskText } from './staff-desk.strings.js';

type Screen = 'roster' | 'closure' | 'closed' | 'caller';

/**
 * The centers' side: the day's visitors of a service center for its staff,
 * checking them in or marking no-shows, and closing a day (its residents are
 * told); for hotline operators, booking a visit for a caller with the
 * booker's own steps (the caller's consent given orally). For a city's intranet portal: the host signs staff in with the city's
 * identity provider and hands the desk the token (`accessToken`, or
 * `getAccessToken` so its OIDC client refreshes it); the desk never keeps one.
 * Staff who handle work orders also get their queue (open one, pass it to a
 * center, answer, close) and, at the hotline, "new call", as tabs.
 *
 * @tag pls-staff-desk
 * @summary Staff desk: a center's visitors of the day, check-in and no-show, closing a day, booking a visit for a caller; the work-order queue and hotline calls.
 *
 * @event {PlsErrorEvent} pls-error - A request failed (a 401 means: sign the member in again). Detail: `{ source, operation, status, code }`, nothing personal.
 *
 * @csspart base - The element's wrapper.
 * @csspart member - The "signed in as" line.
 * @csspart no-centers - The message for an account without a center.
 * @csspart day-picker - The form choosing the center and the day.
 * @csspart center-select - The center's select (or field, for staff of every center).
 * @csspart show-button - The day picker's "show" button.
 * @csspart day - The center and day shown.
 * @csspart closures - The day's closures.
 * @csspart reopen-button - A closure's "withdraw" button.
 * @csspart count - How many bookings the day has (how many work orders; the characters left in an answer, a reason to return one, or a question).
 * @csspart message - Why the last mark, work-order action or call was refused.
 * @csspart empty - The "no bookings" ("no work orders") line.
 * @csspart roster - The table of the day's visits.
 * @csspart visit - One visit's row.
 * @csspart status - A visit's status (and an opened work order's).
 * @csspart contact-button - A row's "show contact" toggle.
 * @csspart check-in-button - A row's "check in" button.
 * @csspart no-show-button - A row's "mark no-show" button.
 * @csspart close-day-button - The "close this day" button.
 * @csspart back-button - Back to the visitors (to the work orders).
 * @csspart closure-form - The closure's form.
 * @csspart error-summary - The list of problems above a form.
 * @csspart close-button - The closure form's "close…" button.
 * @csspart confirm-dialog - The dialog that confirms a closure and says how many residents will be told.
 * @csspart residents-to-tell - The dialog's line of how many residents will be told.
 * @csspart confirm-button - The dialog's "close and tell" button.
 * @csspart cancel-button - The dialog's "do not close" button.
 * @csspart closure-result - How many bookings the closure cancelled.
 * @csspart book-for-caller-button - The roster's "book a visit for a caller" button (for members who may book for callers).
 * @csspart progress - Booking for a caller: the "step n of 5" line.
 * @csspart center - Booking for a caller: one center to choose.
 * @csspart calendar - Booking for a caller: the date grid.
 * @csspart provisional-note - Booking for a caller: the note that a year's holiday schedule is not published yet.
 * @csspart slots - Booking for a caller: the times of the chosen day.
 * @csspart notice-summary - Booking for a caller: the privacy notice's points the operator reads to the caller.
 * @csspart notice-version - The version of the privacy notice read to the caller (booking for a caller, a new call), and from when it is in force.
 * @csspart privacy-notice - The privacy notice in full (under its points, when booking for a caller; the work-order notice, for a new call).
 * @csspart notice-read - The operator's "I read the notice to the caller, who agreed" checkbox.
 * @csspart continue-button - A booking step's "continue" button.
 * @csspart book-button - The check step's "book" button.
 * @csspart reference - The reference of the visit booked for the caller (of the call just recorded).
 * @csspart visit-booked - The center and time of the visit booked.
 * @csspart caller-told - That the caller gets a text message, with their contact masked.
 * @csspart back-to-roster-button - Back to the visitors, on the day of the visit booked.
 * @csspart book-another-button - Book for another caller.
 * @csspart tabs - The tab bar of the desk's areas (visitors, work orders, new call), for a member with more than one.
 * @csspart tab - One area's tab.
 * @csspart panel - The area shown under the tab bar.
 * @csspart audit-note - The queue's line saying that opening a work order is recorded.
 * @csspart queue-filters - The queue's filters (status, overdue, center) with "filter" and "refresh".
 * @csspart filter-button - The filters' "filter" button.
 * @csspart refresh-button - The queue's "refresh" button.
 * @csspart queue - The table of work orders, contacts masked.
 * @csspart work-order - One work order's row.
 * @csspart overdue - The "overdue" mark of a work order.
 * @csspart open-button - A row's "open" button.
 * @csspart more-button - The queue's "load more" button.
 * @csspart work-order-details - An opened work order's status, due day, kind, topic, region and contact.
 * @csspart question - An opened work order's question.
 * @csspart answer - An opened work order's answer.
 * @csspart timeline - An opened work order's progress.
 * @csspart reply-form - The form that answers a work order.
 * @csspart reply-button - The answer's "send" button.
 * @csspart assign-form - The form that passes a work order to a center.
 * @csspart assign-button - The "pass on" button.
 * @csspart close-form - The form that closes a work order with how it ended.
 * @csspart close-order-button - The "close the work order" button.
 * @csspart call-form - The "new call" form.
 * @csspart consent - The operator's "I read the notice to the caller" confirmation.
 * @csspart save-button - The call's "save" button.
 * @csspart open-saved-button - Opens the call just recorded in the work orders.
 * @csspart another-button - Starts the next call.
 * @csspart loading - The placeholder shown while something loads.
 * @csspart error - The failure panel.
 * @csspart retry-button - The failure panel's retry button.
 * @csspart return-form - The form that returns a work order to the hotline with a reason.
 * @csspart return-button - The "return to the hotline" button, which asks to confirm.
 * @csspart return-confirm - The return's confirmation: what follows, with "yes, return it" and "cancel".
 * @csspart return-confirm-button - The confirmation's "yes, return it" button.
 * @csspart return-cancel-button - The confirmation's "cancel" button, back to the reason.
 */
export class PlsStaffDesk extends PlsStepsElement {
  static override styles = staffDeskStyles;
  static override textTables = [staffDeskText];

  /** The center to show first (e.g. "sc-370811"); default the member's first. */
  @property() center?: string;

  /** The day to show first (YYYY-MM-DD); default today in Asia/Shanghai. */
  @property() date?: string;

  /** The staff member's bearer token from the city's identity provider. Property only: never an attribute or a URL. */
  @property({ attribute: false }) accessToken?: string;

  /** Asked before every call instead of `accessToken`: the host's OIDC client answers, refreshing the token as needed. */
  @property({ attribute: false }) getAccessToken?: () => string | Promise<string>;

  @state() private screen: Screen = 'roster';
  @state() private chosenCenter = '';
  @state() private chosenDate = '';
  @state() private revealed = new Set<string>();
  @state() private markMessage = '';
  @state() private draft: ClosureDraft = EMPTY_CLOSURE;
  @state() private problems: FieldProblem[] = [];
  @state() private confirming = false;
  @state() private closureMessage = '';
  /** Booking for a caller, once its chunk came. */
  private caller?: CallerBooking;

  private readonly desk = new StaffDeskController(this, {
    ...this.ways, loadView: this.loadView,
    token: () => (this.getAccessToken ? this.getAccessToken() : this.accessToken),
  });

  /** The tab bar and the work-order area beside the visitors' screens. */
  private readonly areas = new DeskAreas(this, {
    loadView: this.loadView,
    workOrders: () => ({
      ...this.ways, accessToken: this.desk.accessToken,
      member: () => this.desk.member.value!, centers: () => this.desk.centers.value ?? [], explain: (problem) => this.#explain(problem),
    }),
  });

  get text() {
    return staffDeskText.in(this.displayLocale);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const center = changed.has('center') && this.center ? this.center : this.chosenCenter;
    const date = changed.has('date') && this.date ? this.date : this.chosenDate;
    const signedIn = Boolean(this.connection && (this.accessToken || this.getAccessToken));
    // a new token (signed in again) asks again what failed or never ran
    const retry = changed.has('accessToken') || changed.has('getAccessToken');
    if (retry) this.areas.signedInAgain();
    const member = this.desk.member.state.status;
    const moved = center !== this.chosenCenter || date !== this.chosenDate;
    if (signedIn && member === 'ready' && (moved || (retry && this.desk.roster.state.status === 'error'))) {
      this.#show(center, date); // the host chose another center or day, or signed in again
      return;
    }
    this.chosenCenter = center;
    this.chosenDate = date;
    if (signedIn && (member === 'idle' || (retry && member === 'error'))) void this.#start();
  }

  protected override backOnline(): void {
    if (this.screen === 'caller') this.caller?.backOnline();
    else if (this.desk.member.state.status === 'error') void this.#start();
    else if (this.desk.roster.state.status === 'error') this.#show(this.chosenCenter, this.chosenDate);
  }

  async #start(): Promise<void> {
    const member = await this.desk.loadMember();
    if (!member) return;
    this.chosenCenter ||= member.centers[0] ?? '';
    this.chosenDate ||= centerToday();
    if (this.chosenCenter) this.#show(this.chosenCenter, this.chosenDate);
  }

  /** Shows a center's day; `said` goes before what the live region says of it once it is there. */
  #show(center: string, date: string, said = ''): void {
    if (!center || !date) return;
    if (center !== this.chosenCenter || date !== this.chosenDate) this.revealed = new Set();
    this.chosenCenter = center;
    this.chosenDate = date;
    this.markMessage = '';
    void this.desk.loadRoster(center, date).then((roster) => {
      if (roster) this.announcement = `${said} ${fill(this.text.rosterReady, { count: roster.items.length, date: formatCalendarDate(date, this.displayLocale) })}`.trim();
    });
  }

  #toggleContact(reference: string): void {
    const revealed = new Set(this.revealed);
    if (!revealed.delete(reference)) revealed.add(reference);
    this.revealed = revealed;
  }

  async #mark(reference: string, mark: Mark): Promise<void> {
    if (this.desk.marking.has(reference)) return;
    this.markMessage = '';
    const result = await this.desk.mark(reference, mark);
    if ('problem' in result) {
      this.markMessage = `${reference}: ${this.#explain(result.problem)}`;
      return;
    }
    const words = { reference, time: slotTime(result.entry.slot.start) };
    this.announcement = fill(mark === 'check-in' ? this.text.checkedIn : this.text.markedNoShow, words);
    // the row's buttons are gone: focus stays on the row, at its new status
    this.moveFocus(`#status-${CSS.escape(reference)}`);
  }

  async #reopen(closure: string): Promise<void> {
    this.markMessage = '';
    const result = await this.desk.reopen(this.chosenCenter, closure);
    if ('problem' in result) {
      this.markMessage = this.#explain(result.problem);
      return;
    }
    this.#show(this.chosenCenter, this.chosenDate, this.text.reopened);
    this.moveFocus('#day-heading');
  }

  #explain(problem: ApiProblem): string {
    const refusal = refusalOf(problem.code);
    return refusal ? this.text.refusals[refusal] : problemMessage(problem, this.displayLocale);
  }

  async #openClosure(): Promise<void> {
    this.draft = EMPTY_CLOSURE;
    this.problems = [];
    this.confirming = false;
    this.closureMessage = '';
    this.desk.closure.reset();
    this.screen = 'closure';
    this.moveFocus(STEP_HEADING);
    if (this.desk.views.closure) return;
    try {
      await this.desk.loadClosureView();
    } catch {
      // the form's chunk did not come (offline): back on the roster, saying so (a browser may keep that import failed until the page reloads)
      this.screen = 'roster';
      this.markMessage = problemMessage(new ApiProblem(0, 'network-error'), this.displayLocale);
    }
  }

  #submitClosure(): void {
    this.problems = closureProblems(this.draft, this.desk.views.closure!.strings.in(this.displayLocale));
    if (this.problems.length) {
      this.moveFocus(ERROR_SUMMARY);
      return;
    }
    this.closureMessage = '';
    this.confirming = true;
  }

  async #confirmClosure(): Promise<void> {
    this.closureMessage = '';
    const closure = await this.desk.close(this.chosenCenter, closureRequest(this.chosenDate, this.draft));
    const state = this.desk.closure.state;
    if (!closure) {
      if (state.status === 'error') this.closureMessage = this.#explain(state.problem);
      return;
    }
    this.confirming = false;
    this.screen = 'closed';
    this.announcement = this.desk.views.closure!.closedAnnouncement(closure, this.displayLocale);
    this.moveFocus(STEP_HEADING);
  }

  #backToRoster(): void {
    this.confirming = false;
    this.screen = 'roster';
    this.moveFocus(STEP_HEADING);
    this.#show(this.chosenCenter, this.chosenDate);
  }

  /** Booking a visit for a caller: its chunk comes with the first press; each press is a new call. */
  async #bookForCaller(): Promise<void> {
    this.markMessage = '';
    this.screen = 'caller';
    try {
      this.caller ??= new (await this.desk.loadCallerBooking()).CallerBooking(this, {
        ...this.ways, staff: () => this.desk.requests, loadView: this.loadView, explain: (problem) => this.#explain(problem),
        backToRoster: (booked) => (booked ? this.#showBooked(booked) : this.#backToRoster()),
      });
      this.caller.start(this.chosenCenter);
    } catch {
      // its chunk did not come (offline): back on the roster, saying so
      this.screen = 'roster';
      this.markMessage = problemMessage(new ApiProblem(0, 'network-error'), this.displayLocale);
    }
  }

  /** The day and center of a visit just booked for a caller, focus on its row (marked hotline). */
  #showBooked({ center, date, reference }: { center: string; date: string; reference: string }): void {
    [this.screen, this.markMessage] = ['roster', ''];
    this.#show(center, date);
    this.moveFocus(`#status-${CSS.escape(reference)}`);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // the confirmation is a modal dialog: opened once it is rendered, so focus and Escape stay in it
    const dialog = this.renderRoot.querySelector<HTMLDialogElement>('#confirm-closure');
    if (dialog && !dialog.open) dialog.showModal();
  }

  #screenView(): TemplateResult {
    const locale = this.displayLocale;
    const member = this.desk.member.state;
    if (member.status === 'idle' && this.connection && !this.accessToken && !this.getAccessToken) {
      return html`<p class="problem" part="error">${this.text.refusals['staff-token-missing']}</p>`;
    }
    if (member.status === 'error') return problemView(member.problem, this.text, locale, () => void this.#start());
    if (member.status !== 'ready') return loadingView(locale, 4);
    const center = this.chosenCenter;
    const views = this.desk.views.closure;
    if (this.screen === 'closure' && views) {
      return views.closureFormView({
        locale, center: this.desk.centers.value?.find((known) => known.id === center)?.name ?? center, date: this.chosenDate, draft: this.draft, problems: this.problems, confirming: this.confirming,
        residentsToTell: residentsToTell(this.desk.roster.value?.items ?? [], this.draft), closure: this.desk.closure.state,
        message: this.closureMessage,
        edit: (field, value) => { this.draft = { ...this.draft, [field]: value }; },
        submit: () => this.#submitClosure(),
        confirm: () => void this.#confirmClosure(),
        dismiss: () => { this.confirming = false; this.moveFocus('[part~="close-button"]'); },
        back: () => this.#backToRoster(),
      });
    }
    if (this.screen === 'closed' && views && this.desk.closure.value) return views.closedView(this.desk.closure.value, locale, () => this.#backToRoster());
    if (this.screen !== 'roster') return loadingView(locale, 4);
    return rosterView({
      text: this.text, locale, member: member.value, centers: this.desk.centers.value, center, date: this.chosenDate, roster: this.desk.roster.state,
      closures: this.desk.dayClosures.shown ?? [],
      revealed: this.revealed, marking: this.desk.marking, message: this.markMessage,
      mayMark: may(member.value, 'appointments-mark', center), mayClose: may(member.value, 'closures-write', center),
      show: (next, date) => this.#show(next, date),
      toggleContact: (reference) => this.#toggleContact(reference),
      mark: (reference, mark) => void this.#mark(reference, mark),
      closeDay: () => void this.#openClosure(),
      reopen: (closure) => void this.#reopen(closure),
      retry: () => this.#show(this.chosenCenter, this.chosenDate),
      bookForCaller: may(member.value, 'appointments-book', center) ? () => void this.#bookForCaller() : undefined,
    });
  }

  protected override render(): TemplateResult {
    // one frame for every screen: its live region stays the same node, so what it says on returning to the roster is heard
    const screen = this.screen === 'caller' && this.caller
      ? html`${this.renderStepTop(this.caller.frame)}${this.caller.render()}`
      : this.areas.render(this.desk.member.value, this.text, this.displayLocale, () => this.#screenView());
    return html`<div class=${this.rootClass} part="base" lang=${this.languageTag}>
      ${screen}
      ${this.renderLiveRegion()}
    </div>`;
  }
}
