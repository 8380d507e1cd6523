// Check your answers: every answer on the path, each with its own "change".
import type { LegalAidRuleset } from '@plskit/core';
import { html, type TemplateResult } from 'lit';
import type { Region } from '../api/directory-types.js';
import { formatList, formatNumber, pluralCategory } from '../locale/intl-formats.js';
import { localized, type DisplayLocale } from '../locale/locale.js';
import { fill } from '../locale/string-table.js';
import { eligibilityQuestionsText } from './eligibility-questions.strings.js';
import type { InterviewAnswers, InterviewQuestion } from './eligibility-interview.js';
import { answerWording, questionWording } from './interview-wording.js';

export interface SummaryScreen {
  locale: DisplayLocale;
  ruleset: LegalAidRuleset;
  regions: Region[];
  /** The region question, when the resident answered it (not when the page set the region). */
  regionAsked: boolean;
  asked: InterviewQuestion[];
  answers: InterviewAnswers;
  change: (question: InterviewQuestion | 'region') => void;
  seeResult: () => void;
}

/** An answer in the words the resident chose it by. */
export function answerText(question: InterviewQuestion | 'region', screen: Omit<SummaryScreen, 'change' | 'seeResult' | 'asked' | 'regionAsked'>): string {
  const { locale, ruleset, answers } = screen;
  const s = eligibilityQuestionsText.in(locale);
  const words = (code: string) => answerWording(code, ruleset, locale);
  switch (question) {
    case 'region': {
      const region = screen.regions.find((r) => r.code === answers.region);
      return region ? localized(region.name, locale) : answers.region ?? '';
    }
    case 'proceeding': {
      const rule = ruleset.proceedings.find((p) => p.code === answers.proceeding);
      return words(answers.proceeding ?? '') ?? (rule ? localized(rule.label, locale) : '');
    }
    case 'criminalRole': {
      const rule = ruleset.criminalRoles.find((r) => r.role === answers.criminalRole);
      return rule ? localized(rule.label, locale) : '';
    }
    case 'matter': {
      const rule = ruleset.matters.find((m) => m.code === answers.matter);
      return words(answers.matter ?? '') ?? (rule ? localized(rule.label, locale) : '');
    }
    case 'circumstances': {
      const labels = ruleset.circumstances.filter((c) => answers.circumstances?.includes(c.code)).map((c) => localized(c.label, locale));
      return labels.length > 0 ? formatList(labels, locale) : (words('none') ?? '');
    }
    case 'household': {
      const household = answers.household;
      if (household === undefined || household === 'not-given') return s.notGiven;
      const template = pluralCategory(household.size, locale) === 'one' ? s.personAndIncome : s.peopleAndIncome;
      return fill(template, { size: formatNumber(household.size, locale), income: formatNumber(household.monthlyIncome, locale) });
    }
    case 'commitment':
      return answers.commitment ? (words('yes') ?? '') : (words('no') ?? '');
  }
}

export function summaryView(screen: SummaryScreen): TemplateResult {
  const s = eligibilityQuestionsText.in(screen.locale);
  const questions: (InterviewQuestion | 'region')[] = [...(screen.regionAsked ? ['region' as const] : []), ...screen.asked];
  return html`<section class="summary" part="summary" aria-labelledby="step-heading">
    <h2 id="step-heading" tabindex="-1">${s.summaryTitle}</h2>
    <p class="hint">${s.summaryHint}</p>
    <dl class="answers">
      ${questions.map((question) => {
        const short = questionWording(question, screen.ruleset, screen.locale).short;
        return html`<div class="answer-row" data-question=${question}>
          <dt>${short}</dt>
          <dd>${answerText(question, screen)}</dd>
          <dd class="change"><button type="button" class="link" part="change-button" @click=${() => screen.change(question)}>
            ${s.change}<span class="visually-hidden"> ${short}</span></button></dd>
        </div>`;
      })}
    </dl>
    <div class="actions">
      <button type="button" class="primary" part="see-result-button" @click=${screen.seeResult}>${s.seeResult}</button>
    </div>
  </section>`;
}
