import { html, nothing, type TemplateResult } from 'lit';
import type { Lawyer, PracticeArea } from '../api/directory-types.js';
import { formatList, formatNumber, languageName, pluralCategory } from '../locale/intl-formats.js';
import { localized, type DisplayLocale } from '../locale/locale.js';
import { fill } from '../locale/string-table.js';
import { lawyerFinderText } from './lawyer-finder.strings.js';

export interface LawyerView {
  locale: DisplayLocale;
  practiceAreas: ReadonlyMap<string, PracticeArea>;
}

export function practiceAreaNames(lawyer: Lawyer, view: LawyerView): string {
  const names = lawyer.practiceAreas.map((code) => {
    const area = view.practiceAreas.get(code);
    return area ? localized(area.name, view.locale) : code;
  });
  return formatList(names, view.locale);
}

/** "1 year", "12 years": years of practice through the locale's plural rules. */
export function yearsOfPractice(lawyer: Lawyer, locale: DisplayLocale): string {
  const s = lawyerFinderText.in(locale);
  const years = lawyer.yearsOfPractice;
  return fill(pluralCategory(years, locale) === 'one' ? s.yearsValueOne : s.yearsValue, { years: formatNumber(years, locale) });
}

export function languageNames(lawyer: Lawyer, locale: DisplayLocale): string {
  return formatList(lawyer.languages.map((code) => languageName(code, locale)), locale);
}

/** The firm rows, from the firm the search result carries; text only, every string from the API is bound as text. */
export function firmRows(lawyer: Lawyer, locale: DisplayLocale): TemplateResult {
  const s = lawyerFinderText.in(locale);
  const firm = lawyer.firm;
  if (!firm) return html`<div><dt>${s.firm}</dt><dd>${s.noFirm}</dd></div>`;
  return html`
    <div><dt>${s.firm}</dt><dd><bdi>${firm.name}</bdi></dd></div>
    <div><dt>${s.firmAddress}</dt><dd><bdi>${firm.address}</bdi></dd></div>
    <div><dt>${s.firmPhone}</dt><dd><a href=${`tel:${firm.phone}`}>${firm.phone}</a></dd></div>`;
}

export function lawyerCard(lawyer: Lawyer, view: LawyerView, openDetail: (lawyer: Lawyer) => void, block: number): TemplateResult {
  const s = lawyerFinderText.in(view.locale);
  const headingId = `lawyer-${lawyer.id}`;
  return html`<li class="card" part="card" data-block=${block}>
    <article aria-labelledby=${headingId}>
      <h3 id=${headingId} class="name" part="card-name"><bdi>${lawyer.name}</bdi></h3>
      <p class="category">${lawyerFinderText.in(view.locale).lawyerCategoryNames[lawyer.category]}
        ${lawyer.acceptsLegalAid ? html`<span class="badge" part="badge">${s.legalAidYes}</span>` : nothing}</p>
      <dl class="facts">
        ${firmRows(lawyer, view.locale)}
        <div><dt>${s.practiceAreas}</dt><dd>${practiceAreaNames(lawyer, view)}</dd></div>
        <div><dt>${s.years}</dt><dd>${yearsOfPractice(lawyer, view.locale)}</dd></div>
        <div><dt>${s.languages}</dt><dd>${languageNames(lawyer, view.locale)}</dd></div>
      </dl>
      <button type="button" part="details-button" data-lawyer=${lawyer.id}
        @click=${() => openDetail(lawyer)}>
        ${s.details}<span class="visually-hidden">: <bdi>${lawyer.name}</bdi></span>
      </button>
    </article>
  </li>`;
}
