// Turns a matter and the resident's answers into the one-time notice
// (一次性告知): every material once, in a stable order, each with its reason.
import type { ChecklistAnswers, ChecklistCondition, ConditionalMaterials, Legalisation, MaterialForm, NotaryCatalogue, NotaryChecklist, NotaryChecklistItem, NotaryMatter } from './notary-matter.js';
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
  if (matter.inPersonOnly) used.add('applicantIsAgent');
  const order: ChecklistCondition[] = ['applicantIsAgent', 'minorInvolved', 'married', 'realEstate', 'useAbroad'];
  return order.filter((q) => used.has(q));
}

function mergedForm(a: MaterialForm, b: MaterialForm): MaterialForm {
  return a === b ? a : 'original-and-copy';
}

function applies(condition: ConditionalMaterials, answers: ChecklistAnswers): boolean {
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
  const refusedAgent = matter.inPersonOnly && answers.applicantIsAgent === true;

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
        ...(material.basis ? { basis: material.basis } : {}),
        ...(material.obtainFrom ? { obtainFrom: material.obtainFrom } : {}),
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
  if (legalisation !== 'none') add([{ material: legalisation === 'apostille' ? 'apostille' : 'consular-legalisation', form: 'original' }], 'useAbroad');

  const fee = catalogue.fees[matter.fee];
  const offices = catalogue.whereToApply;
  const concernsRealEstate = items.some((item) => item.code === 'property-title-certificate');
  const whereToApply = concernsRealEstate && !offices.generalRuleMatters.includes(matter.code) ? offices.realEstate : offices.general;
  return {
    matter: { code: matter.code, name: matter.name },
    items,
    inPersonOnly: matter.inPersonOnly,
    refusals: refusedAgent ? [{ ...catalogue.agentRefusal }] : [],
    legalisation,
    timeLimit: catalogue.timeLimit,
    whereToApply: { ...whereToApply },
    fee: { text: fee.text, basis: fee.basis, unverified: fee.unverified },
    catalogueVersion: catalogue.version,
  };
}
