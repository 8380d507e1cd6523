// Small pieces the question widget's screens share: the line that says what
// happened to the last attempt, and a later step's screen while its view is
// still coming with its data.
import { html, nothing, type TemplateResult } from 'lit';
import type { AsyncState } from '../async-state/async-state.js';
import { errorView, loadingView } from '../async-state/async-state-view.js';
import { stepHeading } from '../base/focus-targets.js';
import type { DisplayLocale } from '../locale/locale.js';

/** What the last attempt's failure means (a polite status: the resident is in the middle of a form). */
export const messageLine = (message: string): TemplateResult | typeof nothing =>
  message ? html`<p class="message" role="status">${message}</p>` : nothing;

/** A later step before its view has come with its data: the heading, and the loading or the failure. */
export const waiting = (title: string, locale: DisplayLocale, state: AsyncState<unknown>, retry: () => void): TemplateResult =>
  html`${stepHeading(title)}${state.status === 'error' ? errorView(state.problem, locale, retry) : loadingView(locale, 3)}`;
