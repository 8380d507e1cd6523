// The privacy notice in full, as the API serves it (PIPL Art 17: what is
// collected, why, who else receives it, how long it is kept, the resident's
// rights), each point with its article. Its own module, fetched with the notice when the resident
// reaches the contact step: the steps before it carry neither this view nor
// the law names its citations need.
import type { LegalBasis } from '@plskit/core';
import { html, type TemplateResult } from 'lit';
import { citation } from '../citation/legal-citation.js';
import { localized, type DisplayLocale } from '../locale/locale.js';
import type { PrivacyNotice } from './appointment-requests.js';

export function privacyNoticeView(notice: PrivacyNotice, locale: DisplayLocale): TemplateResult {
  const cite = (basis: { law: string; article: string }) => html` <span class="basis">${citation(basis as LegalBasis, locale)}</span>`;
  return html`<section class="notice" part="privacy-notice" aria-labelledby="notice-title" tabindex="0">
    <h3 id="notice-title">${localized(notice.title, locale)}</h3>
    <p>${localized(notice.processor.name, locale)}（${localized(notice.processor.contact, locale)}）</p>
    <p>${localized(notice.purpose.text, locale)}${cite(notice.purpose.basis)}</p>
    <p>${localized(notice.lawfulBasis.text, locale)}${cite(notice.lawfulBasis.basis)}</p>
    <ul>${notice.categories.map((c) => html`<li><strong>${localized(c.name, locale)}</strong>：${localized(c.why, locale)}</li>`)}</ul>
    ${notice.notCollected.map((n) => html`<p>${localized(n.text, locale)}${cite(n.basis)}</p>`)}
    <p>${localized(notice.method.text, locale)}${cite(notice.method.basis)}</p>
    ${notice.recipients.map((r) => html`<p>${localized(r.text, locale)}${cite(r.basis)}</p>`)}
    <p>${localized(notice.retention.text, locale)}${cite(notice.retention.basis)}</p>
    <ul>${notice.rights.map((r) => html`<li>${localized(r.text, locale)}${cite(r.basis)}</li>`)}</ul>
    <p>${localized(notice.howToExercise.text, locale)}${cite(notice.howToExercise.basis)}</p>
  </section>`;
}
