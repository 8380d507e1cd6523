// Step 1: find the matter as a resident names it. The catalogue's groups and
// search words come from the API; the matching is @plskit/core's.
import { matchNotaryMatters } from '@plskit/core';
import type { NotaryMatterList } from '@plskit/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { localized, type DisplayLocale } from '../locale/locale.js';
import { fill } from '../locale/string-table.js';
import type { NotaryChecklistText } from './notary-checklist.strings.js';

export interface MatterFinderOptions {
  list: NotaryMatterList;
  query: string;
  locale: DisplayLocale;
  text: NotaryChecklistText;
  /** The `matter` attribute named a matter the catalogue does not have. */
  unknown: boolean;
  onQuery(query: string): void;
  onChoose(code: string): void;
}

export function matterFinderView({ list, query, locale, text: s, unknown, onQuery, onChoose }: MatterFinderOptions): TemplateResult {
  const found = matchNotaryMatters(list.items, query);
  return html`<section part="finder" aria-labelledby="step-heading">
    <h2 id="step-heading" tabindex="-1">${s.title}</h2>
    ${unknown ? html`<p class="problem" part="unknown-matter" role="alert">${s.unknownMatter}</p>` : html`<p>${s.intro}</p>`}
    <label for="search">${s.searchLabel}</label>
    <p id="search-hint" class="hint">${s.searchHint}</p>
    <input id="search" type="search" part="search" autocomplete="off" aria-describedby="search-hint"
      .value=${query} @input=${(event: Event) => onQuery((event.target as HTMLInputElement).value)}>
    ${query.trim() ? html`<p class="count" part="match-count">${found.length ? fill(s.matchCount, { count: found.length }) : s.noMatch}</p>` : nothing}
    ${list.groups.map((group) => {
      const matters = found.filter((matter) => matter.group === group.code);
      return matters.length === 0 ? nothing : html`<section class="group" data-group=${group.code}>
        <h3>${localized(group.name, locale)}</h3>
        <ul class="matters">${matters.map((matter) => html`<li>
          <button type="button" part="matter-button" data-matter=${matter.code} @click=${() => onChoose(matter.code)}>
            ${localized(matter.name, locale)}${matter.inPersonOnly ? html` <span class="badge">${s.inPersonBadge}</span>` : nothing}
          </button></li>`)}
        </ul>
      </section>`;
    })}
  </section>`;
}
