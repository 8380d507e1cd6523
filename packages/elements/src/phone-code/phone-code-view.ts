// The code step, between the contact step and "check", where the operator
// confirms numbers (the privacy notice has `phoneVerification`): the masked
// number and "text me the code", then the code field (auto-filled from the
// message where the phone offers it, paste-friendly), "confirm", and a new
// code after a visible wait. Its own chunk with its controller, words and
// look, loaded only where confirmation is on: elsewhere no byte of it loads.
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { stepHeading } from '../base/focus-targets.js';
import { errorSummary, fieldError } from '../error-summary/error-summary.js';
import type { DisplayLocale } from '../locale/locale.js';
import { fill } from '../locale/string-table.js';
import type { PhoneCodeController } from './phone-code-controller.js';
import { CODE_LENGTH, codeDigits, waitWords } from './phone-code-steps.js';
import { phoneCodeStyles } from './phone-code.styles.js';
import { phoneCodeText } from './phone-code.strings.js';

export { PhoneCodeController } from './phone-code-controller.js';

/** The view's own words and look, which come with it (PlsStepsElement.loadView). */
export const strings = phoneCodeText;
export const styles = phoneCodeStyles;

export interface PhoneCodeScreen {
  locale: DisplayLocale;
  code: PhoneCodeController;
  /** Back to the contact step, to the phone field. */
  changeNumber(): void;
}

/** A paste of the whole text message (or "046 183") keeps only its code. */
function pasted(event: ClipboardEvent, code: PhoneCodeController): void {
  const digits = codeDigits(event.clipboardData?.getData('text') ?? '');
  if (!digits) return;
  event.preventDefault();
  code.type(digits);
}

export function phoneCodeView({ locale, code, changeNumber }: PhoneCodeScreen): TemplateResult {
  const text = phoneCodeText.in(locale);
  const { problems } = code;
  const invalid = problems.length > 0;
  const waiting = code.resendSeconds > 0;
  const wait = waiting ? html`<span part="resend-wait">${fill(text.resendIn, { wait: waitWords(code.resendSeconds, text) })}</span>` : nothing;
  const sendButton = (label: string, primary: boolean) => html`<button type="button" class=${primary ? 'primary' : ''}
    part=${primary ? 'send-code-button' : 'resend-button'} ?disabled=${code.sending || waiting} aria-busy=${code.sending ? 'true' : 'false'}
    @click=${() => void code.send()}>${code.sending ? text.sending : label}</button>`;
  return html`<form novalidate @submit=${(event: Event) => { event.preventDefault(); void code.confirm(); }}>
    ${stepHeading(text.title)}
    ${code.message ? html`<p class="message" role="status">${code.message}</p>` : nothing}
    ${errorSummary(problems, locale)}
    <p>${fill(text.intro, { phone: code.masked })}</p>
    <p><button type="button" class="link" part="change-number-button" @click=${changeNumber}>${text.changeNumber}</button></p>
    ${code.codeSent ? html`
      <div class="field"><label for="code">${text.codeLabel}</label><p class="hint" id="code-hint">${text.codeHint}</p>${fieldError(problems, 'code', locale)}
        <input id="code" class="code" part="code-input" inputmode="numeric" autocomplete="one-time-code" pattern="[0-9]*" maxlength=${CODE_LENGTH}
          .value=${live(code.code)} aria-invalid=${invalid ? 'true' : 'false'} aria-describedby=${invalid ? 'code-hint code-error' : 'code-hint'}
          @input=${(e: Event) => code.type((e.target as HTMLInputElement).value)} @paste=${(e: ClipboardEvent) => pasted(e, code)}></div>
      <button class="primary" part="confirm-code-button" ?disabled=${code.confirming} aria-busy=${code.confirming ? 'true' : 'false'}>
        ${code.confirming ? text.confirming : text.confirm}</button>
      <p class="hint">${text.notReceived}</p>
      <div class="resend">${sendButton(text.resend, false)}${wait}</div>`
      : html`<div class="resend">${sendButton(text.send, true)}${wait}</div>`}
  </form>`;
}
