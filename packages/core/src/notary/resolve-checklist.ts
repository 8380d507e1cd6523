// Turns a matter and the resident's answers into the one-time notice
// (一次性告知): every material once, in a stable order, each with its reason.
import type { Source } from '../legal-basis/legal-basis.js';
import type {
  ChecklistAnswers, ChecklistCondition, ConditionalMaterials, InPersonRule, Legalisation, MaterialForm, NotaryCatalogue, NotaryChecklist,
  NotaryChecklistItem, NotaryMatter,
} from './notary-matter.js';
import { APOSTILLE_PARTIES, type ApostilleParties } from './apostille-parties.data.js';

/** An answer the resolver cannot work with; `field` is a JSON pointer into the request body. */
export class ChecklistAnswerError extends Error {
  constructor(readonly field: string, readonly code: 'not-found' | 'required' | 'invalid') {
    super(`${field}: ${code}`);
    this.name = 'ChecklistAnswerError';
  }
}

export function findNotaryMatter(catalogue: NotaryCatalogue, code: string): NotaryMatter | undefined {
  return catalogue.matters.find((matter) => matter.code === code);
}

/** Apostille when the destination applies the Convention with China, otherwise consular legalisation. */
export function legalisationFor(destinationCountry: string, parties: ApostilleParties = APOSTILLE_PARTIES): Exclude<Legalisation, 'none'> {
  const country = destinationCountry.toUpperCase();
  return parties.parties.includes(country) && !parties.notInForceWithChina.includes(country) ? 'apostille' : 'consular';
}

/** The answers that can change this matter's checklist, in asking order; destinationCountry follows useAbroad. */
export function checklistQuestions(catalogue: NotaryCatalogue, code: string): ChecklistCondition[] {
  const matter = findNotaryMatter(catalogue, code);
  if (!matter) throw new ChecklistAnswerError('/matter', 'not-found');
  const used = new Set<ChecklistCondition>([...matter.conditional, ...catalogue.common].map((c) => c.when));
  // An in-person matter asks about an agent so it can refuse one.
  if (matter.inPersonOnly || matter.inPersonWhen) used.add('applicantIsAgent');
  if (matter.inPersonWhen) used.add(matter.inPersonWhen.when);
  const order: ChecklistCondition[] = ['applicantIsAgent', 'minorInvolved', 'married', 'realEstate', 'useAbroad'];
  return order.filter((q) => used.has(q));
}

/** Whether the person concerned must apply themself: always, or for the answers given. */
function inPersonFor(matter: NotaryMatter, answers: ChecklistAnswers): boolean {
  return matter.inPersonOnly || (matter.inPersonWhen !== undefined && applies(matter.inPersonWhen, answers));
}

/**
 * The in-person rule with the home-visit option the cited rules support for this matter,
 * or null; with answers, also where only those answers make it in person.
 */
export function inPersonRule(catalogue: NotaryCatalogue, matter: NotaryMatter, answers: ChecklistAnswers = {}): InPersonRule | null {
  if (!inPersonFor(matter, answers)) return null;
  const { rule, homeVisit } = catalogue.inPerson;
  return { ...rule, homeVisit: matter.code === 'will' ? homeVisit.will : homeVisit.other };
}

/** The matter's sources, then the catalogue's, each once. */
export function matterSources(catalogue: NotaryCatalogue, matter: NotaryMatter): Source[] {
  const seen = new Set<string>();
  return [...matter.sources, ...catalogue.sources].filter((source) => !seen.has(source.title) && seen.add(source.title));
}

function mergedForm(a: MaterialForm, b: MaterialForm): MaterialForm {
  return a === b ? a : 'original-and-copy';
}

function applies(condition: Pick<ConditionalMaterials, 'when' | 'equals'>, answers: ChecklistAnswers): boolean {
  const answer = answers[condition.when];
  return answer !== undefined && answer === (condition.equals ?? true);
}

export function resolveChecklist(catalogue: NotaryCatalogue, matterCode: string, answers: ChecklistAnswers, parties: ApostilleParties = APOSTILLE_PARTIES): NotaryChecklist {
  const matter = findNotaryMatter(catalogue, matterCode);
  if (!matter) throw new ChecklistAnswerError('/matter', 'not-found');
  let legalisation: Legalisation = 'none';
  if (answers.useAbroad === true) {
    if (answers.destinationCountry === undefined) throw new ChecklistAnswerError('/answers/destinationCountry', 'required');
    if (!/^[A-Za-z]{2}$/.test(answers.destinationCountry) || answers.destinationCountry.toUpperCase() === 'CN') {
      throw new ChecklistAnswerError('/answers/destinationCountry', 'invalid');
    }
    legalisation = legalisationFor(answers.destinationCountry, parties);
  }
  const inPersonOnly = inPersonFor(matter, answers);
  const refusedAgent = inPersonOnly && answers.applicantIsAgent === true;

  const items: NotaryChecklistItem[] = [];
  const add = (requirements: ConditionalMaterials['materials'], condition?: string) => {
    for (const requirement of requirements) {
      const material = catalogue.materials[requirement.material];
      if (!material) throw new Error(`Catalogue ${catalogue.version}: matter ${matter.code} needs unknown material ${requirement.material}`);
      const existing = items.find((item) => item.code === material.code);
      if (existing) {
        existing.form = mergedForm(existing.form, requirement.form);
        if (requirement.copies && requirement.copies > (existing.copies ?? 0)) existing.copies = requirement.copies;
        continue;
      }
      items.push({
        code: material.code,
        name: material.name,
        form: requirement.form,
        ...(requirement.copies ? { copies: requirement.copies } : {}),
        reason: requirement.reason ?? material.reason,
        basis: requirement.basis ?? material.basis,
        ...(material.obtainFrom ? { obtainFrom: material.obtainFrom } : {}),
        pledgeMayReplace: material.pledgeMayReplace === true,
        ...(condition ? { condition } : {}),
      });
    }
  };
  add(matter.materials);
  for (const condition of [...matter.conditional, ...catalogue.common]) {
    if (!applies(condition, answers)) continue;
    if (refusedAgent && condition.when === 'applicantIsAgent') continue;
    add(condition.materials, condition.equals === false ? `${condition.when}=false` : condition.when);
  }
  const translation = items.find((item) => item.code === 'translation');
  const spanish = catalogue.spanishTranslation;
  if (translation && spanish.countries.includes(answers.destinationCountry?.toUpperCase() ?? '')) {
    translation.reason = { 'zh-CN': `${translation.reason['zh-CN']}${spanish.text['zh-CN']}`, en: `${translation.reason.en} ${spanish.text.en}` };
    translation.basis = { source: spanish.source };
  }
  if (legalisation !== 'none') add([{ material: legalisation === 'apostille' ? 'apostille' : 'consular-legalisation', form: 'original' }], 'useAbroad');

  const fee = catalogue.fees[matter.fee];
  const offices = catalogue.whereToApply;
  const concernsRealEstate = items.some((item) => item.code === 'property-title-certificate');
  const whereToApply = concernsRealEstate && !offices.generalRuleMatters.includes(matter.code) ? offices.realEstate : offices.general;
  const inPerson = inPersonRule(catalogue, matter, answers);
  return {
    matter: { code: matter.code, name: matter.name },
    items,
    inPersonOnly,
    inPerson,
    refusals: refusedAgent && inPerson ? [{ ...catalogue.inPerson.refusal, homeVisit: inPerson.homeVisit }] : [],
    legalisation,
    timeLimit: catalogue.timeLimit,
    whereToApply: { ...whereToApply },
    fee: { text: fee.text, basis: fee.basis, unverified: fee.unverified },
    pledge: items.some((item) => item.pledgeMayReplace) ? { ...catalogue.pledge } : null,
    listBasis: matter.listBasis,
    sources: matterSources(catalogue, matter),
    catalogueVersion: catalogue.version,
  };
}
