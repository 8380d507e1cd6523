// The result: what it means in plain words, why (each reason with its law and
// article), what to do and bring, where to apply (the region's centers from the
// API), how long a decision takes, and which ruleset version said so.
import { hardshipStandardFor, type EligibilityResult, type LegalAidRuleset, type LegalBasis, type QuestionId } from '@plskit/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { ServiceCenter } from '../api/legal-aid-types.js';
import type { AsyncState } from '../async-state/async-state.js';
import { errorView, loadingView } from '../async-state/async-state-view.js';
import { formatCalendarDate, formatNumber } from '../locale/intl-formats.js';
import { localized, type DisplayLocale } from '../locale/locale.js';
import { fill } from '../locale/string-table.js';
import { aidEligibilityText } from './aid-eligibility.strings.js';
import { eligibilityResultText } from './eligibility-result.strings.js';
import type { InterviewQuestion } from './eligibility-interview.js';
import { bookingLink } from '../links/booking-link.js';
import { questionWording } from './interview-wording.js';
import { citation, citesUnverifiedLaw } from '../citation/legal-citation.js';

/** How far the server has confirmed the result computed in the browser. */
export type Confirmation = 'pending' | 'confirmed' | 'differs' | 'unconfirmed' | 'unconfirmed-offline';

export interface ResultScreen {
  locale: DisplayLocale;
  result: EligibilityResult;
  /** The region's ruleset (the words of the questions still to answer). */
  ruleset: LegalAidRuleset | undefined;
  /** The region checked (whether its hardship line is confirmed). */
  region: string | undefined;
  confirmation: Confirmation;
  centers: AsyncState<ServiceCenter[]>;
  /** Where <pls-appointment-booker> is: each center then offers to book a visit there. */
  bookingPage: string | undefined;
  retryCenters: () => void;
  answer: (question: InterviewQuestion | 'region') => void;
  print: () => void;
  copy: () => void;
  startOver: () => void;
  changeAnswers: () => void;
  /** "Ask a question about this" (pls-question-request). */
  ask: () => void;
  /** What the last "copy" did, in words ("" before any). */
  copyStatus: string;
}

export const isRegionNotCovered = (result: EligibilityResult) => result.reasons.some((reason) => reason.code === 'region-not-covered');

/** The outcome in one sentence (the result's heading and the live-region announcement). */
export function headline(result: EligibilityResult, locale: DisplayLocale): string {
  return isRegionNotCovered(result) ? aidEligibilityText.in(locale).regionNotCovered : eligibilityResultText.in(locale).outcomeHeadlines[result.outcome];
}

/** What a screen reader hears when a result is shown. */
export const resultAnnouncement = (result: EligibilityResult, locale: DisplayLocale): string =>
  fill(eligibilityResultText.in(locale).resultAnnouncement, { headline: headline(result, locale) });

/** Application centers and branches first; township stations are many, so they fold away. */
export function centersWhereToApply(result: EligibilityResult): boolean {
  return result.outcome === 'eligible' || result.outcome === 'eligible-subject-to-verification' || result.outcome === 'ineligible';
}

/** A citation; a law whose currency is unverified says so, never passing as settled law. */
const basisLine = (basis: LegalBasis | undefined, locale: DisplayLocale) =>
  basis ? html`<span class="basis" part="basis">${citation(basis, locale)}${citesUnverifiedLaw(basis)
    ? html` <span class="unverified">${eligibilityResultText.in(locale).unverifiedLaw}</span>` : nothing}</span>` : nothing;

/** The means test used a hardship line the region has not confirmed yet. */
const figuresUnverified = ({ result, ruleset, region }: ResultScreen): boolean => (result.meansTest === 'passed' || result.meansTest === 'failed')
  && ruleset !== undefined && region !== undefined && hardshipStandardFor(ruleset, region)?.unverified === true;

const CONFIRMATION_TEXT = {
  pending: 'confirming', confirmed: 'confirmed', differs: 'serverDiffers', unconfirmed: 'unconfirmed', 'unconfirmed-offline': 'unconfirmedOffline',
} as const;

function centerCard(center: ServiceCenter, locale: DisplayLocale, bookingPage: string | undefined): TemplateResult {
  const s = eligibilityResultText.in(locale);
  return html`<li class="center" part="center">
    <h5 class="center-name">${center.name}</h5>
    <p><span class="label">${s.centerAddress}：</span>${center.address}</p>
    <p><span class="label">${s.centerPhone}：</span><a href=${`tel:${center.phone.replace(/[^\d+]/g, '')}`}>${center.phone}</a></p>
    ${bookingPage === undefined ? nothing : html`<p><a part="book-link" href=${bookingLink(bookingPage, center.id, 'legal-aid-application')}>${s.bookVisit}</a></p>`}
  </li>`;
}

function centersView(screen: ResultScreen): TemplateResult {
  const { locale, centers } = screen;
  const s = eligibilityResultText.in(locale);
  if (centers.status === 'error') return errorView(centers.problem, locale, screen.retryCenters);
  if (centers.status !== 'ready') return loadingView(locale, 1);
  if (centers.value.length === 0) return html`<p>${s.noCenters}</p>`;
  const stations = centers.value.filter((center) => center.level === 'township');
  const main = centers.value.filter((center) => center.level !== 'township');
  return html`<h4>${s.centersTitle}</h4>
    <ul class="centers">${main.map((center) => centerCard(center, locale, screen.bookingPage))}</ul>
    ${stations.length > 0 ? html`<details class="stations">
      <summary>${fill(s.stationsTitle, { count: formatNumber(stations.length, locale) })}</summary>
      <ul class="centers">${stations.map((center) => centerCard(center, locale, screen.bookingPage))}</ul>
    </details>` : nothing}`;
}

function missingAnswers(screen: ResultScreen): TemplateResult | typeof nothing {
  const { result, locale } = screen;
  const s = eligibilityResultText.in(locale);
  if (isRegionNotCovered(result)) return html`<p>${aidEligibilityText.in(locale).notCoveredHint}</p>`;
  const questions = result.missing.filter((q: QuestionId): q is InterviewQuestion => q !== 'region');
  if (questions.length === 0) return nothing;
  return html`<ul class="missing">${questions.map((question) => html`<li>
    <button type="button" class="link" part="answer-button" @click=${() => screen.answer(question)}>
      ${fill(s.answerMissing, { question: questionWording(question, screen.ruleset, locale).short })}</button></li>`)}</ul>`;
}

export function resultView(screen: ResultScreen): TemplateResult {
  const { result, locale } = screen;
  const s = eligibilityResultText.in(locale);
  const decision = result.decisionTime;
  return html`<section class="result" part="result" data-outcome=${result.outcome} aria-labelledby="step-heading">
    <p class="result-kicker">${aidEligibilityText.in(locale).resultTitle}</p>
    <h2 id="step-heading" tabindex="-1" part="outcome">${headline(result, locale)}</h2>
    <p class="confirmation" part="confirmation" data-confirmation=${screen.confirmation}>${s[CONFIRMATION_TEXT[screen.confirmation]]}</p>
    ${result.outcome === 'needs-more-information' ? missingAnswers(screen) : html`<p class="means-test">${s.meansTestLines[result.meansTest]}</p>`}

    <h3>${s.whyTitle}</h3>
    <ul class="reasons" part="reasons">${result.reasons.map((reason) => html`<li data-code=${reason.code}>
      ${localized(reason.text, locale)} ${basisLine(reason.basis, locale)}</li>`)}</ul>

    ${result.nextSteps.length > 0 ? html`<h3>${s.nextStepsTitle}</h3>
      <ol class="next-steps">${result.nextSteps.map((step) => html`<li data-code=${step.code}>
        ${localized(step.text, locale)} ${basisLine(step.basis, locale)}</li>`)}</ol>` : nothing}

    ${result.documents.length > 0 ? html`<h3>${s.documentsTitle}</h3>
      <ul class="documents" part="documents">${result.documents.map((document) => html`<li data-code=${document.code}>
        <strong>${localized(document.name, locale)}</strong>
        ${document.note ? html`<span class="note">${localized(document.note, locale)}</span>` : nothing}
        ${basisLine(document.basis, locale)}</li>`)}</ul>` : nothing}

    ${result.outcome !== 'needs-more-information' ? html`<h3>${s.whereTitle}</h3>
      <div class="where" part="where">
        <p>${localized(result.whereToApply.text, locale)} ${basisLine(result.whereToApply.basis, locale)}</p>
        ${centersWhereToApply(result) ? centersView(screen) : nothing}
      </div>` : nothing}

    ${decision ? html`<h3>${s.decisionTitle}</h3>
      <p class="decision" part="decision">${localized(decision.text, locale)} ${basisLine(decision.basis, locale)}</p>` : nothing}

    <p class="ruleset" part="ruleset">${fill(s.rulesetLine, {
      id: result.ruleset.id, version: result.ruleset.version, date: formatCalendarDate(result.ruleset.effectiveFrom, locale) })}</p>

    <div class="actions result-actions">
      <button type="button" part="print-button" @click=${screen.print}>${s.print}</button>
      <button type="button" part="copy-button" @click=${screen.copy}>${s.copy}</button>
      <button type="button" part="change-answers-button" @click=${screen.changeAnswers}>${s.changeAnswers}</button>
      <button type="button" part="start-over-button" @click=${screen.startOver}>${s.startOver}</button>
      <button type="button" part="ask-button" @click=${screen.ask}>${s.ask}</button>
    </div>
  </section>
  ${figuresUnverified(screen) ? html`<p class="note">${s.unverifiedNote}</p>` : nothing}
  ${screen.copyStatus ? html`<p class="copy-status">${screen.copyStatus}</p>` : nothing}`;
}
