import { html, nothing, type TemplateResult } from 'lit';
import type { LawFirm, Lawyer, PracticeArea } from '../api/directory-types.js';
import { formatList, formatNumber, languageName, pluralCategory } from '../locale/intl-formats.js';
import { localized, type Locale } from '../locale/locale.js';
import { fill } from '../locale/string-table.js';
import { lawyerFinderText } from './lawyer-finder.strings.js';

/** What a card or the detail view knows about the lawyer's firm so far. */
export type FirmLookup = LawFirm | 'loading' | 'unavailable' | undefined;

export interface LawyerView {
  locale: Locale;
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
export function yearsOfPractice(lawyer: Lawyer, locale: Locale): string {
  const s = lawyerFinderText[locale].lawyerFinderStrings;
  const years = lawyer.yearsOfPractice;
  return fill(pluralCategory(years, locale) === 'one' ? s.yearsValueOne : s.yearsValue, { years: formatNumber(years, locale) });
}

export function languageNames(lawyer: Lawyer, locale: Locale): string {
  return formatList(lawyer.languages.map((code) => languageName(code, locale)), locale);
}

/** The firm rows of a card; text only, every string from the API is bound as text. */
export function firmRows(lawyer: Lawyer, firm: FirmLookup, locale: Locale): TemplateResult {
  const s = lawyerFinderText[locale].lawyerFinderStrings;
  if (!lawyer.firm) return html`<div><dt>${s.firm}</dt><dd>${s.noFirm}</dd></div>`;
  return html`
    <div><dt>${s.firm}</dt><dd><bdi>${lawyer.firm.name}</bdi></dd></div>
    <div><dt>${s.firmAddress}</dt><dd>${typeof firm === 'object' ? html`<bdi>${firm.address}</bdi>` : firm === 'loading' ? s.firmLoading : '—'}</dd></div>
    <div><dt>${s.firmPhone}</dt><dd>${typeof firm === 'object' ? html`<a href=${`tel:${firm.phone}`}>${firm.phone}</a>` : '—'}</dd></div>`;
}

export function lawyerCard(
  lawyer: Lawyer, firm: FirmLookup, view: LawyerView, openDetail: (lawyer: Lawyer, trigger: HTMLElement) => void,
): TemplateResult {
  const s = lawyerFinderText[view.locale].lawyerFinderStrings;
  const headingId = `lawyer-${lawyer.id}`;
  return html`<li class="card" part="card">
    <article aria-labelledby=${headingId}>
      <h3 id=${headingId} class="name" part="card-name"><bdi>${lawyer.name}</bdi></h3>
      <p class="category">${lawyerFinderText[view.locale].lawyerCategoryNames[lawyer.category]}
        ${lawyer.acceptsLegalAid ? html`<span class="badge" part="badge">${s.legalAidYes}</span>` : nothing}</p>
      <dl class="facts">
        ${firmRows(lawyer, firm, view.locale)}
        <div><dt>${s.practiceAreas}</dt><dd>${practiceAreaNames(lawyer, view)}</dd></div>
        <div><dt>${s.years}</dt><dd>${yearsOfPractice(lawyer, view.locale)}</dd></div>
        <div><dt>${s.languages}</dt><dd>${languageNames(lawyer, view.locale)}</dd></div>
      </dl>
      <button type="button" part="details-button" data-lawyer=${lawyer.id}
        @click=${(event: Event) => openDetail(lawyer, event.currentTarget as HTMLElement)}>
        ${s.details}<span class="visually-hidden">: <bdi>${lawyer.name}</bdi></span>
      </button>
    </article>
  </li>`;
}
