import { html, nothing, type TemplateResult } from 'lit';
import type { Lawyer } from '../api/directory-types.js';
import { languageNames, practiceAreaNames, firmRows, yearsOfPractice, type LawyerView } from './lawyer-card.js';
import { lawyerFinderText } from './lawyer-finder.strings.js';

export interface LawyerDetailActions {
  back(): void;
  select(lawyer: Lawyer): void;
}

/** One lawyer with the firm: everything a resident needs to decide and to call. */
export function lawyerDetail(lawyer: Lawyer, view: LawyerView, actions: LawyerDetailActions): TemplateResult {
  const s = lawyerFinderText.in(view.locale);
  return html`<section class="detail" part="detail" aria-labelledby="detail-name">
    <button type="button" part="back-button" @click=${actions.back}><span aria-hidden="true">← </span>${s.back}</button>
    <h3 id="detail-name" class="name" part="detail-name" tabindex="-1"><bdi>${lawyer.name}</bdi></h3>
    <dl class="facts">
      <div><dt>${s.category}</dt><dd>${lawyerFinderText.in(view.locale).lawyerCategoryNames[lawyer.category]}</dd></div>
      <div><dt>${s.licence}</dt><dd class="licence">${lawyer.licenceNumber}</dd></div>
      <div><dt>${s.years}</dt><dd>${yearsOfPractice(lawyer, view.locale)}</dd></div>
      <div><dt>${s.firstPractice}</dt><dd>${lawyer.firstPracticeYear}</dd></div>
      <div><dt>${s.practiceAreas}</dt><dd>${practiceAreaNames(lawyer, view)}</dd></div>
      <div><dt>${s.languages}</dt><dd>${languageNames(lawyer, view.locale)}</dd></div>
      <div><dt>${s.legalAid}</dt><dd>${lawyer.acceptsLegalAid ? s.legalAidYes : s.legalAidNo}</dd></div>
      ${lawyer.phone
        ? html`<div><dt>${s.phone}</dt><dd><a href=${`tel:${lawyer.phone}`}>${lawyer.phone}</a></dd></div>`
        : nothing}
      ${firmRows(lawyer, view.locale)}
    </dl>
    <slot name="detail-actions"></slot>
    <button type="button" class="primary" part="select-button" @click=${() => actions.select(lawyer)}>${s.select}</button>
  </section>`;
}
