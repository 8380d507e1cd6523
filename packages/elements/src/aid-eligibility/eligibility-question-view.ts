// One question per screen: the question is the fieldset's legend and the
// screen's heading (focused when the screen appears), radios or checkboxes in
// the fieldset, the kit's error summary above it, linked to the fields.
import { applicableCircumstances, type EligibilityInput, type LegalAidRuleset, type LocalizedText } from '@plskit/core';
import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { Region } from '../api/directory-types.js';
import { errorSummary, fieldError, type FieldProblem } from '../error-summary/error-summary.js';
import { localized, type DisplayLocale } from '../locale/locale.js';
import { fill } from '../locale/string-table.js';
import { eligibilityQuestionsText } from './eligibility-questions.strings.js';
import { HOUSEHOLD_SIZE_MAX, type InterviewAnswers, type InterviewQuestion } from './eligibility-interview.js';
import { answerWording, questionWording } from './interview-wording.js';

export interface QuestionScreen {
  question: InterviewQuestion | 'region';
  locale: DisplayLocale;
  ruleset: LegalAidRuleset | undefined;
  regions: Region[];
  answers: InterviewAnswers;
  /** The evaluator input built from the answers before this question. */
  inputSoFar: EligibilityInput;
  problems: FieldProblem[];
  step: number;
  total: number;
  submit: (event: SubmitEvent) => void;
}

interface Choice {
  code: string;
  words: string;
  /** The legal wording from the ruleset, shown as a hint when the plain words differ. */
  legalTerm?: LocalizedText;
}

function choicesFor(screen: QuestionScreen): Choice[] {
  const { ruleset, locale } = screen;
  if (!ruleset) return [];
  const words = (code: string) => answerWording(code, ruleset, locale);
  switch (screen.question) {
    case 'proceeding':
      return ruleset.proceedings.map(({ code, label }) => ({ code, words: words(code) ?? localized(label, locale), legalTerm: label }));
    case 'criminalRole':
      return ruleset.criminalRoles.map(({ role, label }) => ({ code: role, words: localized(label, locale) }));
    case 'matter':
      return ruleset.matters.map(({ code, label }) => ({ code, words: words(code) ?? localized(label, locale), legalTerm: label }));
    case 'circumstances':
      return [
        ...applicableCircumstances(ruleset, screen.inputSoFar).map(({ code, label }) => ({ code, words: localized(label, locale) })),
        { code: 'none', words: (words('none') ?? '') },
      ];
    case 'commitment':
      return [{ code: 'yes', words: (words('yes') ?? '') }, { code: 'no', words: (words('no') ?? '') }];
    default:
      return [];
  }
}

function chosen(screen: QuestionScreen, code: string): boolean {
  const a = screen.answers;
  switch (screen.question) {
    case 'proceeding': return a.proceeding === code;
    case 'criminalRole': return a.criminalRole === code;
    case 'matter': return a.matter === code;
    case 'circumstances': return code === 'none' ? a.circumstances?.length === 0 : (a.circumstances?.includes(code) ?? false);
    case 'commitment': return a.commitment === undefined ? false : (code === 'yes') === a.commitment;
    default: return false;
  }
}

export const fieldId = (code: string) => `answer-${code}`;

const errorMessage = (screen: QuestionScreen, field: string) => fieldError(screen.problems, field, screen.locale);

function choiceList(screen: QuestionScreen, multiple: boolean): TemplateResult {
  const locale = screen.locale;
  const s = eligibilityQuestionsText.in(locale);
  const choices = choicesFor(screen);
  const groupField = fieldId(choices[0]?.code ?? 'none');
  const invalid = screen.problems.some((p) => p.field === groupField);
  return html`${errorMessage(screen, groupField)}
    <div class=${multiple ? 'choices checkboxes' : 'choices radios'}>
      ${choices.map((choice) => {
        const id = fieldId(choice.code);
        const term = choice.legalTerm && localized(choice.legalTerm, locale) !== choice.words ? localized(choice.legalTerm, locale) : undefined;
        return html`<div class="choice">
          <input type=${multiple ? 'checkbox' : 'radio'} id=${id} name="answer" value=${choice.code}
            .checked=${chosen(screen, choice.code)} aria-invalid=${invalid ? 'true' : 'false'}
            aria-describedby=${term ? `${id}-term` : nothing}
            data-exclusive=${multiple && choice.code === 'none' ? 'true' : nothing}>
          <label for=${id}>${choice.words}${term
            ? html`<span class="legal-term" id=${`${id}-term`}>${fill(s.legalTerm, { term })}</span>` : nothing}</label>
        </div>`;
      })}
    </div>`;
}

function householdFields(screen: QuestionScreen): TemplateResult {
  const s = eligibilityQuestionsText.in(screen.locale);
  const household = screen.answers.household;
  const given = household !== undefined && household !== 'not-given' ? household : undefined;
  const described = (field: string, hint: string) =>
    screen.problems.some((p) => p.field === field) ? `${hint} ${field}-error` : hint;
  const invalid = (field: string) => (screen.problems.some((p) => p.field === field) ? 'true' : 'false');
  return html`<div class="field">
      <label for="household-size">${s.householdSize}</label>
      <p class="hint" id="household-size-hint">${s.householdSizeHint}</p>
      ${errorMessage(screen, 'household-size')}
      <input id="household-size" name="size" type="text" inputmode="numeric" autocomplete="off" class="short"
        aria-describedby=${described('household-size', 'household-size-hint')} aria-invalid=${invalid('household-size')}
        .value=${given ? String(given.size) : ''} maxlength=${String(HOUSEHOLD_SIZE_MAX).length}>
    </div>
    <div class="field">
      <label for="household-income">${s.monthlyIncome}</label>
      <p class="hint" id="household-income-hint">${s.monthlyIncomeHint}</p>
      ${errorMessage(screen, 'household-income')}
      <input id="household-income" name="income" type="text" inputmode="decimal" autocomplete="off" class="medium"
        aria-describedby=${described('household-income', 'household-income-hint')} aria-invalid=${invalid('household-income')}
        .value=${given ? String(given.monthlyIncome) : ''} maxlength="12">
    </div>`;
}

function regionField(screen: QuestionScreen): TemplateResult {
  const s = eligibilityQuestionsText.in(screen.locale);
  return html`${errorMessage(screen, 'answer-region')}
    <label class="field-label" for="answer-region">${s.regionLabel}</label>
    <select id="answer-region" name="answer" aria-invalid=${screen.problems.length > 0 ? 'true' : 'false'}
      aria-describedby=${screen.problems.length > 0 ? 'step-hint answer-region-error' : 'step-hint'}>
      <option value="" ?selected=${!screen.answers.region}>${s.regionPlaceholder}</option>
      ${screen.regions.map((region) => html`<option value=${region.code} ?selected=${region.code === screen.answers.region}>
        ${localized(region.name, screen.locale)}</option>`)}
    </select>`;
}

export function questionView(screen: QuestionScreen): TemplateResult {
  const { question, locale } = screen;
  const s = eligibilityQuestionsText.in(locale);
  const wording = questionWording(question, screen.ruleset, locale);
  const body = question === 'household' ? householdFields(screen)
    : question === 'region' ? regionField(screen)
    : choiceList(screen, question === 'circumstances');
  // keyed: every question gets fresh controls, so no checked state leaks from the last one
  return html`${keyed(question, html`<form class="question" part="question" novalidate data-question=${question} @submit=${screen.submit}
    @change=${exclusiveNone}>
    <p class="progress" part="progress">${fill(s.progress, { step: screen.step, total: screen.total })}</p>
    <progress aria-hidden="true" max=${screen.total} .value=${screen.step}></progress>
    ${errorSummary(screen.problems, screen.locale)}
    <fieldset aria-describedby="step-hint">
      <legend><h2 id="step-heading" tabindex="-1">${wording.heading}</h2></legend>
      <p class="hint" id="step-hint">${wording.hint}</p>
      ${body}
    </fieldset>
    <div class="actions">
      <button type="submit" class="primary" part="continue-button">${s.continue}</button>
      ${question === 'household'
        ? html`<button type="submit" name="skip" value="not-given" part="skip-button">${s.skipFigures}</button>` : nothing}
    </div>
  </form>`)}`;
}

/** "None of these" and the other boxes exclude each other, as GOV.UK's exclusive checkbox does. */
function exclusiveNone(event: Event): void {
  const box = event.target as HTMLInputElement;
  if (box.type !== 'checkbox' || !box.checked) return;
  const boxes = [...(box.form?.querySelectorAll<HTMLInputElement>('input[type="checkbox"]') ?? [])];
  for (const other of boxes) {
    if (other !== box && (box.dataset.exclusive === 'true' || other.dataset.exclusive === 'true')) other.checked = false;
  }
}
