// The public views of the catalogue that GET /v1/notary/matters and
// GET /v1/notary/matters/{code} serve, built here so browser and server agree.
import type { LegalBasis, Source } from '../legal-basis/legal-basis.js';
import type { LocalizedText } from '../locale/locale.js';
import type {
  ChecklistCondition, InPersonRule, MaterialListBasis, NotaryCatalogue, NotaryChecklist, NotaryMatterCode, NotaryMatterGroup,
} from './notary-matter.js';
import { checklistQuestions, findNotaryMatter, inPersonRule, matterSources } from './resolve-checklist.js';

export interface NotaryMatterSummary {
  code: NotaryMatterCode;
  name: LocalizedText;
  group: NotaryMatterGroup;
  searchTerms: string[];
  basis: LegalBasis;
  inPersonOnly: boolean;
}

export interface NotaryMatterList {
  items: NotaryMatterSummary[];
  groups: NotaryCatalogue['groups'];
  catalogueVersion: string;
}

export interface NotaryMatterDetail extends NotaryMatterSummary {
  inPerson: InPersonRule | null;
  questions: ChecklistCondition[];
  timeLimit: NotaryChecklist['timeLimit'];
  fee: NotaryChecklist['fee'];
  listBasis: MaterialListBasis;
  sources: Source[];
  catalogueVersion: string;
}

export function notaryMatterSummaries(catalogue: NotaryCatalogue): NotaryMatterSummary[] {
  return catalogue.matters.map(({ code, name, group, searchTerms, basis, inPersonOnly }) => ({ code, name, group, searchTerms, basis, inPersonOnly }));
}

export function notaryMatterList(catalogue: NotaryCatalogue): NotaryMatterList {
  return { items: notaryMatterSummaries(catalogue), groups: catalogue.groups, catalogueVersion: catalogue.version };
}

export function notaryMatterDetail(catalogue: NotaryCatalogue, code: string): NotaryMatterDetail | undefined {
  const matter = findNotaryMatter(catalogue, code);
  if (!matter) return undefined;
  const { text, basis, unverified } = catalogue.fees[matter.fee];
  const { name, group, searchTerms, inPersonOnly, listBasis } = matter;
  return {
    code: matter.code, name, group, searchTerms, basis: matter.basis, inPersonOnly,
    inPerson: inPersonRule(catalogue, matter),
    questions: checklistQuestions(catalogue, code),
    timeLimit: catalogue.timeLimit,
    fee: { text, basis, unverified },
    listBasis,
    sources: matterSources(catalogue, matter),
    catalogueVersion: catalogue.version,
  };
}
