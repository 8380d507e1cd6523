// Step 3: the one-time notice (一次性告知) complete in one view, which is also
// the printed sheet: every item with original or copy, why, its basis and where
// to get it; the in-person rule, where to apply, the time limit, the fee, use
// abroad, the pledge and the sources.
import type { NotaryChecklist, NotaryChecklistItem } from '@plskit/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import type { ServiceCenter } from '../api/legal-aid-types.js';
import { copyText as copy } from '../clipboard/clipboard-copy.js';
import { dataLocale, localized, type DisplayLocale } from '../locale/locale.js';
import { fill } from '../locale/string-table.js';
import { checklistText, type ChecklistText } from './checklist.strings.js';
import { checklistStyles } from './checklist.styles.js';
import { citationText, lawCitation } from './notary-citation.js';

/** The view's own words and look, which come with it (PlsStepsElement.loadView). */
export const strings = checklistText;
export const styles = checklistStyles;

// Bound here rather than re-exported (see aid-eligibility/eligibility-result.ts): only the
// screen with the copy button carries the clipboard code, never the widget's first load.
export const copyText = copy;

type Strings = ChecklistText;

export interface ChecklistScreen {
  checklist: NotaryChecklist;
  offices: ServiceCenter[] | undefined;
  locale: DisplayLocale;
  /** The matter asks questions: "change answers" leads back to them. */
  asksQuestions: boolean;
  /** What the last "copy" did, in words ("" before any). */
  copyStatus: string;
  print(): void;
  copy(): void;
  book(): void;
  /** "Ask a question about this" (pls-question-request). */
  ask(): void;
  changeAnswers(): void;
  otherMatter(): void;
}

function formText(item: NotaryChecklistItem, s: Strings): string {
  const form = { original: s.original, copy: s.copy, 'original-and-copy': s.originalAndCopy }[item.form];
  return item.copies ? `${form}, ${fill(s.copies, { count: item.copies })}` : form;
}

/** "依据：" / "Basis: " */
export const labelled = (label: string, locale: DisplayLocale): string => (dataLocale(locale) === 'en' ? `${label}: ` : `${label}：`);

const basisLine = (label: string, text: string, locale: DisplayLocale) => html`<p class="basis"><span class="label">${labelled(label, locale)}</span>${text}</p>`;

function itemView(item: NotaryChecklistItem, locale: DisplayLocale, s: Strings): TemplateResult {
  const fromSource = 'source' in item.basis;
  return html`<li part="item" data-item=${item.code}>
    <span class="tickbox" aria-hidden="true"></span>
    <div>
      <p class="item-name"><strong>${localized(item.name, locale)}</strong> <span class="form">(${formText(item, s)})</span>
        ${item.pledgeMayReplace ? html`<span class="badge">${s.pledgeMark}</span>` : nothing}</p>
      <p>${labelled(s.why, locale)}${localized(item.reason, locale)}</p>
      ${basisLine(fromSource ? s.source : s.basis, citationText(item.basis, locale), locale)}
      ${item.obtainFrom ? html`<p>${labelled(s.obtainFrom, locale)}${localized(item.obtainFrom, locale)}</p>` : nothing}
    </div>
  </li>`;
}

function officesView(offices: ServiceCenter[] | undefined, s: Strings, locale: DisplayLocale): TemplateResult | typeof nothing {
  if (offices === undefined) return nothing;
  return html`<div class="offices" part="offices">
    <h4>${s.officeTitle}</h4>
    ${offices.length === 0 ? html`<p>${s.noOffice}</p>` : offices.map((office) => html`<p class="office" data-center=${office.id}>
      <strong>${office.name}</strong><br>${labelled(s.officeAddress, locale)}${office.address}<br>${labelled(s.officePhone, locale)}${office.phone}</p>`)}
  </div>`;
}

/** What a screen reader hears when the checklist is shown. */
export function readyAnnouncement(checklist: NotaryChecklist, locale: DisplayLocale): string {
  const s = checklistText.in(locale);
  return checklist.refusals.length > 0 ? s.refusedAnnouncement : fill(s.ready, { matter: localized(checklist.matter.name, locale), count: checklist.items.length });
}

export function checklistView(screen: ChecklistScreen): TemplateResult {
  const { checklist, locale } = screen;
  const s = checklistText.in(locale);
  return html`${sheetView(checklist, screen.offices, locale, s)}
    <div class="actions" part="actions">
      <button type="button" part="print-button" class="primary" @click=${screen.print}>${s.print}</button>
      <button type="button" part="copy-button" @click=${screen.copy}>${s.copyText}</button>
      <button type="button" part="book-button" @click=${screen.book}>${s.book}</button>
      <button type="button" part="ask-button" @click=${screen.ask}>${s.ask}</button>
      ${screen.asksQuestions ? html`<button type="button" part="change-answers-button" @click=${screen.changeAnswers}>${s.changeAnswers}</button>` : nothing}
      <button type="button" part="other-matter-button" @click=${screen.otherMatter}>${s.otherMatter}</button>
    </div>
    ${screen.copyStatus ? html`<p class="note" part="copy-status">${screen.copyStatus}</p>` : nothing}`;
}

function sheetView(checklist: NotaryChecklist, offices: ServiceCenter[] | undefined, locale: DisplayLocale, s: Strings): TemplateResult {
  const [refusal] = checklist.refusals;
  const inPerson = checklist.inPerson;
  return html`<article part="checklist" class="sheet" data-matter=${checklist.matter.code} data-legalisation=${checklist.legalisation}>
    <h2 id="step-heading" tabindex="-1">${fill(s.checklistTitle, { matter: localized(checklist.matter.name, locale) })}</h2>
    ${refusal ? html`<section part="refusal" class="refusal">
      <h3>${s.refusedTitle}</h3>
      <p>${localized(refusal.text, locale)}</p>
      ${basisLine(s.basis, lawCitation(refusal.basis, locale), locale)}
      <h4>${s.insteadTitle}</h4><p>${localized(refusal.instead, locale)}</p>
      <h4>${s.homeVisitTitle}</h4><p part="home-visit" data-scope=${refusal.homeVisit.scope}>${localized(refusal.homeVisit.text, locale)}</p>
    </section>` : inPerson ? html`<section part="in-person">
      <h3>${s.inPersonTitle}</h3>
      <p>${localized(inPerson.text, locale)}</p>
      <h4>${s.homeVisitTitle}</h4><p part="home-visit" data-scope=${inPerson.homeVisit.scope}>${localized(inPerson.homeVisit.text, locale)}</p>
    </section>` : nothing}
    <section>
      <h3>${s.itemsTitle}</h3>
      <ol class="items" part="items">${checklist.items.map((item) => itemView(item, locale, s))}</ol>
    </section>
    ${checklist.legalisation === 'none' ? nothing : html`<section part="abroad">
      <h3>${s.abroadTitle}</h3><p>${checklist.legalisation === 'apostille' ? s.apostille : s.consular}</p>
    </section>`}
    <section part="where">
      <h3>${s.whereTitle}</h3>
      <p>${localized(checklist.whereToApply.text, locale)}</p>${basisLine(s.basis, lawCitation(checklist.whereToApply.basis, locale), locale)}
      ${officesView(offices, s, locale)}
    </section>
    <section part="time-limit">
      <h3>${s.timeTitle}</h3><p>${localized(checklist.timeLimit.text, locale)}</p>${basisLine(s.basis, lawCitation(checklist.timeLimit.basis, locale), locale)}
    </section>
    <section part="fee">
      <h3>${s.feeTitle}${checklist.fee.unverified ? html` <span class="badge unverified">${s.unverified}</span>` : nothing}</h3>
      <p>${localized(checklist.fee.text, locale)}</p>${basisLine(s.basis, lawCitation(checklist.fee.basis, locale), locale)}
    </section>
    ${checklist.pledge ? html`<section part="pledge">
      <h3>${s.pledgeTitle}</h3><p>${localized(checklist.pledge.text, locale)}</p>${basisLine(s.source, checklist.pledge.source.title, locale)}
    </section>` : nothing}
    ${checklist.listBasis === 'general-pattern' ? html`<p class="note" part="general-pattern">${s.generalPattern}</p>` : nothing}
    <section part="sources">
      <h3>${s.sourcesTitle}</h3>
      <ul class="sources">${checklist.sources.map((source) => html`<li>${source.title}</li>`)}</ul>
      <p class="note">${fill(s.catalogueLine, { version: checklist.catalogueVersion })}</p>
    </section>
  </article>`;
}
