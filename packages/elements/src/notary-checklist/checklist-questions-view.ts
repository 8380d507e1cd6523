// Step 2: only the questions that change the list (the matter's `questions`
// from the API), each with why it is asked. Normal mode shows them on one
// form; senior mode one per screen.
import { html, nothing, type TemplateResult } from 'lit';
import { errorSummary } from '../error-summary/error-summary.js';
import type { DisplayLocale } from '../locale/locale.js';
import { fill } from '../locale/string-table.js';
import { checklistQuestionsText } from './checklist-questions.strings.js';
import { checklistQuestionsStyles } from './checklist-questions.styles.js';
import type { NotaryQuestion } from './notary-question.js';

/** The view's own words and look, which come with it (PlsStepsElement.loadView). */
export const strings = checklistQuestionsText;
export const styles = checklistQuestionsStyles;

export type NotaryAnswers = Partial<Record<NotaryQuestion, boolean | string>>;

// Destinations residents of Jining most often name; the names come from Intl in the page's locale.
const COUNTRIES = ('AE AR AT AU BE BR CA CH CL CZ DE DK EG ES FI FR GB GR HU ID IE IL IN IT JP KH KR KZ LA MM MN MX MY NG NL NO NZ '
  + 'PE PH PK PL PT RU SA SE SG TH TR UA US UZ VN ZA').split(' ');

export interface QuestionsOptions {
  questions: NotaryQuestion[];
  /** Senior mode: the index of the one question on screen. */
  current: number | undefined;
  answers: NotaryAnswers;
  missing: NotaryQuestion[];
  locale: DisplayLocale;
  onAnswer(question: NotaryQuestion, value: boolean | string): void;
  onSubmit(): void;
  onBack(): void;
}

function countryOptions(locale: DisplayLocale, chosen: string | undefined): TemplateResult[] {
  const names = new Intl.DisplayNames([locale], { type: 'region' });
  return COUNTRIES.map((code) => ({ code, name: names.of(code) ?? code }))
    .sort((a, b) => a.name.localeCompare(b.name, locale))
    .map(({ code, name }) => html`<option value=${code} ?selected=${code === chosen}>${name}</option>`);
}

function questionView(question: NotaryQuestion, o: QuestionsOptions): TemplateResult {
  const s = checklistQuestionsText.in(o.locale);
  const { label, why, yes, no } = s.questions[question];
  const invalid = o.missing.includes(question);
  const error = invalid ? html`<p id="${question}-error" class="error">${question === 'destinationCountry' ? s.chooseCountry : s.chooseOne}</p>` : nothing;
  const describedBy = `${question}-why${invalid ? ` ${question}-error` : ''}`;
  if (question === 'destinationCountry') {
    return html`<div class="question" data-question=${question}>
      <label for=${question}>${label}</label>
      <p id="${question}-why" class="hint">${s.whyWeAsk}${why}</p>${error}
      <select id=${question} part="country" aria-describedby=${describedBy} aria-invalid=${invalid ? 'true' : 'false'}
        @change=${(event: Event) => o.onAnswer(question, (event.target as HTMLSelectElement).value)}>
        <option value="">${s.countryPlaceholder}</option>${countryOptions(o.locale, o.answers.destinationCountry as string | undefined)}
      </select></div>`;
  }
  // the first answer carries the question's id: the error summary's link focuses it
  const choice = (value: boolean, text: string) => html`<label class="choice">
    <input type="radio" name=${question} id=${value ? nothing : question} .checked=${o.answers[question] === value} @change=${() => o.onAnswer(question, value)}
      value=${String(value)} aria-describedby=${describedBy}>${text}</label>`;
  return html`<fieldset class="question" data-question=${question} aria-invalid=${invalid ? 'true' : 'false'}>
    <legend>${label}</legend>
    <p id="${question}-why" class="hint">${s.whyWeAsk}${why}</p>${error}
    ${choice(false, no ?? s.no)}${choice(true, yes ?? s.yes)}
  </fieldset>`;
}

export function questionsView(o: QuestionsOptions): TemplateResult {
  const s = checklistQuestionsText.in(o.locale);
  const shown = o.current === undefined ? o.questions : [o.questions[o.current]!];
  const last = o.current === undefined || o.current === o.questions.length - 1;
  return html`<form part="questions" novalidate @submit=${(event: Event) => { event.preventDefault(); o.onSubmit(); }}>
    <h2 id="step-heading" tabindex="-1">${s.questionsTitle}</h2>
    ${o.current === undefined ? html`<p class="hint">${s.questionsHint}</p>`
      : html`<p class="progress">${fill(s.progress, { step: o.current + 1, total: o.questions.length })}</p>`}
    ${o.current === undefined ? errorSummary(o.missing.map((q) => ({ field: q, message: s.questions[q].label })), o.locale) : nothing}
    ${shown.map((question) => questionView(question, o))}
    <div class="actions">
      <button type="button" part="back-button" @click=${o.onBack}><span aria-hidden="true">‹ </span>${s.back}</button>
      <button type="submit" part="continue-button" class="primary">${last ? s.showChecklist : s.continue}</button>
    </div>
  </form>`;
}
