import { maskPhone, normalizeMobile } from '@plskit/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ApiProblem } from '../api/api-problem.js';
import { problemMessage } from '../async-state/async-state-view.js';
import { ERROR_SUMMARY } from '../base/focus-targets.js';
import type { ElementWays } from '../base/pls-steps-element.js';
import type { FieldProblem } from '../error-summary/error-summary.js';
import { fill } from '../locale/string-table.js';
import { phoneCodeRequests, type VerificationPurpose } from './phone-code-requests.js';
import { codeDigits, codeProblems, codeRefusal, secondsLeft, waitWords, worthAnnouncing } from './phone-code-steps.js';
import { phoneCodeText, type PhoneCodeText } from './phone-code.strings.js';

/** The code field, where focus goes once a code is on its way. */
export const CODE_FIELD = '#code';

/**
 * What the widget says of its code step; the rest are its element's ways
 * (PlsStepsElement.ways), whose `locale` the text message is written in.
 */
export interface PhoneCodeOptions extends ElementWays {
  purpose: VerificationPurpose;
  /** The code step is the one shown: what it says (a countdown's end, say) is heard there only, never on the step the resident went back to. */
  shown(): boolean;
  /** The number is confirmed: `token` is ready for the booking or work order. */
  onConfirmed(): void;
  /** The service no longer confirms numbers (409 phone-verification-off): go on without a token. */
  onOff(): void;
}

/**
 * The code step's state and requests, one per widget: the number being
 * confirmed, the verification under way, the code typed, and the token once
 * confirmed. All of it is in memory only, never in a URL, an event, storage
 * or a log (pls-error carries the operation and the problem's code), and
 * `forget()` clears it once the visit or question is sent. A new code can
 * always be asked for, after the wait the server sets (`resendAfter`, or
 * Retry-After past its hourly limits), which the step counts down visibly and
 * says aloud only when it is over.
 */
export class PhoneCodeController implements ReactiveController {
  /** The number confirmed or being confirmed, as the API wants it. */
  phone = '';
  code = '';
  problems: FieldProblem[] = [];
  /** What the last request's outcome means, shown above the form (a polite status). */
  message = '';
  /** A code was sent and can be confirmed (not locked, expired or refused). */
  codeSent = false;
  confirming = false;
  /** Seconds until another code may be asked for. */
  resendSeconds = 0;
  #verification: string | undefined;
  #token: string | undefined;
  /** The number a code is on its way to. */
  #sendingTo: string | undefined;
  #resendAt = 0;
  #timer: ReturnType<typeof setInterval> | undefined;

  constructor(private readonly host: ReactiveControllerHost, private readonly options: PhoneCodeOptions) {
    host.addController(this);
  }

  /** Put back on the page (moved in a dialog, say): the wait goes on from where it is. */
  hostConnected(): void {
    if (this.resendSeconds > 0) this.#countDown(secondsLeft(this.#resendAt, performance.now()));
  }

  hostDisconnected(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
  }

  get #text(): PhoneCodeText {
    return phoneCodeText.in(this.options.displayLocale());
  }

  get #requests() {
    return phoneCodeRequests(this.options.connection());
  }

  /** A code is on its way to the number on screen; one asked for a number since changed does not count. */
  get sending(): boolean {
    return this.#sendingTo !== undefined && this.#sendingTo === this.phone;
  }

  /** The number as shown back: 138****8000. */
  get masked(): string {
    return maskPhone(this.phone);
  }

  /** The token of a code confirmed for `phone`, if there is one. */
  tokenFor(phone: string): string | undefined {
    return this.phone === (normalizeMobile(phone) ?? phone) ? this.#token : undefined;
  }

  /** The step opens for `phone`: another number than the last starts afresh (a code sent to the old one says nothing about it). */
  open(phone: string): void {
    const normalized = normalizeMobile(phone) ?? phone;
    if (normalized === this.phone) return;
    this.forget();
    this.phone = normalized;
  }

  type(value: string): void {
    this.code = codeDigits(value);
    if (this.problems.length) this.problems = codeProblems(this.code, this.#text);
    this.host.requestUpdate();
  }

  async send(): Promise<void> {
    if (this.sending || this.resendSeconds > 0) return;
    const text = this.#text;
    const phone = this.phone;
    this.#sendingTo = phone;
    this.message = '';
    this.host.requestUpdate();
    try {
      const started = await this.#requests.start(phone, this.options.purpose, { locale: this.options.locale() });
      // the resident changed the number (or was done) meanwhile: that code is not for this one
      if (phone !== this.phone) return;
      Object.assign(this, { codeSent: true, code: '', problems: [] });
      this.#verification = started.id;
      this.#countDown(started.resendAfter);
      this.message = fill(text.sent, { phone: this.masked });
      this.#announce(this.message);
      this.options.moveFocus(CODE_FIELD);
    } catch (error) {
      // nor is a refusal for a number since changed
      if (phone === this.phone) this.#refused('start-phone-verification', ApiProblem.from(error));
    } finally {
      if (this.#sendingTo === phone) this.#sendingTo = undefined;
      this.host.requestUpdate();
    }
  }

  async confirm(): Promise<void> {
    const id = this.#verification;
    if (this.confirming || !id) return;
    const text = this.#text;
    this.problems = codeProblems(this.code, text);
    if (this.problems.length) {
      this.message = '';
      this.options.moveFocus(ERROR_SUMMARY);
      this.host.requestUpdate();
      return;
    }
    this.confirming = true;
    this.message = '';
    this.host.requestUpdate();
    try {
      // a network fault on the way back: the same code sent again earns the same token
      const confirmed = await this.#requests.confirm(id, this.code, { locale: this.options.locale() });
      if (id !== this.#verification) return;
      this.#token = confirmed.verificationToken;
      this.#announce(text.confirmed);
      this.options.onConfirmed();
    } catch (error) {
      if (id === this.#verification) this.#refused('confirm-phone-verification', ApiProblem.from(error));
    } finally {
      this.confirming = false;
      this.host.requestUpdate();
    }
  }

  /** The booking or work order refused the token (expired, used): the number is confirmed again, the contact kept. */
  tokenRefused(): void {
    this.#token = undefined;
    this.#expire();
    this.message = this.#text.tokenExpired;
    this.#announce(this.message);
  }

  /** Sent, or started again: nothing of the number, the code or the token stays. */
  forget(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
    Object.assign(this, { phone: '', code: '', problems: [], message: '', codeSent: false, resendSeconds: 0 });
    this.#verification = this.#token = undefined;
    this.host.requestUpdate();
  }

  #announce(message: string): void {
    if (this.options.shown()) this.options.announce(message);
  }

  /** The code in hand can no longer be used: a new one is asked for. */
  #expire(): void {
    Object.assign(this, { codeSent: false, code: '', problems: [] });
    this.#verification = undefined;
  }

  #refused(operation: string, problem: ApiProblem): void {
    const text = this.#text;
    this.options.report(operation, problem);
    const reason = codeRefusal(problem);
    switch (reason.kind) {
      case 'incorrect':
        this.problems = [{ field: 'code', message: fill(text.incorrect, { n: reason.attemptsLeft }) }];
        this.options.moveFocus(ERROR_SUMMARY);
        return;
      case 'new-code':
        this.#expire();
        this.message = reason.reason === 'locked' ? text.locked : text.expired;
        break;
      case 'wait':
        this.#countDown(reason.seconds);
        this.message = fill(text.tooMany, { wait: waitWords(reason.seconds, text) });
        break;
      case 'off':
        this.options.onOff();
        return;
      default:
        this.message = problem.unreachable ? text.noResponse : problemMessage(problem, this.options.displayLocale());
    }
    this.#announce(this.message);
  }

  /** Counts down to the next code: the line shows every second, the live region hears only the end. */
  #countDown(seconds: number): void {
    clearInterval(this.#timer);
    this.#resendAt = performance.now() + seconds * 1000;
    this.resendSeconds = seconds;
    this.#timer = setInterval(() => {
      const before = this.resendSeconds;
      this.resendSeconds = secondsLeft(this.#resendAt, performance.now());
      if (worthAnnouncing(this.resendSeconds, before)) this.#announce(this.#text.resendNow);
      if (this.resendSeconds === 0) clearInterval(this.#timer);
      this.host.requestUpdate();
    }, 1000);
  }
}
