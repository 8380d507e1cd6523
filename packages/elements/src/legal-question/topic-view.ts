// Step 1, what the question is about: a topic in the catalogue's plain words
// (the practice areas the API serves) and the county the resident is in.
import { html, type TemplateResult } from 'lit';
import type { Region } from '../api/directory-types.js';
import type { AsyncState } from '../async-state/async-state.js';
import { errorView, loadingView } from '../async-state/async-state-view.js';
import { stepHeading } from '../base/focus-targets.js';
import { errorSummary, fieldError, type FieldProblem } from '../error-summary/error-summary.js';
import { localized, type DisplayLocale } from '../locale/locale.js';
import type { LegalQuestionText } from './legal-question.strings.js';
import { messageLine } from './question-lines.js';
import type { PracticeArea } from './legal-question-requests.js';

export interface TopicScreen {
  text: LegalQuestionText;
  locale: DisplayLocale;
  problems: readonly FieldProblem[];
  /** What the last attempt's refusal means (a topic the API no longer has, say). */
  message: string;
  topic: string | undefined;
  region: string | undefined;
  topics: AsyncState<PracticeArea[]>;
  regions: AsyncState<Region[]>;
  chooseTopic(topic: string): void;
  chooseRegion(region: string | undefined): void;
  retry(): void;
  submit(): void;
}

export function topicView(screen: TopicScreen): TemplateResult {
  const { text, locale, problems, topics, regions } = screen;
  const failed = topics.status === 'error' ? topics : regions.status === 'error' ? regions : undefined;
  if (failed) return html`${stepHeading(text.topicTitle)}${errorView(failed.problem, locale, screen.retry)}`;
  if (topics.status !== 'ready' || regions.status !== 'ready') return html`${stepHeading(text.topicTitle)}${loadingView(locale, 4)}`;
  const invalid = (field: string) => (problems.some((p) => p.field === field) ? 'true' : 'false');
  return html`<form novalidate @submit=${(event: Event) => { event.preventDefault(); screen.submit(); }}>
    ${stepHeading(text.topicTitle)}
    ${messageLine(screen.message)}
    ${errorSummary(problems, locale)}
    <fieldset id="topic-list" tabindex="-1" aria-describedby="topic-hint">
      <legend>${text.topicLabel}</legend>
      <p class="hint" id="topic-hint">${text.topicHint}</p>
      ${fieldError(problems, 'topic-list', locale)}
      <div class="choices topics" part="topics">${topics.value.map((area) => html`<div class="choice">
        <input type="radio" name="topic" id=${`t-${area.code}`} .checked=${area.code === screen.topic} aria-invalid=${invalid('topic-list')}
          @change=${() => screen.chooseTopic(area.code)}>
        <label for=${`t-${area.code}`}>${localized(area.name, locale)}</label></div>`)}</div>
    </fieldset>
    <div class="field">
      <label for="region">${text.regionLabel}</label>
      ${fieldError(problems, 'region', locale)}
      <select id="region" aria-invalid=${invalid('region')}
        @change=${(e: Event) => screen.chooseRegion((e.target as HTMLSelectElement).value || undefined)}>
        <option value="" ?selected=${!screen.region}>—</option>
        ${regions.value.map((r) => html`<option value=${r.code} ?selected=${r.code === screen.region}>${localized(r.name, locale)}</option>`)}
      </select>
    </div>
    <button class="primary" part="continue-button">${text.continue}</button>
  </form>`;
}
