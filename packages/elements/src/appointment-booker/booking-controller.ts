import { addDays, DEFAULT_HOTLINE, normalizeMobile, type ServiceCode } from '@plskit/core';
import type { AvailabilityDay, ServiceCenter } from '@plskit/sdk';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ApiProblem } from '../api/api-problem.js';
import type { Connection } from '../api/connection.js';
import type { Region } from '../api/directory-types.js';
import { problemMessage } from '../async-state/async-state-view.js';
import { RequestController, type ReportProblem } from '../async-state/request-controller.js';
import { SendAttempt } from '../async-state/send-attempt.js';
import type { LoadView } from '../base/pls-steps-element.js';
import type { DisplayLocale, Locale } from '../locale/locale.js';
import { fill } from '../locale/string-table.js';
import { appointmentBookerText, type AppointmentBookerText } from './appointment-booker.strings.js';
import { appointmentDetail } from './appointment-event-detail.js';
import { appointmentRequests, type Appointment, type PrivacyNotice } from './appointment-requests.js';
import { refusal, type Contact } from './booking-steps.js';
import type { ManageCredentials } from '../links/manage-link.js';
import { PlsAppointmentBookedEvent } from './pls-appointment-booked-event.js';
import { PlsAppointmentCancelledEvent } from './pls-appointment-cancelled-event.js';
import { PlsAppointmentRescheduledEvent } from './pls-appointment-rescheduled-event.js';

/** The availability API answers at most 31 days at once: the coming month. */
const WINDOW_DAYS = 31;

export interface BookingOptions {
  connection(): Connection;
  /** Accept-Language of the calls (problem texts, the privacy notice). */
  locale(): Locale;
  /** The locale shown. */
  displayLocale(): DisplayLocale;
  /** pls-error, and the failure said in the live region. */
  report: ReportProblem;
  /** A later step's view, with its words ready. */
  loadView: LoadView;
  announce(message: string): void;
  /** The hotline a refusal tells the resident to call (the resident's booker; the desk's booking for a caller sends no command). */
  hotline?(): string;
  /** The slot was taken meanwhile: fresh times are loading; the resident chooses again. */
  onSlotTaken(): void;
  /** The privacy notice changed: the new one is loading; the resident agrees again. */
  onNoticeChanged(): void;
  /**
   * The booking's number confirmation expired or is missing: the code step
   * again, the contact kept. Only the resident's booker has a code step (and
   * loads it where the notice says numbers are confirmed); the desk's booking
   * for a caller has none.
   */
  onPhoneUnconfirmed?(): void;
  /** A command succeeded (its event is dispatched): the step to show, and what to announce. */
  onDone(step: 'done' | 'manage' | 'cancelled', announcement: string): void;
}

/** What a booking is made of: the element's choices on the steps before "check" (and the notice agreed to). */
export interface Visit {
  service: ServiceCode;
  center: string;
  slotStart: string;
  contact: Contact;
  /** The token of the number's confirmed code, where the operator requires one. */
  phoneVerification: string | undefined;
}

type Views = {
  when?: typeof import('./when-view.js');
  who?: typeof import('./who-view.js');
  check?: typeof import('./check-view.js');
  /** Only where the notice says numbers are confirmed. */
  code?: typeof import('../phone-code/phone-code-view.js');
  manage?: typeof import('./manage-view.js');
  done?: typeof import('./booking-done-view.js');
};

/**
 * The booker's requests and commands. Each list (regions, centers, days, the
 * privacy notice, a managed booking) is the kit's latest-wins request, so
 * choosing another service while the centers load never shows the old
 * service's centers. A step's view comes with the data it shows, so the first
 * step carries none of the later ones. The commands (book, move, cancel) send
 * one Idempotency-Key per attempt, retry after the server's Retry-After, and
 * say in `message` what a refusal means.
 */
export class BookingController implements ReactiveController {
  readonly regions: RequestController<Region[]>;
  readonly centers: RequestController<ServiceCenter[]>;
  readonly days: RequestController<AvailabilityDay[]>;
  readonly notice: RequestController<PrivacyNotice>;
  readonly managed: RequestController<Appointment>;
  /** The chosen (or managed) center's record: its name, address and phone on the later screens. */
  center: ServiceCenter | undefined;
  /** The views of the later steps, once loaded with their data. */
  readonly views: Views = {};
  /** The manage link's reference and token: from the booking just made, or from the link. */
  credentials: ManageCredentials | undefined;
  /** The booking just made. */
  booked: Appointment | undefined;
  /** The host answered a command's event with preventDefault(): it shows its own confirmation. */
  hostTookOver = false;
  /** A command is on its way. */
  sending = false;
  /** What the last command's failure means for the resident, shown above the step's button. */
  message = '';

  readonly #attempt = new SendAttempt(() => this.options.loadView(() => import('./booking-done-view.js')).then((view) => {
    this.views.done = view;
    this.host.requestUpdate();
  }));
  #retryTimer: ReturnType<typeof setTimeout> | undefined;

  get #text(): AppointmentBookerText {
    return appointmentBookerText.in(this.options.displayLocale());
  }

  constructor(private readonly host: ReactiveControllerHost & EventTarget, private readonly options: BookingOptions) {
    host.addController(this);
    const report = options.report;
    this.regions = new RequestController(host, 'list-regions', report);
    this.centers = new RequestController(host, 'list-service-centers', report);
    this.days = new RequestController(host, 'get-availability', report);
    this.notice = new RequestController(host, 'get-privacy-notice', report);
    this.managed = new RequestController(host, 'get-appointment', report);
  }

  hostDisconnected(): void {
    clearTimeout(this.#retryTimer);
  }

  get #requests() {
    return appointmentRequests(this.options.connection());
  }

  loadRegions(): void {
    void this.regions.run(async () => (await this.#requests.regions()).items.filter((region) => region.kind !== 'city'));
  }

  loadCenters(service: ServiceCode, region: string | undefined): void {
    void this.centers.run(async (signal) => (await this.#requests.centers(service, region, { signal })).items);
  }

  /** The coming month's days for a visit, and the calendar that shows them. */
  loadDays({ center, service }: { center: string; service: ServiceCode }): Promise<AvailabilityDay[] | undefined> {
    return this.days.run(async (signal) => {
      const fetchDays = async (): Promise<AvailabilityDay[]> => {
        // "today" is the server's (the browser's clock may be wrong): its default two weeks first, then the rest of the month
        const first = (await this.#requests.availability(center, service, undefined, undefined, { signal })).days;
        const next = addDays(first.at(-1)!.date, 1);
        const rest = (await this.#requests.availability(center, service, next, addDays(first[0]!.date, WINDOW_DAYS - 1), { signal })).days;
        return [...first, ...rest];
      };
      const [days, view] = await Promise.all([fetchDays(), this.options.loadView(() => import('./when-view.js'))]);
      this.views.when = view;
      return days;
    });
  }

  /**
   * The privacy notice in the locale asked for, the contact step that shows it,
   * the check step after it, and the code step between them where the notice
   * says numbers are confirmed (elsewhere it never loads).
   */
  loadNotice(): void {
    void this.notice.run(async (signal) => {
      const { loadView } = this.options;
      const noticeAndCode = async () => {
        const notice = await this.#requests.privacyNotice({ locale: this.options.locale(), signal });
        if (notice.phoneVerification && this.options.onPhoneUnconfirmed) this.views.code = await loadView(() => import('../phone-code/phone-code-view.js'));
        return notice;
      };
      const [notice, who, check] = await Promise.all([noticeAndCode(), loadView(() => import('./who-view.js')), loadView(() => import('./check-view.js'))]);
      Object.assign(this.views, { who, check });
      return notice;
    });
  }

  /** A booking from its manage link, its center's record, and the screens that manage it. */
  async loadManaged(credentials: ManageCredentials): Promise<void> {
    this.credentials = credentials;
    const appointment = await this.managed.run(async (signal) => {
      const [found, view] = await Promise.all([this.#requests.get(credentials.reference, credentials.token, { signal }), this.options.loadView(() => import('./manage-view.js'))]);
      this.views.manage = view;
      return found;
    });
    if (appointment) await this.findCenter(appointment.center, appointment.service);
  }

  /** The center's record for the later screens; without it they show the center's id. */
  async findCenter(id: string, service: ServiceCode): Promise<void> {
    try {
      const region = /^sc-(\d{6})/.exec(id)?.[1];
      this.center = (await this.#requests.centers(service, region)).items.find((center) => center.id === id);
      this.host.requestUpdate();
    } catch {
      // the booking shows without the center's address: nothing to retry for
    }
  }

  /** The confirmation screen's module, fetched while the resident checks the booking; again after a failure (offline). */
  prepareDoneView(): void {
    this.#attempt.prepareDoneView();
  }

  /** "Check your booking" begins an attempt: its key is kept for every retry of it. */
  beginAttempt(): void {
    this.#attempt.begin();
  }

  /** Any change to what would be booked starts a new attempt with a new key. */
  changed(): void {
    this.#attempt.end();
  }

  /** An attempt that failed and can be sent again as it is (back online). */
  get canRetryBooking(): boolean {
    return this.#attempt.key !== undefined && this.message !== '';
  }

  book(visit: Visit): Promise<void> {
    const key = this.#attempt.key;
    const notice = this.notice.value;
    if (!key || !notice) return Promise.resolve();
    const { contact } = visit;
    return this.#command('book-appointment', () => this.book(visit), (requests) => requests.book({
      center: visit.center, service: visit.service, slotStart: visit.slotStart,
      contact: { name: contact.name.trim(), phone: normalizeMobile(contact.phone) ?? contact.phone },
      consent: { privacyNotice: notice.version, agreed: true },
      ...(contact.note.trim() ? { note: contact.note.trim() } : {}),
      ...(visit.phoneVerification ? { phoneVerification: visit.phoneVerification } : {}),
    }, key, { locale: this.options.locale() }), (appointment) => {
      this.#attempt.end();
      this.booked = appointment;
      this.credentials = { reference: appointment.reference, token: appointment.manageToken! };
      this.#done(new PlsAppointmentBookedEvent(appointmentDetail(appointment)), 'done', fill(this.#text.announceBooked, { reference: appointment.reference }));
    });
  }

  reschedule(slotStart: string): Promise<void> {
    const { reference, token } = this.credentials!;
    return this.#command('reschedule-appointment', () => this.reschedule(slotStart),
      (requests) => requests.reschedule(reference, token, slotStart, { locale: this.options.locale() }), (moved) => {
        this.managed.reset({ status: 'ready', value: moved });
        this.#done(new PlsAppointmentRescheduledEvent(appointmentDetail(moved)), 'manage', this.#text.rescheduled);
        this.message = this.#text.rescheduled;
      });
  }

  cancel(): Promise<void> {
    const { reference, token } = this.credentials!;
    return this.#command('cancel-appointment', () => this.cancel(),
      (requests) => requests.cancel(reference, token, { locale: this.options.locale() }), (cancelled) => {
        this.managed.reset({ status: 'ready', value: cancelled });
        this.#done(new PlsAppointmentCancelledEvent(appointmentDetail(cancelled)), 'cancelled', this.#text.cancelled);
      });
  }

  /** Tells the host (a cancelable pls-appointment-* event, nothing personal in it), then the resident. */
  #done(event: Event, step: 'done' | 'manage' | 'cancelled', announcement: string): void {
    this.hostTookOver = !this.host.dispatchEvent(event);
    this.options.onDone(step, announcement);
  }

  /** One command: nothing else is sent meanwhile; a failure says what it means and what happens next. */
  async #command(operation: string, again: () => void, send: (requests: ReturnType<typeof appointmentRequests>) => Promise<Appointment>,
    done: (appointment: Appointment) => void): Promise<void> {
    if (this.sending) return;
    clearTimeout(this.#retryTimer);
    this.sending = true;
    this.message = '';
    this.host.requestUpdate();
    try {
      done(await send(this.#requests));
    } catch (error) {
      this.#refused(operation, ApiProblem.from(error), again);
    } finally {
      this.sending = false;
      this.host.requestUpdate();
    }
  }

  #refused(operation: string, problem: ApiProblem, again: () => void): void {
    const text = this.#text;
    this.options.report(operation, problem);
    const reason = refusal(problem);
    switch (reason.kind) {
      case 'slot-taken':
        // someone took the last place while the resident decided: fresh times, same day
        this.changed();
        this.options.onSlotTaken();
        this.message = text.slotTaken;
        break;
      case 'notice-changed':
        this.changed();
        this.options.onNoticeChanged();
        this.message = text.noticeChanged;
        this.loadNotice();
        break;
      case 'phone-unconfirmed':
        // the code step says why (its words came with it); without it, the notice in force says numbers are confirmed now
        this.changed();
        if (this.views.code) this.options.onPhoneUnconfirmed?.();
        else {
          this.options.onNoticeChanged();
          this.message = text.noticeChanged;
          this.loadNotice();
        }
        break;
      case 'limit-reached':
        // nothing to retry here: the resident frees a place with another visit's manage link first
        this.message = fill(text.limitReached, { hotline: this.options.hotline?.() ?? DEFAULT_HOTLINE });
        break;
      case 'lost':
        this.managed.reset({ status: 'error', problem });
        break;
      case 'wait':
        this.message = fill(text.waitRetry, { seconds: reason.seconds });
        this.#retryTimer = setTimeout(again, reason.seconds * 1000);
        break;
      default:
        this.message = problem.unreachable ? (problem.code === 'offline' ? text.offlineKept : text.noResponse)
          : problemMessage(problem, this.options.displayLocale());
    }
    if (this.message) this.options.announce(this.message);
  }
}
