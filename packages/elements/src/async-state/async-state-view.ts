import { html, nothing, type TemplateResult } from 'lit';
import type { ApiProblem } from '../api/api-problem.js';
import type { DisplayLocale } from '../locale/locale.js';
import { asyncStateText, type AsyncStateText } from './async-state.strings.js';
import { problemKind } from './async-state.js';

const MESSAGE: Record<ReturnType<typeof problemKind>, keyof AsyncStateText> = {
  offline: 'offline', 'not-configured': 'notConfigured', 'rate-limited': 'rateLimited', failed: 'failed',
};

/** The words for a failure, also used for the live-region announcement. */
export function problemMessage(problem: ApiProblem, locale: DisplayLocale): string {
  return asyncStateText.in(locale)[MESSAGE[problemKind(problem)]];
}

/**
 * The failure panel every element shows: a text message (an icon is not
 * enough: colour and symbols never carry meaning alone) and a retry that works.
 */
export function errorView(problem: ApiProblem, locale: DisplayLocale, retry: () => void): TemplateResult {
  const kind = problemKind(problem);
  return html`<div class="problem" part="error" data-state=${kind === 'offline' ? 'offline' : 'error'}>
    <p><span aria-hidden="true">⚠ </span>${problemMessage(problem, locale)}</p>
    ${kind === 'not-configured'
      ? nothing
      : html`<button type="button" part="retry-button" @click=${retry}>${asyncStateText.in(locale).retry}</button>`}
  </div>`;
}

/** Placeholder blocks the size of the content they stand for, so nothing jumps when it arrives. */
export function loadingView(locale: DisplayLocale, blocks: number): TemplateResult {
  return html`<div class="loading" part="loading" aria-hidden="true">
    ${Array.from({ length: blocks }, () => html`<div class="skeleton"></div>`)}
  </div><p class="visually-hidden">${asyncStateText.in(locale).loading}</p>`;
}
