// Reads one screen's form into an answer, or says what is wrong with it, in
// the resident's language. Numbers accept full-width digits and separators,
// as Chinese input methods type them.
import type { CriminalRole, Proceeding } from '@plskit/core';
import type { DisplayLocale } from '../locale/locale.js';
import { eligibilityQuestionsText } from './eligibility-questions.strings.js';
import { HOUSEHOLD_SIZE_MAX, MONTHLY_INCOME_MAX, type InterviewAnswers, type InterviewQuestion } from './eligibility-interview.js';
import type { FieldProblem } from '../error-summary/error-summary.js';
import { fieldId } from './eligibility-question-view.js';

export type AnswerReading = { answer: Partial<InterviewAnswers> } | { problems: FieldProblem[] };

function plainNumber(text: string): string {
  return text.trim()
    .replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[,，\s]/g, '');
}

export function readAnswer(question: InterviewQuestion | 'region', form: HTMLFormElement, submitter: HTMLElement | null, locale: DisplayLocale): AnswerReading {
  const s = eligibilityQuestionsText.in(locale);
  const data = new FormData(form, submitter);
  const values = data.getAll('answer').map(String).filter(Boolean);
  const firstField = fieldId(form.querySelector<HTMLInputElement>('input[name="answer"]')?.value ?? 'none');
  const chooseOne = (): AnswerReading => ({ problems: [{ field: firstField, message: s.chooseOne }] });
  switch (question) {
    case 'region':
      return values[0] ? { answer: { region: values[0] } } : { problems: [{ field: 'answer-region', message: s.chooseRegion }] };
    case 'proceeding':
      return values[0] ? { answer: { proceeding: values[0] as Proceeding } } : chooseOne();
    case 'criminalRole':
      return values[0] ? { answer: { criminalRole: values[0] as CriminalRole } } : chooseOne();
    case 'matter':
      return values[0] ? { answer: { matter: values[0] } } : chooseOne();
    case 'commitment':
      return values[0] ? { answer: { commitment: values[0] === 'yes' } } : chooseOne();
    case 'circumstances':
      if (values.length === 0) return { problems: [{ field: firstField, message: s.chooseAtLeastOne }] };
      return { answer: { circumstances: values.filter((code) => code !== 'none') } };
    case 'household': {
      if (data.get('skip') === 'not-given') return { answer: { household: 'not-given' } };
      const sizeText = plainNumber(String(data.get('size') ?? ''));
      const incomeText = plainNumber(String(data.get('income') ?? ''));
      const problems: FieldProblem[] = [];
      const size = Number(sizeText);
      const income = Number(incomeText);
      if (!sizeText) problems.push({ field: 'household-size', message: s.sizeRequired });
      else if (!/^\d+$/.test(sizeText) || size < 1 || size > HOUSEHOLD_SIZE_MAX) problems.push({ field: 'household-size', message: s.sizeInvalid });
      if (!incomeText) problems.push({ field: 'household-income', message: s.incomeRequired });
      else if (!/^\d+(\.\d{1,2})?$/.test(incomeText) || income > MONTHLY_INCOME_MAX) problems.push({ field: 'household-income', message: s.incomeInvalid });
      return problems.length > 0 ? { problems } : { answer: { household: { size, monthlyIncome: income } } };
    }
  }
}
