// The public views of the catalogue that GET /v1/notary/matters and
// GET /v1/notary/matters/{code} serve, built here so browser and server agree.
import type { LegalBasis, LocalizedText } from '../legal-basis/legal-basis.js';
import type { ChecklistCondition, NotaryCatalogue, NotaryChecklist, NotaryMatterCode } from './notary-matter.js';
import { checklistQuestions, findNotaryMatter } from './resolve-checklist.js';

export interface NotaryMatterSummary {
  code: NotaryMatterCode;
  name: LocalizedText;
  basis: LegalBasis;
  inPersonOnly: boolean;
}

export interface NotaryMatterDetail extends NotaryMatterSummary {
  questions: ChecklistCondition[];
  timeLimit: NotaryChecklist['timeLimit'];
  fee: NotaryChecklist['fee'];
  catalogueVersion: string;
}

export function notaryMatterSummaries(catalogue: NotaryCatalogue): NotaryMatterSummary[] {
  return catalogue.matters.map(({ code, name, basis, inPersonOnly }) => ({ code, name, basis, inPersonOnly }));
}

export function notaryMatterDetail(catalogue: NotaryCatalogue, code: string): NotaryMatterDetail | undefined {
  const matter = findNotaryMatter(catalogue, code);
  if (!matter) return undefined;
  const { text, basis, unverified } = catalogue.fees[matter.fee];
  return {
    code: matter.code, name: matter.name, basis: matter.basis, inPersonOnly: matter.inPersonOnly,
    questions: checklistQuestions(catalogue, code),
    timeLimit: catalogue.timeLimit,
    fee: { text, basis, unverified },
    catalogueVersion: catalogue.version,
  };
}
