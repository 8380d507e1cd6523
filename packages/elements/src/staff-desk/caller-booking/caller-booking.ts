// Booking a visit for a caller, on the staff desk: the booker's own steps
// (service and center, day and time from the public availability, check) with
// the caller's step and the confirmation of the phone. Its own chunk, loaded
// when an operator first chooses "book for a caller" (PlsStepsElement.loadView):
// the desk's first screen carries none of it, nor any of the booker's code.
import type { ServiceCode } from '@plskit/core';
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { ApiProblem } from '../../api/api-problem.js';
import { appointmentBookerText } from '../../appointment-booker/appointment-booker.strings.js';
import { visitWhen, waiting } from '../../appointment-booker/booker-lines.js';
import { BookingController } from '../../appointment-booker/booking-controller.js';
import {
  backTarget, keptChoice, pickedDay, regionOfCenter, stepNumber, whenProblems, whereProblems, type Contact, type Step,
} from '../../appointment-booker/booking-steps.js';
import { whereView } from '../../appointment-booker/where-view.js';
import { SendAttempt } from '../../async-state/send-attempt.js';
import { ERROR_SUMMARY, STEP_HEADING } from '../../base/focus-targets.js';
import type { ElementWays, LoadView, StepFrame } from '../../base/pls-steps-element.js';
import type { FieldProblem } from '../../error-summary/error-summary.js';
import { fill } from '../../locale/string-table.js';
import type { RosterEntry, StaffRequests } from '../staff-desk-requests.js';
import { callerProblems, callerRefusal, callerRequest, visitDay } from './caller-booking-steps.js';
import { callerBookingText } from './caller-booking.strings.js';
import { callerBookingStyles } from './caller-booking.styles.js';
import { bookedView, callerView } from './caller-view.js';

/** The module's own words and look, which come with it (PlsStepsElement.loadView). */
export const strings = callerBookingText;
export const styles = callerBookingStyles;

/** The desk's ways (PlsStepsElement.ways) and what the caller booking needs of the desk itself. */
export interface CallerBookingOptions extends ElementWays {
  /** The desk's staff requests, with the host's token. */
  staff(): StaffRequests;
  loadView: LoadView;
  /** The desk's words for a refusal of its own (an expired sign-in, no right here: 401, 403), or the kit's. */
  explain(problem: ApiProblem): string;
  /** Back to the visitors: of the day and center just booked (and that visit), or as they were. */
  backToRoster(booked?: { center: string; date: string; reference: string }): void;
}

const EMPTY_CONTACT: Contact = { name: '', phone: '', note: '' };

/**
 * The operator's choices, step by step, and the one command: the booking,
 * sent with one Idempotency-Key per attempt (a retry after a lost reply
 * books once). The lists (regions, centers, days, the notice) are the
 * booker's own requests (BookingController), so they follow its rules:
 * latest reply wins, the coming month from the server's today.
 */
export class CallerBooking implements ReactiveController {
  step: Step = 'where';
  service: ServiceCode | undefined;
  region: string | undefined;
  center: string | undefined;
  township: string | undefined;
  focusedDate = '';
  selectedDate: string | undefined;
  slotStart: string | undefined;
  contact: Contact = EMPTY_CONTACT;
  noticeRead = false;
  problems: FieldProblem[] = [];
  message = '';
  sending = false;
  booked: RosterEntry | undefined;

  readonly data: BookingController;
  readonly #attempt = new SendAttempt(() => Promise.resolve());
  #retryTimer: ReturnType<typeof setTimeout> | undefined;
  /** The last "book" got no answer at all (offline, a lost reply). */
  #unanswered = false;

  constructor(private readonly host: ReactiveControllerHost & EventTarget, private readonly options: CallerBookingOptions) {
    host.addController(this);
    // only the booker's requests are used here, never its commands: their callbacks have nothing to do
    this.data = new BookingController(host, {
      connection: options.connection, locale: options.locale, displayLocale: options.displayLocale, report: options.report,
      loadView: options.loadView, announce: options.announce, onSlotTaken: () => {}, onNoticeChanged: () => {}, onDone: () => {},
    });
  }

  hostDisconnected(): void {
    clearTimeout(this.#retryTimer);
  }

  get #text() {
    return callerBookingText.in(this.options.displayLocale());
  }

  get #booker() {
    return appointmentBookerText.in(this.options.displayLocale());
  }

  /** A new call: every choice and what the last caller said is gone; the center shown on the roster is chosen. */
  start(center: string): void {
    clearTimeout(this.#retryTimer);
    this.#attempt.end();
    Object.assign(this, {
      service: undefined, region: regionOfCenter(center), center: center || undefined, township: undefined, focusedDate: '', selectedDate: undefined,
      slotStart: undefined, contact: EMPTY_CONTACT, noticeRead: false, booked: undefined,
    });
    this.data.centers.reset();
    if (this.data.regions.state.status !== 'ready') this.data.loadRegions();
    this.#go('where');
  }

  #go(step: Step): void {
    this.step = step;
    this.problems = [];
    this.message = '';
    this.options.moveFocus(STEP_HEADING);
  }

  #invalid(problems: FieldProblem[]): boolean {
    this.problems = problems;
    this.host.requestUpdate();
    if (problems.length) this.options.moveFocus(ERROR_SUMMARY);
    return problems.length > 0;
  }

  /** Anything that would be booked changed: the next "book" is a new attempt. */
  #changed(): void {
    this.#attempt.end();
    this.host.requestUpdate();
  }

  /** Another service or area: the centers are asked for again; the center chosen stays while the area does (the roster's, for a start). */
  #where(change: { service?: ServiceCode | undefined; region?: string | undefined }): void {
    if ('region' in change && change.region !== this.region) [this.center, this.township] = [undefined, undefined];
    Object.assign(this, change);
    this.data.centers.reset();
    if (this.service && this.region) this.data.loadCenters(this.service, this.region);
    this.#changed();
  }

  #whereDone(): void {
    // a center kept from before counts only if it offers the service chosen
    if (!this.data.centers.value?.some((c) => c.id === this.center)) this.center = undefined;
    if (this.#invalid(whereProblems(this.service, this.center, this.#booker))) return;
    this.data.center = this.data.centers.value?.find((c) => c.id === this.center) ?? this.data.center;
    if (this.data.center?.id !== this.center) void this.data.findCenter(this.center!, this.service!);
    this.#go('when');
    void this.#loadDays();
  }

  async #loadDays(): Promise<void> {
    const days = await this.data.loadDays({ center: this.center!, service: this.service! });
    if (days) ({ focusedDate: this.focusedDate, slotStart: this.slotStart } = keptChoice(days, this.focusedDate, this.slotStart));
    this.host.requestUpdate();
  }

  #whenDone(): void {
    if (this.#invalid(whenProblems(this.selectedDate, this.slotStart, this.#booker))) return;
    this.#go('who');
    if (this.data.notice.state.status !== 'ready') this.data.loadNotice();
  }

  #whoDone(): void {
    if (this.data.notice.state.status !== 'ready' || this.#invalid(callerProblems(this.contact, this.noticeRead, this.#text))) return;
    this.#attempt.begin();
    this.#go('check');
  }

  #contactChanged(contact: Contact, noticeRead: boolean): void {
    [this.contact, this.noticeRead] = [contact, noticeRead];
    // once the operator tried to go on, each field is checked as it is typed
    if (this.problems.length) this.problems = callerProblems(contact, noticeRead, this.#text);
    this.#changed();
  }

  /** Books under the attempt's key; a refusal says what it means and where to go from here. */
  async book(): Promise<void> {
    const key = this.#attempt.key;
    const notice = this.data.notice.value;
    if (this.sending || !key || !notice) return;
    clearTimeout(this.#retryTimer);
    [this.sending, this.message, this.#unanswered] = [true, '', false];
    this.host.requestUpdate();
    try {
      const request = callerRequest({ service: this.service!, center: this.center!, slotStart: this.slotStart!, contact: this.contact }, notice.version);
      const booked = await this.options.staff().bookForCaller(request, key, { locale: this.options.locale() });
      this.#attempt.end();
      // what the caller said is kept no longer than needed: the reply holds it masked
      [this.booked, this.contact, this.noticeRead] = [booked, EMPTY_CONTACT, false];
      this.#go('done');
      this.options.announce(fill(this.#text.announceBooked, { reference: booked.reference }));
    } catch (error) {
      this.#refused(ApiProblem.from(error));
    } finally {
      this.sending = false;
      this.host.requestUpdate();
    }
  }

  #refused(problem: ApiProblem): void {
    const text = this.#text;
    this.options.report('create-staff-appointment', problem);
    const reason = callerRefusal(problem);
    this.#unanswered = reason.kind === 'no-answer';
    switch (reason.kind) {
      case 'slot-taken':
        // the last place went meanwhile (on any channel): fresh times, the same day, another time with the caller
        this.#changed();
        this.slotStart = undefined;
        this.#go('when');
        void this.#loadDays();
        this.message = text.slotTaken;
        break;
      case 'notice-changed':
        this.#changed();
        this.noticeRead = false;
        this.#go('who');
        this.data.loadNotice();
        this.message = text.noticeChanged;
        break;
      case 'limit-reached':
        this.message = text.limitReached;
        break;
      case 'wait':
        this.message = fill(text.waitRetry, { seconds: reason.seconds });
        this.#retryTimer = setTimeout(() => void this.book(), reason.seconds * 1000);
        break;
      case 'no-answer':
        this.message = problem.code === 'offline' ? text.offline : text.noAnswer;
        break;
      default:
        this.message = this.options.explain(problem);
    }
    this.options.announce(this.message);
  }

  /** Back online: an attempt whose answer never came is sent again, under its key. */
  backOnline(): void {
    if (this.step === 'check' && this.#unanswered) void this.book();
  }

  #leave(): void {
    clearTimeout(this.#retryTimer);
    const booked = this.booked;
    [this.contact, this.noticeRead, this.booked] = [EMPTY_CONTACT, false, undefined];
    this.options.backToRoster(booked && this.center ? { center: this.center, date: visitDay(booked.slot.start), reference: booked.reference } : undefined);
  }

  /** "Back" and "step n of 5" above the step, as in the booker; the first step's "back" leads to the visitors. */
  get frame(): StepFrame {
    const back = backTarget(this.step);
    const number = stepNumber(this.step);
    const booker = this.#booker;
    return {
      back: this.step === 'where' ? { label: this.#text.backToRoster, go: () => this.#leave() }
        : back ? { label: booker.back, go: () => this.#go(back) } : undefined,
      progress: number ? fill(booker.stepOf, { step: number }) : undefined,
    };
  }

  render(): TemplateResult {
    const locale = this.options.displayLocale();
    const text = this.#booker;
    const own = this.#text;
    const { data, problems, message, sending } = this;
    const { views } = data;
    switch (this.step) {
      case 'where':
        return whereView({
          text, locale, problems, service: this.service, region: this.region, center: this.center, township: this.township,
          regions: data.regions.state, centers: data.centers.state, position: undefined, locating: false,
          submit: () => this.#whereDone(), retryCenters: () => this.#where({}),
          chooseService: (service) => this.#where({ service }), chooseRegion: (region) => this.#where({ region }),
          chooseCenter: (center) => { this.center = center; this.#changed(); },
          chooseTownship: (township) => { this.township = township; this.host.requestUpdate(); },
        });
      case 'when':
        return views.when?.whenView({
          text, locale, problems, rescheduling: false, days: data.days.state, focusedDate: this.focusedDate, selectedDate: this.selectedDate,
          slotStart: this.slotStart, message, sending, submit: () => this.#whenDone(), retry: () => void this.#loadDays(),
          focusDay: (date) => { this.focusedDate = date; this.options.moveFocus(`[data-date="${date}"]`); },
          pickDay: (date) => {
            ({ focusedDate: this.focusedDate, selectedDate: this.selectedDate, slotStart: this.slotStart } = pickedDay(data.days.value, date, { selectedDate: this.selectedDate, slotStart: this.slotStart }));
            this.#changed();
          },
          chooseSlot: (slotStart) => { this.slotStart = slotStart; this.#changed(); },
        }) ?? waiting(text.whenTitle, locale, data.days.state, () => void this.#loadDays());
      case 'who':
        return callerView({
          locale, problems, contact: this.contact, noticeRead: this.noticeRead, notice: data.notice.state, message, continueLabel: text.continue,
          submit: () => this.#whoDone(), retry: () => data.loadNotice(),
          type: (field, value) => this.#contactChanged({ ...this.contact, [field]: value }, this.noticeRead),
          confirmRead: (read) => this.#contactChanged(this.contact, read),
        });
      case 'check':
        return views.check?.checkView({
          text: { ...text, checkTitle: own.checkTitle }, locale, message, sending, service: this.service!, center: data.center?.name ?? this.center!, contact: this.contact,
          slot: this.#slot(),
          more: [{ label: own.consent, value: fill(own.oralConsent, { version: data.notice.value?.version ?? '' }), step: 'who' }],
          change: (step) => this.#go(step), book: () => void this.book(),
        }) ?? waiting(own.checkTitle, locale, data.notice.state, () => data.loadNotice());
      case 'done':
        return this.booked ? bookedView({
          locale, booked: this.booked, where: `${data.center?.name ?? this.center} · ${visitWhen(this.booked.slot, locale)}`,
          backToRoster: () => this.#leave(), bookAnother: () => this.start(this.center ?? ''),
        }) : html``;
      default:
        return html``;
    }
  }

  #slot(): { start: string; end: string } | undefined {
    return this.data.days.value?.find((day) => day.date === this.selectedDate)?.slots.find((slot) => slot.start === this.slotStart);
  }
}
