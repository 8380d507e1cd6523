import type { ReactiveControllerHost } from 'lit';
import { ApiProblem } from '../api/api-problem.js';
import type { Connection } from '../api/connection.js';
import { RequestController, type ReportProblem } from '../async-state/request-controller.js';
import type { LoadView } from '../base/pls-steps-element.js';
import type { Locale } from '../locale/locale.js';
import type { Mark } from './staff-desk-steps.js';
import {
  staffRequests, type StaffRequests, type Closure, type ClosureRequest, type Roster, type RosterEntry, type ServiceCenter, type StaffMember,
} from './staff-desk-requests.js';

export interface StaffDeskOptions {
  connection(): Connection;
  /** The host's token as it is now (its OIDC client may have refreshed it); undefined when it gave none. */
  token(): string | undefined | Promise<string | undefined>;
  locale(): Locale;
  report: ReportProblem;
  loadView: LoadView;
}

/**
 * The desk's requests and what they brought: who signed in, the roster shown
 * (latest wins: another center or day drops the earlier reply), the marks in
 * flight, and a closure. A mark changes a row only once the server confirmed
 * it: nothing is shown done that is not.
 */
export class StaffDeskController {
  readonly member: RequestController<StaffMember>;
  /** The centers' names for the picker; without them it names centers by id (nothing to report). */
  readonly centers: RequestController<ServiceCenter[]>;
  readonly roster: RequestController<Roster>;
  readonly closure: RequestController<Closure>;
  /** The closures in force on the day shown. A refused sign-in or center is reported once, by the roster asked with them. */
  readonly dayClosures: RequestController<Closure[]>;
  /** The visits with a mark in flight, and which. */
  readonly marking = new Map<string, Mark>();
  /** The closure screens' view, fetched with the first closure form. */
  views: { closure?: typeof import('./closure-view.js') } = {};

  /** The requests with the host's token, for a screen whose chunk comes later (booking for a caller). */
  get requests(): StaffRequests {
    return this.#requests;
  }

  constructor(private readonly host: ReactiveControllerHost, private readonly options: StaffDeskOptions) {
    this.member = new RequestController(host, 'get-staff-member', options.report);
    this.centers = new RequestController(host, 'list-service-centers', options.report, () => true);
    this.roster = new RequestController(host, 'list-center-roster', options.report);
    this.closure = new RequestController(host, 'close-center', options.report);
    this.dayClosures = new RequestController(host, 'list-center-closures', options.report, (problem) => problem.status === 401 || problem.status === 403);
  }

  /** The host's token now (the desk's areas send it too); none, or the host's sign-in failing, is 401 staff-token-missing. */
  readonly accessToken = async (): Promise<string> => {
    let token: string | undefined;
    try {
      token = await this.options.token();
    } catch {
      token = undefined; // the host's sign-in failed: the same as none
    }
    if (!token) throw new ApiProblem(401, 'staff-token-missing');
    return token;
  };

  get #requests() {
    return staffRequests(this.options.connection(), this.accessToken);
  }

  async loadMember(): Promise<StaffMember | undefined> {
    const member = await this.member.run((signal) => this.#requests.member({ signal, locale: this.options.locale() }));
    if (member) void this.centers.run((signal) => this.#requests.centers(member, { signal, locale: this.options.locale() }));
    return member;
  }

  loadRoster(center: string, date: string): Promise<Roster | undefined> {
    const call = (signal: AbortSignal) => ({ signal, locale: this.options.locale() });
    void this.dayClosures.run((signal) => this.#requests.closures(center, date, call(signal)));
    return this.roster.run((signal) => this.#requests.roster(center, date, call(signal)));
  }

  /** Marks a visit; the row changes to the server's answer. A failure is returned for the desk to explain beside the roster. */
  async mark(reference: string, mark: Mark): Promise<{ entry: RosterEntry } | { problem: ApiProblem }> {
    this.marking.set(reference, mark);
    this.host.requestUpdate();
    try {
      const requests = this.#requests;
      const call = { locale: this.options.locale() };
      const entry = await (mark === 'check-in' ? requests.checkIn(reference, call) : requests.noShow(reference, call));
      const roster = this.roster.value;
      // a roster loading meanwhile brings the new status itself
      if (roster) this.roster.reset({ status: 'ready', value: { ...roster, items: roster.items.map((item) => (item.reference === reference ? entry : item)) } });
      return { entry };
    } catch (error) {
      const problem = ApiProblem.from(error);
      this.options.report(mark === 'check-in' ? 'check-in-appointment' : 'mark-appointment-no-show', problem);
      return { problem };
    } finally {
      this.marking.delete(reference);
      this.host.requestUpdate();
    }
  }

  /** Withdraws a closure that has not begun; a refusal (it began) is returned to be said in words. */
  async reopen(center: string, closure: string): Promise<{ closure: Closure } | { problem: ApiProblem }> {
    try {
      return { closure: await this.#requests.reopen(center, closure, { locale: this.options.locale() }) };
    } catch (error) {
      const problem = ApiProblem.from(error);
      this.options.report('reopen-center', problem);
      return { problem };
    }
  }

  /** The closure form's view and words, before the form shows. */
  async loadClosureView(): Promise<void> {
    this.views.closure = await this.options.loadView(() => import('./closure-view.js'));
    this.host.requestUpdate();
  }

  close(center: string, request: ClosureRequest): Promise<Closure | undefined> {
    return this.closure.run((signal) => this.#requests.close(center, request, { signal, locale: this.options.locale() }));
  }

  /** Booking for a caller: its module (the booker's steps inside) with its words and the booker's, when first chosen. */
  async loadCallerBooking(): Promise<typeof import('./caller-booking/caller-booking.js')> {
    const { loadView } = this.options;
    const [module] = await Promise.all([loadView(() => import('./caller-booking/caller-booking.js')), loadView(() => import('./caller-booking/booker-words.js'))]);
    return module;
  }
}
