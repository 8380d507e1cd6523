import { addDays, isMainlandMobile, isServiceCode, normalizeMobile, SERVICE_CODES, type ServiceCode } from '@plskit/core';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ApiProblem, isAbort } from '../api/api-problem.js';
import type { Region } from '../api/directory-types.js';
import { errorView, loadingView, problemMessage } from '../async-state/async-state-view.js';
import type { AsyncState } from '../async-state/async-state.js';
import { PlsElement } from '../base/pls-element.js';
import { copyText } from '../clipboard/clipboard-copy.js';
import { fill } from '../locale/string-table.js';
import { newIdempotencyKey, type AvailabilityDay, type ServiceCenter } from '@plskit/sdk';
import { appointmentBookerText, type AppointmentBookerText } from './appointment-booker.strings.js';
import type { PlsAppointmentDetail } from './appointment-event-detail.js';
import { appointmentRequests, type Appointment, type AppointmentRequests, type PrivacyNotice } from './appointment-requests.js';
import { bookable, longDate } from './availability-day.js';
import { readBookingLink } from '../links/booking-link.js';
import { forgetManageLink, manageLink, readManageLink, type ManageCredentials } from './manage-link.js';
import { openingHoursLines } from './opening-hours-text.js';
import { bookerStyles } from './pls-appointment-booker.styles.js';
import { PlsAppointmentBookedEvent } from './pls-appointment-booked-event.js';
import { PlsAppointmentCancelledEvent } from './pls-appointment-cancelled-event.js';
import { PlsAppointmentRescheduledEvent } from './pls-appointment-rescheduled-event.js';

/** The availability API answers at most 31 days at once: the coming month. */
const WINDOW_DAYS = 31;

type Step = 'where' | 'when' | 'who' | 'check' | 'done' | 'manage' | 'reschedule' | 'confirm-cancel' | 'cancelled';
interface FieldProblem { field: string; message: string }

const time = (instant: string) => instant.slice(11, 16);

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
 * @csspart calendar - The date grid.
 * @csspart provisional-note - The note that a year's holiday schedule is not published yet.
 * @csspart slots - The times of the chosen day.
 * @csspart privacy-notice - The privacy notice, in full, as the API serves it.
 * @csspart continue-button - A step's "continue" button.
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
export class PlsAppointmentBooker extends PlsElement {
  static override styles = bookerStyles;
  static override strings = [appointmentBookerText];

  /** A center id (e.g. "sc-370811") the host already knows: the resident starts with it chosen. */
  @property() center?: string;
  /** A service code (e.g. "legal-aid-application") the host already knows. */
  @property() service?: string;

  @state() private step: Step = 'where';
  @state() private chosenService: ServiceCode | undefined;
  @state() private chosenRegion: string | undefined;
  @state() private chosenCenter: string | undefined;
  @state() private regions: Region[] = [];
  @state() private centers: AsyncState<ServiceCenter[]> = { status: 'idle' };
  @state() private days: AsyncState<AvailabilityDay[]> = { status: 'idle' };
  /** The calendar's module comes with the availability it shows: the first step does not carry it. */
  #dateGrid: typeof import('./date-grid.js') | undefined;
  @state() private focusedDate = '';
  @state() private selectedDate: string | undefined;
  @state() private slotStart: string | undefined;
  @state() private notice: AsyncState<PrivacyNotice> = { status: 'idle' };
  /** The notice's view (with the law names its citations need) comes with the notice: the first steps do not carry it. */
  #noticeView: typeof import('./privacy-notice-view.js') | undefined;
  @state() private contact = { name: '', phone: '', note: '' };
  @state() private consent = false;
  @state() private problems: FieldProblem[] = [];
  @state() private message = '';
  @state() private sending = false;
  @state() private appointment: Appointment | undefined;
  @state() private credentials: ManageCredentials | undefined;
  @state() private managed: AsyncState<Appointment> = { status: 'idle' };
  @state() private hostTookOver = false;
  @state() private copied = '';

  /** One booking attempt, one Idempotency-Key: made on "check", kept for every retry, dropped when a detail changes. */
  #attemptKey: string | undefined;
  #retryTimer: ReturnType<typeof setTimeout> | undefined;
  #focus: 'heading' | 'errors' | 'grid' | undefined;
  #centerRecord: ServiceCenter | undefined;

  get #requests(): AppointmentRequests {
    return appointmentRequests(this.requireConnection());
  }

  get #text(): AppointmentBookerText {
    return appointmentBookerText[this.displayLocale];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    globalThis.addEventListener?.('hashchange', this.#readLink);
    this.#readLink();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    globalThis.removeEventListener?.('hashchange', this.#readLink);
    clearTimeout(this.#retryTimer);
  }

  /** Back to the first step on a center and service a host or a link names. */
  #restart({ center, service }: { center?: string; service?: ServiceCode }): void {
    if (service) this.chosenService = service;
    if (center) {
      this.chosenCenter = center;
      this.chosenRegion = /^sc-(\d{6})/.exec(center)?.[1] ?? this.chosenRegion;
    }
    this.centers = { status: 'idle' };
    if (this.step !== 'where' && this.step !== 'done' && !this.credentials) this.#go('where');
  }

  /** A manage link opens the booking; a booking link (from "where to apply") opens the center and service. */
  #readLink = (): void => {
    const hash = globalThis.location?.hash ?? '';
    const manage = readManageLink(hash);
    if (manage) {
      forgetManageLink();
      this.manage(manage.reference, manage.token);
      return;
    }
    const book = readBookingLink(hash);
    if (!book || !isServiceCode(book.service)) return;
    this.#restart({ center: book.center, service: book.service });
    this.#go('where');
    this.scrollIntoView?.({ block: 'start' });
  };

  /** Shows a booking from its reference and manage token (what the manage link carries). */
  manage(reference: string, token: string): void {
    this.credentials = { reference, token };
    this.hostTookOver = false;
    this.#go('manage');
    void this.#loadManaged();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // a host sets center and service (e.g. on the notary checklist's pls-book-request): the resident starts there
    if (changed.has('service') && isServiceCode(this.service)) this.#restart({ service: this.service });
    if (changed.has('center') && this.center) this.#restart({ center: this.center });
    if (this.chosenRegion === undefined) this.chosenRegion = this.effectiveRegion ?? /^sc-(\d{6})/.exec(this.center ?? '')?.[1];
    if (this.step === 'where' && this.connection && this.regions.length === 0) void this.#loadRegions();
    if (this.step === 'where' && this.centers.status === 'idle' && this.chosenService && this.chosenRegion && this.connection) {
      void this.#loadCenters();
    }
  }

  protected override updated(): void {
    const root = this.renderRoot;
    if (this.#focus === 'heading') root.querySelector<HTMLElement>('#step-heading')?.focus();
    else if (this.#focus === 'errors') root.querySelector<HTMLElement>('.error-summary')?.focus();
    else if (this.#focus === 'grid') root.querySelector<HTMLElement>(`[data-date="${this.focusedDate}"]`)?.focus();
    this.#focus = undefined;
  }

  protected override backOnline(): void {
    if (this.step === 'check' && this.message && this.#attemptKey) void this.#book();
    else if (this.days.status === 'error') void this.#loadDays();
    else if (this.centers.status === 'error') void this.#loadCenters();
    else if (this.notice.status === 'error') void this.#loadNotice();
    else if (this.managed.status === 'error') void this.#loadManaged();
  }

  // ---- loading ----------------------------------------------------------------

  async #load<T>(operation: string, run: () => Promise<T>, set: (state: AsyncState<T>) => void): Promise<T | undefined> {
    set({ status: 'loading' });
    try {
      const value = await run();
      set({ status: 'ready', value });
      return value;
    } catch (error) {
      if (isAbort(error)) return undefined;
      const problem = ApiProblem.from(error);
      set({ status: 'error', problem });
      this.reportProblem(operation, problem);
      this.announcement = problemMessage(problem, this.displayLocale);
      return undefined;
    }
  }

  async #loadRegions(): Promise<void> {
    this.regions = [{ code: '', name: { 'zh-CN': '', en: '' }, kind: 'loading' }];
    try {
      this.regions = (await this.#requests.regions()).items.filter((region) => region.kind !== 'city');
    } catch (error) {
      this.regions = [];
      this.reportProblem('list-regions', ApiProblem.from(error));
    }
  }

  #loadCenters = (): Promise<unknown> => this.#load('list-service-centers',
    async () => (await this.#requests.centers(this.chosenService!, this.chosenRegion)).items, (s) => { this.centers = s; });

  #loadDays = (): Promise<unknown> => {
    const { center, service } = this.#visitTarget();
    const fetchDays = async (): Promise<AvailabilityDay[]> => {
      // "today" is the server's (the browser's clock may be wrong): its default two weeks first, then the rest of the month
      const first = (await this.#requests.availability(center, service)).days;
      const next = addDays(first.at(-1)!.date, 1);
      const rest = (await this.#requests.availability(center, service, next, addDays(first[0]!.date, WINDOW_DAYS - 1))).days;
      return [...first, ...rest];
    };
    return this.#load('get-availability', async () => {
      const [days, grid] = await Promise.all([fetchDays(), import('./date-grid.js')]);
      this.#dateGrid = grid;
      return days;
    },
      (s) => {
        this.days = s;
        if (s.status !== 'ready') return;
        // the focus stays on the chosen day, else the first day that can be booked
        if (!s.value.some((day) => day.date === this.focusedDate)) this.focusedDate = (s.value.find(bookable) ?? s.value[0])?.date ?? '';
        if (this.slotStart && !s.value.some((day) => day.slots.some((slot) => slot.start === this.slotStart && slot.remaining > 0))) {
          this.slotStart = undefined;
        }
      });
  };

  #loadNotice = (): Promise<unknown> => this.#load('get-privacy-notice', async () => {
    const [notice, view] = await Promise.all([this.#requests.privacyNotice({ locale: this.effectiveLocale }), import('./privacy-notice-view.js')]);
    this.#noticeView = view;
    return notice;
  }, (s) => { this.notice = s; });

  #loadManaged = async (): Promise<void> => {
    const { reference, token } = this.credentials!;
    const appointment = await this.#load('get-appointment', () => this.#requests.get(reference, token), (s) => { this.managed = s; });
    if (appointment) await this.#findCenter(appointment.center, appointment.service);
  };

  async #findCenter(id: string, service: ServiceCode): Promise<void> {
    try {
      const region = /^sc-(\d{6})/.exec(id)?.[1];
      this.#centerRecord = (await this.#requests.centers(service, region)).items.find((c) => c.id === id);
      this.requestUpdate();
    } catch {
      // the booking shows without the center's address: nothing to retry for
    }
  }

  // ---- moving between steps ---------------------------------------------------

  #go(step: Step): void {
    this.step = step;
    this.problems = [];
    this.message = '';
    this.copied = '';
    this.#focus = 'heading';
  }

  #visitTarget(): { center: string; service: ServiceCode } {
    const managed = this.managed.status === 'ready' ? this.managed.value : undefined;
    return managed && this.step === 'reschedule'
      ? { center: managed.center, service: managed.service }
      : { center: this.chosenCenter!, service: this.chosenService! };
  }

  #invalid(problems: FieldProblem[]): boolean {
    this.problems = problems;
    if (problems.length) this.#focus = 'errors';
    return problems.length > 0;
  }

  #whereDone = (event: Event): void => {
    event.preventDefault();
    const s = this.#text;
    if (this.#invalid([
      ...(this.chosenService ? [] : [{ field: 'service', message: s.chooseService }]),
      ...(this.chosenCenter ? [] : [{ field: 'center-list', message: s.chooseCenter }]),
    ])) return;
    this.#centerRecord = this.centers.status === 'ready' ? this.centers.value.find((c) => c.id === this.chosenCenter) : this.#centerRecord;
    if (!this.#centerRecord) void this.#findCenter(this.chosenCenter!, this.chosenService!);
    this.#go('when');
    void this.#loadDays();
  };

  #whenDone = (event: Event): void => {
    event.preventDefault();
    const s = this.#text;
    if (this.#invalid(this.slotStart ? [] : [{ field: this.selectedDate ? 'slot-list' : 'calendar', message: this.selectedDate ? s.chooseSlot : s.chooseDay }])) return;
    if (this.step === 'reschedule') {
      void this.#reschedule();
      return;
    }
    this.#go('who');
    if (this.notice.status !== 'ready') void this.#loadNotice();
  };

  #contactProblems(): FieldProblem[] {
    const s = this.#text;
    return [
      ...(this.contact.name.trim() ? [] : [{ field: 'name', message: s.nameRequired }]),
      ...(isMainlandMobile(this.contact.phone) ? [] : [{ field: 'phone', message: s.phoneInvalid }]),
      ...(this.consent ? [] : [{ field: 'consent', message: s.consentRequired }]),
    ];
  }

  #whoDone = (event: Event): void => {
    event.preventDefault();
    if (this.notice.status !== 'ready' || this.#invalid(this.#contactProblems())) return;
    this.#attemptKey ??= newIdempotencyKey();
    this.#prepareDoneView();
    this.#go('check');
  };

  /** Any change to what would be booked starts a new attempt with a new key. */
  #changed(): void {
    this.#attemptKey = undefined;
  }

  // ---- the calls that change a booking --------------------------------------

  async #book(): Promise<void> {
    if (this.sending || this.notice.status !== 'ready') return;
    clearTimeout(this.#retryTimer);
    this.sending = true;
    this.message = '';
    const s = this.#text;
    try {
      const appointment = await this.#requests.book({
        center: this.chosenCenter!, service: this.chosenService!, slotStart: this.slotStart!,
        contact: { name: this.contact.name.trim(), phone: normalizeMobile(this.contact.phone) ?? this.contact.phone },
        consent: { privacyNotice: this.notice.value.version, agreed: true },
        ...(this.contact.note.trim() ? { note: this.contact.note.trim() } : {}),
      }, this.#attemptKey!, { locale: this.effectiveLocale });
      this.#attemptKey = undefined;
      this.appointment = appointment;
      this.credentials = { reference: appointment.reference, token: appointment.manageToken! };
      this.hostTookOver = !this.dispatchEvent(new PlsAppointmentBookedEvent(this.#detail(appointment)));
      this.#go('done');
      this.announcement = fill(s.announceBooked, { reference: appointment.reference });
    } catch (error) {
      this.#failed('book-appointment', ApiProblem.from(error), () => void this.#book());
    } finally {
      this.sending = false;
    }
  }

  /** What a refused or lost change means for the resident, and what happens next. */
  #failed(operation: string, problem: ApiProblem, retry: () => void): void {
    const s = this.#text;
    this.reportProblem(operation, problem);
    if (problem.code === 'slot-full' || problem.code === 'slot-unavailable') {
      // someone took the last place while the resident decided: fresh times, same day
      this.#changed();
      this.slotStart = undefined;
      if (this.step !== 'reschedule') this.#go('when');
      this.message = s.slotTaken;
      this.announcement = s.slotTaken;
      void this.#loadDays();
    } else if (problem.code === 'privacy-notice-outdated') {
      this.#changed();
      this.consent = false;
      this.#go('who');
      this.message = s.noticeChanged;
      void this.#loadNotice();
    } else if ((problem.status === 429 || problem.status === 503) && problem.retryAfter !== undefined) {
      this.message = fill(s.waitRetry, { seconds: problem.retryAfter });
      this.#retryTimer = setTimeout(retry, problem.retryAfter * 1000);
    } else if (problem.code === 'not-found' || problem.code === 'manage-token-invalid') {
      this.managed = { status: 'error', problem };
    } else {
      this.message = problem.unreachable ? (problem.code === 'offline' ? s.offlineKept : s.noResponse) : problemMessage(problem, this.displayLocale);
    }
    this.announcement = this.message || this.announcement;
  }

  #detail(appointment: Appointment): PlsAppointmentDetail {
    return { reference: appointment.reference, center: appointment.center, service: appointment.service, slot: appointment.slot };
  }

  async #reschedule(): Promise<void> {
    const { reference, token } = this.credentials!;
    this.sending = true;
    try {
      const moved = await this.#requests.reschedule(reference, token, this.slotStart!, { locale: this.effectiveLocale });
      this.managed = { status: 'ready', value: moved };
      this.hostTookOver = !this.dispatchEvent(new PlsAppointmentRescheduledEvent(this.#detail(moved)));
      this.#go('manage');
      this.message = this.#text.rescheduled;
      this.announcement = this.message;
    } catch (error) {
      this.#failed('reschedule-appointment', ApiProblem.from(error), () => void this.#reschedule());
    } finally {
      this.sending = false;
    }
  }

  async #cancel(): Promise<void> {
    const { reference, token } = this.credentials!;
    this.sending = true;
    try {
      const cancelled = await this.#requests.cancel(reference, token, { locale: this.effectiveLocale });
      this.managed = { status: 'ready', value: cancelled };
      this.hostTookOver = !this.dispatchEvent(new PlsAppointmentCancelledEvent(this.#detail(cancelled)));
      this.#go('cancelled');
      this.announcement = this.#text.cancelled;
    } catch (error) {
      this.#failed('cancel-appointment', ApiProblem.from(error), () => void this.#cancel());
    } finally {
      this.sending = false;
    }
  }

  // ---- the date grid -----------------------------------------------------------

  #pickDay = (date: string): void => {
    const day = this.days.status === 'ready' ? this.days.value.find((d) => d.date === date) : undefined;
    this.focusedDate = date;
    if (!day || !bookable(day)) return;
    if (this.selectedDate !== date) this.slotStart = undefined;
    this.selectedDate = date;
    this.#changed();
  };

  #gridKey = (event: KeyboardEvent, date: string): void => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.#pickDay(date);
      return;
    }
    const target = this.#dateGrid?.gridMove(event.key, date);
    if (!target || this.days.status !== 'ready') return;
    event.preventDefault();
    const days = this.days.value;
    const first = days[0]!.date;
    const last = days.at(-1)!.date;
    this.focusedDate = target < first ? first : target > last ? last : target;
    this.#focus = 'grid';
  };

  // ---- rendering ----------------------------------------------------------------

  protected override render(): TemplateResult {
    const s = this.#text;
    const numbered: Partial<Record<Step, number>> = { where: 1, when: 2, who: 3, check: 4, done: 5 };
    const backTo: Partial<Record<Step, Step>> = { when: 'where', who: 'when', check: 'who', reschedule: 'manage', 'confirm-cancel': 'manage' };
    const back = backTo[this.step];
    return html`<div class=${this.rootClass} part="base" lang=${this.displayLocale}>
      ${this.renderLiveRegion()}
      ${back ? html`<button type="button" class="back link" part="back-button" @click=${() => this.#go(back)}>
        <span aria-hidden="true">‹ </span>${s.back}</button>` : nothing}
      ${numbered[this.step] ? html`<p class="progress" part="progress">${fill(s.stepOf, { step: numbered[this.step]! })}</p>` : nothing}
      ${this.#renderStep()}
    </div>`;
  }

  #heading(text: string): TemplateResult {
    return html`<h2 id="step-heading" tabindex="-1">${text}</h2>`;
  }

  #errorSummary(): TemplateResult | typeof nothing {
    if (!this.problems.length) return nothing;
    return html`<div class="error-summary" part="error-summary" tabindex="-1" role="alert" aria-labelledby="error-title">
      <h3 id="error-title">${this.#text.errorTitle}</h3>
      <ul>${this.problems.map((p) => html`<li><a href=${`#${p.field}`} @click=${(event: Event) => {
        event.preventDefault();
        this.renderRoot.querySelector<HTMLElement>(`#${p.field}`)?.focus();
      }}>${p.message}</a></li>`)}</ul>
    </div>`;
  }

  #fieldError(field: string): TemplateResult | typeof nothing {
    const problem = this.problems.find((p) => p.field === field);
    return problem ? html`<p class="field-error" id=${`${field}-error`}>${problem.message}</p>` : nothing;
  }

  #messageLine(): TemplateResult | typeof nothing {
    return this.message ? html`<p class="message" role="status">${this.message}</p>` : nothing;
  }

  #renderStep(): TemplateResult {
    switch (this.step) {
      case 'where': return this.#renderWhere();
      case 'when': case 'reschedule': return this.#renderWhen();
      case 'who': return this.#renderWho();
      case 'check': return this.#renderCheck();
      case 'done': return this.#renderDone();
      default: return this.#renderManage();
    }
  }

  #renderWhere(): TemplateResult {
    const s = this.#text;
    const { services } = s;
    const locale = this.displayLocale;
    const loading = this.regions[0]?.kind === 'loading';
    return html`<form novalidate @submit=${this.#whereDone}>
      ${this.#heading(s.whereTitle)}
      ${this.#errorSummary()}
      <div class="field">
        <label for="service">${s.serviceLabel}</label>
        ${this.#fieldError('service')}
        <select id="service" aria-invalid=${this.problems.some((p) => p.field === 'service') ? 'true' : 'false'} @change=${(e: Event) => {
          this.chosenService = (e.target as HTMLSelectElement).value as ServiceCode;
          this.chosenCenter = undefined;
          this.centers = { status: 'idle' };
          this.#changed();
        }}>
          <option value="" ?selected=${!this.chosenService}>—</option>
          ${SERVICE_CODES.map((code) => html`<option value=${code} ?selected=${code === this.chosenService}>${services[code]}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="region">${s.regionLabel}</label>
        <select id="region" ?disabled=${loading} @change=${(e: Event) => {
          this.chosenRegion = (e.target as HTMLSelectElement).value || undefined;
          this.chosenCenter = undefined;
          this.centers = { status: 'idle' };
        }}>
          <option value="" ?selected=${!this.chosenRegion}>—</option>
          ${this.regions.filter((r) => r.code).map((r) => html`<option value=${r.code} ?selected=${r.code === this.chosenRegion}>${r.name[locale]}</option>`)}
        </select>
      </div>
      ${this.#renderCenters()}
      <button class="primary" part="continue-button">${s.continue}</button>
    </form>`;
  }

  #renderCenters(): TemplateResult | typeof nothing {
    const s = this.#text;
    const { levels, weekdays } = s;
    const locale = this.displayLocale;
    const centers = this.centers;
    if (centers.status === 'idle') return nothing;
    if (centers.status === 'loading') return loadingView(locale, 3);
    if (centers.status === 'error') return errorView(centers.problem, locale, () => void this.#loadCenters());
    if (!centers.value.length) return html`<p>${s.noCenters}</p>`;
    return html`<fieldset id="center-list" tabindex="-1">
      <legend>${s.centerLabel}</legend>
      ${this.#fieldError('center-list')}
      <div class="choices">${centers.value.map((center) => html`<div class="choice center" part="center">
        <input type="radio" name="center" id=${`c-${center.id}`} value=${center.id} .checked=${center.id === this.chosenCenter}
          @change=${() => { this.chosenCenter = center.id; this.#changed(); }}>
        <label for=${`c-${center.id}`}>
          <strong>${center.name}</strong> <span class="level">${levels[center.level]}</span>
          <span class="detail">${center.address}</span>
          <span class="detail">${s.phone} ${center.phone}</span>
          <span class="detail">${s.hours} ${openingHoursLines(center.hours, locale, weekdays).join(' / ')}</span>
        </label></div>`)}</div>
    </fieldset>`;
  }

  #renderWhen(): TemplateResult {
    const s = this.#text;
    const locale = this.displayLocale;
    const days = this.days;
    const day = days.status === 'ready' ? days.value.find((d) => d.date === this.selectedDate) : undefined;
    const rescheduling = this.step === 'reschedule';
    return html`<form novalidate @submit=${this.#whenDone}>
      ${this.#heading(rescheduling ? s.rescheduleTitle : s.whenTitle)}
      ${this.#messageLine()}
      ${this.#errorSummary()}
      ${days.status === 'ready' && this.#dateGrid ? html`<div id="calendar" part="calendar" tabindex="-1">
          <p id="calendar-label" class="field-label">${s.calendarLabel}</p>
          ${this.#fieldError('calendar')}
          ${this.#dateGrid.dateGrid({ days: days.value, focused: this.focusedDate, selected: this.selectedDate, locale, text: this.#text,
            labelledBy: 'calendar-label', keydown: this.#gridKey, pick: this.#pickDay })}
        </div>
        ${day ? html`<fieldset id="slot-list" part="slots" tabindex="-1">
          <legend>${fill(s.slotsTitle, { date: longDate(day.date, locale) })}</legend>
          ${this.#fieldError('slot-list')}
          <div class="choices slots">${day.slots.map((slot) => html`<div class="choice">
            <input type="radio" name="slot" id=${`s-${time(slot.start)}`} value=${slot.start} ?disabled=${slot.remaining === 0}
              .checked=${slot.start === this.slotStart} @change=${() => { this.slotStart = slot.start; this.#changed(); }}>
            <label for=${`s-${time(slot.start)}`}>${time(slot.start)}–${time(slot.end)}
              <span class="detail">${slot.remaining ? fill(s.placesLeft, { count: slot.remaining }) : s.full}</span></label>
          </div>`)}</div>
        </fieldset>` : nothing}`
        : days.status === 'error' ? errorView(days.problem, locale, () => void this.#loadDays()) : loadingView(locale, 4)}
      <button class="primary" part=${rescheduling ? 'confirm-button' : 'continue-button'} ?disabled=${this.sending}>
        ${rescheduling ? s.confirmReschedule : s.continue}</button>
    </form>`;
  }

  #renderWho(): TemplateResult {
    const s = this.#text;
    const locale = this.displayLocale;
    const notice = this.notice;
    const invalid = (field: string) => (this.problems.some((p) => p.field === field) ? 'true' : 'false');
    const input = (field: 'name' | 'phone' | 'note') => (e: Event) => {
      this.contact = { ...this.contact, [field]: (e.target as HTMLInputElement).value };
      this.#changed();
      // once the resident has tried to continue, each field is checked as it is typed
      if (this.problems.length) this.problems = this.#contactProblems();
    };
    return html`<form novalidate @submit=${this.#whoDone}>
      ${this.#heading(s.whoTitle)}
      ${this.#messageLine()}
      ${this.#errorSummary()}
      <div class="field"><label for="name">${s.nameLabel}</label>${this.#fieldError('name')}
        <input id="name" class="medium" autocomplete="name" maxlength="50" .value=${this.contact.name} aria-invalid=${invalid('name')}
          aria-describedby=${invalid('name') === 'true' ? 'name-error' : nothing} @input=${input('name')}></div>
      <div class="field"><label for="phone">${s.phoneLabel}</label><p class="hint" id="phone-hint">${s.phoneHint}</p>${this.#fieldError('phone')}
        <input id="phone" class="medium" type="tel" inputmode="numeric" autocomplete="tel" maxlength="14" .value=${this.contact.phone}
          aria-invalid=${invalid('phone')} aria-describedby=${invalid('phone') === 'true' ? 'phone-hint phone-error' : 'phone-hint'} @input=${input('phone')}></div>
      <div class="field"><label for="note">${s.noteLabel}</label><p class="hint" id="note-hint">${s.noteHint}</p>
        <textarea id="note" maxlength="500" rows="2" aria-describedby="note-hint" .value=${this.contact.note} @input=${input('note')}></textarea></div>
      ${notice.status === 'ready' ? html`${this.#noticeView?.privacyNoticeView(notice.value, locale)}
        <div class="field">${this.#fieldError('consent')}<div class="choice">
          <input type="checkbox" id="consent" .checked=${this.consent} aria-invalid=${invalid('consent')} @change=${(e: Event) => {
            this.consent = (e.target as HTMLInputElement).checked;
            if (this.problems.length) this.problems = this.#contactProblems();
          }}>
          <label for="consent">${fill(s.consentLabel, { version: notice.value.version })}</label></div></div>`
        : notice.status === 'error' ? errorView(notice.problem, locale, () => void this.#loadNotice()) : loadingView(locale, 3)}
      <button class="primary" part="continue-button">${s.continue}</button>
    </form>`;
  }

  #when(slot: { start: string; end: string }): string {
    // the API's instants carry +08:00: their first ten characters are the Asia/Shanghai date
    return `${longDate(slot.start.slice(0, 10), this.displayLocale)} ${time(slot.start)}–${time(slot.end)}`;
  }

  #renderCheck(): TemplateResult {
    const s = this.#text;
    const { services } = s;
    const day = this.days.status === 'ready' ? this.days.value.find((d) => d.date === this.selectedDate) : undefined;
    const slot = day?.slots.find((x) => x.start === this.slotStart);
    const row = (label: string, value: string, to: Step) => html`<div class="row"><dt>${label}</dt><dd>${value}</dd>
      <dd><button type="button" class="link" @click=${() => this.#go(to)}>${s.change}<span class="visually-hidden"> ${label}</span></button></dd></div>`;
    return html`${this.#heading(s.checkTitle)}
      <dl class="summary">
        ${row(s.service, services[this.chosenService!], 'where')}
        ${row(s.center, this.#centerRecord?.name ?? this.chosenCenter!, 'where')}
        ${row(s.time, slot ? this.#when(slot) : '', 'when')}
        ${row(s.name, this.contact.name.trim(), 'who')}
        ${row(s.phoneLabel, this.contact.phone, 'who')}
      </dl>
      ${this.#messageLine()}
      <button type="button" class="primary" part="book-button" ?disabled=${this.sending} aria-busy=${this.sending ? 'true' : 'false'}
        @click=${() => void this.#book()}>${this.sending ? s.booking : s.book}</button>`;
  }

  #centerLines(): TemplateResult | typeof nothing {
    const center = this.#centerRecord;
    return center ? html`<p class="center-line">${center.name}<br>${center.address}<br>${this.#text.phone} ${center.phone}</p>` : nothing;
  }

  /** The confirmation screen's module: fetched while the resident checks the booking. */
  #doneView: Promise<typeof import('./booking-done-view.js')> | undefined;
  #loadedDoneView: typeof import('./booking-done-view.js') | undefined;

  #prepareDoneView(): void {
    this.#doneView ??= import('./booking-done-view.js').then((module) => {
      this.#loadedDoneView = module;
      this.requestUpdate();
      return module;
    }, (error: unknown) => {
      this.#doneView = undefined; // offline: tried again on the next step
      throw error;
    });
  }

  #renderDone(): TemplateResult {
    const s = this.#text;
    const appointment = this.appointment!;
    if (this.hostTookOver) return html`${this.#heading(s.doneTitle)}<p part="reference">${fill(s.hostTookOver, { reference: appointment.reference })}</p>`;
    const view = this.#loadedDoneView;
    if (!view) {
      this.#prepareDoneView();
      return html`${this.#heading(s.doneTitle)}<p part="reference" class="reference">${appointment.reference}</p>`;
    }
    return view.doneView({
      locale: this.displayLocale, text: this.#text, appointment, center: this.#centerRecord, link: manageLink(location, this.credentials!),
      copied: this.copied, heading: this.#heading(s.doneTitle), centerLines: this.#centerLines(), when: this.#when(appointment.slot),
      copy: (value) => void this.#copy(value),
    });
  }

  async #copy(value: string): Promise<void> {
    const copied = await copyText(value, this.renderRoot);
    this.copied = copied ? this.#text.copied : '';
    this.announcement = this.copied;
  }

  #renderManage(): TemplateResult {
    const s = this.#text;
    const { services } = s;
    const locale = this.displayLocale;
    const managed = this.managed;
    if (managed.status !== 'ready') {
      const lost = managed.status === 'error' && (managed.problem.code === 'not-found' || managed.problem.code === 'manage-token-invalid');
      return html`${this.#heading(s.manageTitle)}
        ${lost ? html`<p class="problem" part="error">${s.notFound}</p>`
          : managed.status === 'error' ? errorView(managed.problem, locale, () => void this.#loadManaged()) : loadingView(locale, 3)}`;
    }
    const appointment = managed.value;
    // the host answered pls-appointment-rescheduled or -cancelled with its own confirmation
    if (this.hostTookOver) return html`${this.#heading(s.manageTitle)}<p part="reference">${fill(s.hostTookOver, { reference: appointment.reference })}</p>`;
    if (this.step === 'confirm-cancel') {
      return html`${this.#heading(s.confirmCancelTitle)}
        <p>${services[appointment.service]} · ${this.#when(appointment.slot)}</p>
        ${this.#messageLine()}
        <div class="actions">
          <button type="button" class="danger" part="confirm-button" ?disabled=${this.sending} @click=${() => void this.#cancel()}>${s.confirmCancel}</button>
          <button type="button" @click=${() => this.#go('manage')}>${s.keep}</button>
        </div>`;
    }
    const cancelled = appointment.status === 'cancelled';
    return html`${this.#heading(cancelled ? s.cancelled : s.manageTitle)}
      ${this.#messageLine()}
      <dl class="summary">
        <div class="row"><dt>${s.reference}</dt><dd part="reference">${appointment.reference}</dd></div>
        <div class="row"><dt>${s.status}</dt><dd>${cancelled ? s.cancelled : s.booked}</dd></div>
        <div class="row"><dt>${s.service}</dt><dd>${services[appointment.service]}</dd></div>
        <div class="row"><dt>${s.time}</dt><dd>${this.#when(appointment.slot)}</dd></div>
        <div class="row"><dt>${s.name}</dt><dd>${appointment.contact.name} · ${appointment.contact.phone}</dd></div>
      </dl>
      ${this.#centerLines()}
      ${cancelled ? nothing : html`<div class="actions">
        <button type="button" part="reschedule-button" @click=${() => {
          this.selectedDate = undefined;
          this.slotStart = undefined;
          this.#go('reschedule');
          void this.#loadDays();
        }}>${s.reschedule}</button>
        <button type="button" class="danger" part="cancel-button" @click=${() => this.#go('confirm-cancel')}>${s.cancel}</button>
      </div>`}`;
  }
}
