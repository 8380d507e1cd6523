// A privacy notice in full, as the API serves it (PIPL Art 17: what is
// collected, why, who else receives it, how long it is kept, the resident's
// rights), each point with its article: what a booking and a question show
// before consent. A later screen's module imports it, fetched with the notice:
// the first screens carry neither this view nor the law names its citations need.
import type { LegalBasis } from '@plskit/core';
import type { PrivacyNotice } from '@plskit/sdk';
import { css, html, type TemplateResult } from 'lit';
import { citation } from '../citation/legal-citation.js';
import { localized, type DisplayLocale } from '../locale/locale.js';

/** The notice's box, scrolled within the form; a view that shows the notice adds it to its styles. */
export const privacyNoticeStyles = css`
  .notice { border: 1px solid var(--_color-border); border-radius: var(--_radius); padding: var(--_space); max-height: 22em; overflow: auto; }
  .notice ul { padding-inline-start: 1.2em; }
`;

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
