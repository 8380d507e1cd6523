import { isServiceCode, nearestFirst, type ServiceCode } from '@plskit/core';
import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { PlsStepsElement } from '../base/pls-steps-element.js';
import { ERROR_SUMMARY, STEP_HEADING, stepHeading } from '../base/focus-targets.js';
import type { FieldProblem } from '../error-summary/error-summary.js';
import { fill } from '../locale/string-table.js';
import { appointmentBookerText, type AppointmentBookerText } from './appointment-booker.strings.js';
import { centerLines, referenceOnly, visitWhen, waiting } from './booker-lines.js';
import { BookingController } from './booking-controller.js';
import { ResidentPosition, type PositionSource } from '../position/resident-position.js';
import { BookingLinks } from './booking-links.js';
import { backTarget, contactProblems, keptChoice, pickedDay, refusal, regionOfCenter, stepNumber, whenProblems, whereProblems, type Contact, type Step } from './booking-steps.js';
import { manageLink } from '../links/manage-link.js';
import { bookerStyles } from './pls-appointment-booker.styles.js';
import type { PhoneCodeController } from '../phone-code/phone-code-controller.js';
import { whereView } from './where-view.js';

/**
 * Book, move and cancel a visit to a public legal service center: the service
 * and the center, a day and a time, a name and a mobile number under the
 * privacy notice the API serves, then the reference, a calendar file and the
 * link to manage the booking (its token in the URL fragment only).
 *
 * @tag pls-appointment-booker
 * @summary Book, move and cancel a visit to a service center: where, when, who, check, done; manage with the link.
 *
 * @event {PlsAppointmentBookedEvent} pls-appointment-booked - A visit was booked. Detail: `{ reference, center, service, slot }`, nothing personal. Cancelable: the host then shows its own confirmation.
 * @event {PlsAppointmentRescheduledEvent} pls-appointment-rescheduled - A visit was moved. Same detail; cancelable.
 * @event {PlsAppointmentCancelledEvent} pls-appointment-cancelled - A visit was cancelled. Same detail; cancelable.
 * @event {PlsErrorEvent} pls-error - A request failed. Detail: `{ source, operation, status, code }`, nothing personal.
 *
 * @csspart base - The element's wrapper.
 * @csspart back-button - The "back" button.
 * @csspart progress - The "step n of 5" line.
 * @csspart error-summary - The list of problems above a form.
 * @csspart center - One center to choose, with its address, phone and own hours.
 * @csspart location-button - The "sort by distance from me" button of the center step.
 * @csspart calendar - The date grid.
 * @csspart provisional-note - The note that a year's holiday schedule is not published yet.
 * @csspart slots - The times of the chosen day.
 * @csspart privacy-notice - The privacy notice, in full, as the API serves it.
 * @csspart continue-button - A step's "continue" button.
 * @csspart change-number-button - The code step's "change the number" button (where the operator confirms numbers).
 * @csspart send-code-button - The code step's "text me the code" button.
 * @csspart code-input - The field for the 6-digit code of the text message.
 * @csspart confirm-code-button - The code step's "confirm" button.
 * @csspart resend-button - The code step's "text me a new code" button.
 * @csspart resend-wait - How long until a new code may be asked for.
 * @csspart book-button - The "book" button.
 * @csspart reference - The booking reference.
 * @csspart manage-link - The link to manage the booking.
 * @csspart calendar-button - The "add to calendar" button.
 * @csspart print-button - The "print" button.
 * @csspart reschedule-button - The "move" button.
 * @csspart cancel-button - The "cancel booking" button.
 * @csspart confirm-button - The confirmation of a move or a cancellation.
 * @csspart loading - The placeholder shown while something loads.
 * @csspart error - The failure panel.
 * @csspart retry-button - The failure panel's retry button.
 */
export class PlsAppointmentBooker extends PlsStepsElement {
  static override styles = bookerStyles;
  static override textTables = [appointmentBookerText];

  /** A center id (e.g. "sc-370811") the host already knows: the resident starts with it chosen. */
  @property() center?: string;
  /** A service code (e.g. "legal-aid-application") the host already knows. */
  @property() service?: string;
  /** Where the resident's position comes from, on their press only (default: the browser's); it never leaves the page. */
  @property({ attribute: false }) positionSource?: PositionSource;

  @state() private step: Step = 'where';
  @state() private chosenService: ServiceCode | undefined;
  @state() private chosenRegion: string | undefined;
  @state() private chosenCenter: string | undefined;
  @state() private chosenTownship: string | undefined;
  @state() private focusedDate = '';
  @state() private selectedDate: string | undefined;
  @state() private slotStart: string | undefined;
  @state() private contact: Contact = { name: '', phone: '', note: '' };
  @state() private consent = false;
  @state() private problems: FieldProblem[] = [];
  @state() private copied = '';

  /** Kept in this element only: never in a request, an event, storage or the URL. */
  readonly #position = new ResidentPosition(this, () => this.positionSource, (news) => {
    this.announcement = { locating: this.#text.locating, found: this.#text.sortedByDistance, failed: this.#text.locationFailed }[news];
    // the nearest station's township is chosen, so the list is that station and the county's centers; "every township" lists them all, nearest first
    const position = this.#position.position;
    if (position) this.chosenTownship = nearestFirst(this.booking.centers.value?.filter((c) => c.level === 'township') ?? [], position)[0]?.place.township?.code;
  });

  private readonly booking = new BookingController(this, {
    ...this.ways, report: this.reportAndAnnounce, loadView: this.loadView,
    hotline: () => this.effectiveHotline,
    onSlotTaken: () => {
      this.slotStart = undefined;
      if (this.step !== 'reschedule') this.#go('when');
      void this.#loadDays();
    },
    onNoticeChanged: () => { this.consent = false; this.#go('who'); },
    onPhoneUnconfirmed: () => { this.#go('code'); this.#phoneCode?.tokenRefused(); },
    onDone: (step, announcement) => { if (step === 'done') this.#forgetContact(); this.#go(step); this.announcement = announcement; },
  });

  /** The code step's state, made when its module arrives (only where the notice says numbers are confirmed). */
  #phoneCode: PhoneCodeController | undefined;

  get #code(): PhoneCodeController | undefined {
    const view = this.booking.views.code;
    return view && (this.#phoneCode ??= new view.PhoneCodeController(this, {
      ...this.ways, shown: () => this.step === 'code', purpose: 'booking', onOff: () => this.#toCheck(),
      // a new token is a new body: a new attempt (an attempt whose reply was lost keeps its key otherwise)
      onConfirmed: () => { this.booking.changed(); this.#toCheck(); },
    }));
  }

  get #text(): AppointmentBookerText {
    return appointmentBookerText.in(this.displayLocale);
  }

  // once booked, and on every start again, what the resident typed is gone: a shared kiosk never shows it to the next person
  #forgetContact(): void {
    [this.contact, this.consent] = [{ name: '', phone: '', note: '' }, false];
    this.#phoneCode?.forget();
  }

  /** Back to the first step on a center and service a host or a link names. */
  #restart({ center, service }: { center?: string; service?: ServiceCode }): void {
    this.#forgetContact();
    if (service) this.chosenService = service;
    if (center) [this.chosenCenter, this.chosenRegion] = [center, regionOfCenter(center) ?? this.chosenRegion];
    this.booking.centers.reset();
    if (this.step !== 'where' && this.step !== 'done' && !this.booking.credentials) this.#go('where');
  }

  /** A manage link opens the booking; a booking link (from "where to apply") opens the center and service. */
  private readonly links = new BookingLinks(this, {
    manage: ({ reference, token }) => this.manage(reference, token),
    book: (choice) => {
      this.#restart(choice);
      this.#go('where');
      this.scrollIntoView?.({ block: 'start' });
    },
  });

  /** Shows a booking from its reference and manage token (what the manage link carries). */
  manage(reference: string, token: string): void {
    this.booking.hostTookOver = false;
    this.#go('manage');
    void this.booking.loadManaged({ reference, token });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // a host sets center and service (e.g. on the notary checklist's pls-book-request): the resident starts there
    if (changed.has('service') && isServiceCode(this.service)) this.#restart({ service: this.service });
    if (changed.has('center') && this.center) this.#restart({ center: this.center });
    this.chosenRegion ??= this.effectiveRegion ?? regionOfCenter(this.center);
    const { regions, centers } = this.booking;
    if (this.step !== 'where' || !this.connection) return;
    if (regions.state.status === 'idle') this.booking.loadRegions();
    if (centers.state.status === 'idle' && this.chosenService && this.chosenRegion) this.booking.loadCenters(this.chosenService, this.chosenRegion);
  }

  protected override backOnline(): void {
    const { days, centers, notice, managed, canRetryBooking, credentials } = this.booking;
    if (this.step === 'check' && canRetryBooking) void this.#book();
    else if (days.state.status === 'error') void this.#loadDays();
    else if (centers.state.status === 'error') centers.reset();
    else if (notice.state.status === 'error') this.booking.loadNotice();
    else if (managed.state.status === 'error' && credentials) void this.booking.loadManaged(credentials);
  }

  #go(step: Step): void {
    this.step = step;
    this.problems = [];
    this.booking.message = '';
    this.copied = '';
    this.moveFocus(STEP_HEADING);
  }

  /** Shows a step's problems and moves focus to their summary; true when there are any. */
  #invalid(problems: FieldProblem[]): boolean {
    this.problems = problems;
    if (problems.length) this.moveFocus(ERROR_SUMMARY);
    return problems.length > 0;
  }

  async #loadDays(): Promise<void> {
    const managed = this.booking.managed.value;
    const days = await this.booking.loadDays(managed && this.step === 'reschedule' ? managed : { center: this.chosenCenter!, service: this.chosenService! });
    if (days) ({ focusedDate: this.focusedDate, slotStart: this.slotStart } = keptChoice(days, this.focusedDate, this.slotStart));
  }

  #whereDone = (): void => {
    if (this.#invalid(whereProblems(this.chosenService, this.chosenCenter, this.#text))) return;
    this.booking.center = this.booking.centers.value?.find((c) => c.id === this.chosenCenter) ?? this.booking.center;
    if (this.booking.center?.id !== this.chosenCenter) void this.booking.findCenter(this.chosenCenter!, this.chosenService!);
    this.#go('when');
    void this.#loadDays();
  };

  #whenDone = (): void => {
    if (this.#invalid(whenProblems(this.selectedDate, this.slotStart, this.#text))) return;
    if (this.step === 'reschedule') {
      void this.booking.reschedule(this.slotStart!);
      return;
    }
    this.#go('who');
    if (this.booking.notice.state.status !== 'ready') this.booking.loadNotice();
  };

  #whoDone = (): void => {
    if (this.booking.notice.state.status !== 'ready' || this.#invalid(contactProblems(this.contact, this.consent, this.#text))) return;
    const code = this.#code;
    // a number confirmed a moment ago (back from "check" without changing it) is not asked for again
    if (!code || code.tokenFor(this.contact.phone)) this.#toCheck();
    else {
      code.open(this.contact.phone);
      this.#go('code');
    }
  };

  #toCheck(): void {
    this.booking.beginAttempt();
    this.#go('check');
  }

  #book(): Promise<void> {
    return this.booking.book({
      service: this.chosenService!, center: this.chosenCenter!, slotStart: this.slotStart!, contact: this.contact,
      phoneVerification: this.#code?.tokenFor(this.contact.phone),
    });
  }

  protected override render(): TemplateResult {
    const back = backTarget(this.step);
    const number = stepNumber(this.step);
    return this.renderStepFrame(this.#renderStep(), {
      back: back ? { label: this.#text.back, go: () => this.#go(back) } : undefined,
      progress: number ? fill(this.#text.stepOf, { step: number }) : undefined,
    });
  }

  #renderStep(): TemplateResult {
    const text = this.#text;
    const locale = this.displayLocale;
    const { booking, problems } = this;
    const { views, message, sending } = booking;
    switch (this.step) {
      case 'where':
        return whereView({
          text, locale, problems, service: this.chosenService, region: this.chosenRegion, center: this.chosenCenter, township: this.chosenTownship,
          regions: booking.regions.state, centers: booking.centers.state, submit: this.#whereDone, retryCenters: () => booking.centers.reset(),
          chooseService: (service) => this.#where({ chosenService: service }), chooseRegion: (region) => this.#where({ chosenRegion: region }),
          chooseCenter: (center) => { this.chosenCenter = center; this.booking.changed(); },
          chooseTownship: (township) => { this.chosenTownship = township; },
          position: this.#position.position, locating: this.#position.locating, locate: this.#position.ask,
        });
      case 'when': case 'reschedule':
        return views.when?.whenView({
          text, locale, problems, rescheduling: this.step === 'reschedule', days: booking.days.state, focusedDate: this.focusedDate,
          selectedDate: this.selectedDate, slotStart: this.slotStart, message, sending, submit: this.#whenDone, retry: () => void this.#loadDays(),
          focusDay: (date) => { this.focusedDate = date; this.moveFocus(`[data-date="${date}"]`); },
          pickDay: (date) => {
            ({ focusedDate: this.focusedDate, selectedDate: this.selectedDate, slotStart: this.slotStart } = pickedDay(booking.days.value, date, { selectedDate: this.selectedDate, slotStart: this.slotStart }));
            this.booking.changed();
          },
          chooseSlot: (slotStart) => { this.slotStart = slotStart; this.booking.changed(); },
        }) ?? waiting(text.whenTitle, locale, booking.days.state, () => void this.#loadDays());
      case 'who':
        return views.who?.whoView({
          text, locale, problems, contact: this.contact, consent: this.consent, notice: booking.notice.state, message,
          submit: this.#whoDone, retry: () => booking.loadNotice(),
          type: (field, value) => this.#contactChanged({ ...this.contact, [field]: value }, this.consent),
          agree: (consent) => this.#contactChanged(this.contact, consent),
        }) ?? waiting(text.whoTitle, locale, booking.notice.state, () => booking.loadNotice());
      case 'code':
        return views.code!.phoneCodeView({ locale, code: this.#code!, changeNumber: () => { this.#go('who'); this.moveFocus('#phone'); } });
      case 'check':
        return views.check?.checkView({
          text, locale, message, sending, service: this.chosenService!, center: booking.center?.name ?? this.chosenCenter!, contact: this.contact,
          slot: booking.days.value?.find((d) => d.date === this.selectedDate)?.slots.find((x) => x.start === this.slotStart),
          change: (step) => this.#go(step), book: () => void this.#book(),
        }) ?? waiting(text.checkTitle, locale, booking.notice.state, () => booking.loadNotice());
      case 'done':
        return this.#renderDone();
      default:
        return this.#renderManage();
    }
  }

  /** Another service or area: its centers are asked for, and none is chosen yet. */
  #where(change: { chosenService?: ServiceCode; chosenRegion?: string }): void {
    Object.assign(this, change, { chosenCenter: undefined, chosenTownship: undefined });
    this.booking.centers.reset();
    this.booking.changed();
  }

  #contactChanged(contact: Contact, consent: boolean): void {
    if (contact !== this.contact) this.booking.changed();
    this.contact = contact;
    this.consent = consent;
    // once the resident has tried to continue, each field is checked as it is typed
    if (this.problems.length) this.problems = contactProblems(contact, consent, this.#text);
  }

  #renderDone(): TemplateResult {
    const text = this.#text;
    const appointment = this.booking.booked!;
    const view = this.booking.views.done;
    if (this.booking.hostTookOver) return referenceOnly(text.doneTitle, appointment.reference, text);
    if (!view) {
      this.booking.prepareDoneView();
      return html`${stepHeading(text.doneTitle)}<p part="reference" class="reference">${appointment.reference}</p>`;
    }
    return view.doneView({
      locale: this.displayLocale, text, appointment, center: this.booking.center, link: manageLink(location, this.booking.credentials!),
      copied: this.copied, heading: stepHeading(text.doneTitle), centerLines: centerLines(this.booking.center, text),
      when: visitWhen(appointment.slot, this.displayLocale), copy: async (value) => { this.copied = this.announcement = (await view.copyText(value, this.renderRoot)) ? text.copied : ''; },
    });
  }

  #renderManage(): TemplateResult {
    const text = this.#text;
    const { managed, views } = this.booking;
    const appointment = managed.value;
    if (!appointment || !views.manage) {
      const lost = managed.state.status === 'error' && refusal(managed.state.problem).kind === 'lost';
      return lost ? html`${stepHeading(text.manageTitle)}<p class="problem" part="error">${text.notFound}</p>`
        : waiting(text.manageTitle, this.displayLocale, managed.state, () => this.manage(this.booking.credentials!.reference, this.booking.credentials!.token));
    }
    // the host answered pls-appointment-rescheduled or -cancelled with its own confirmation
    if (this.booking.hostTookOver) return referenceOnly(text.manageTitle, appointment.reference, text);
    return views.manage.manageView({
      text, locale: this.displayLocale, appointment, confirmingCancel: this.step === 'confirm-cancel', message: this.booking.message,
      sending: this.booking.sending, centerLines: centerLines(this.booking.center, text),
      reschedule: () => { [this.selectedDate, this.slotStart] = [undefined, undefined]; this.#go('reschedule'); void this.#loadDays(); },
      askCancel: () => this.#go('confirm-cancel'), keep: () => this.#go('manage'), cancel: () => void this.booking.cancel(),
    });
  }
}
