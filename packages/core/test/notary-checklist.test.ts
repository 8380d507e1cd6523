import { describe, expect, it } from 'vitest';
import {
  APOSTILLE_PARTIES, ChecklistAnswerError, checklistQuestions, legalisationFor, NOTARY_CATALOGUE as CATALOGUE, notaryMatterDetail, notaryMatterSummaries,
  resolveChecklist,
  type ChecklistAnswers, type NotaryChecklist,
} from '@plskit/core';

const codes = (checklist: NotaryChecklist) => checklist.items.map((item) => item.code);
const resolve = (matter: string, answers: ChecklistAnswers = {}) => resolveChecklist(CATALOGUE, matter, answers);

describe('the notary catalogue', () => {
  it('has at least 20 matters, including every one the issue names', () => {
    const matters = CATALOGUE.matters.map((m) => m.code);
    expect(matters.length).toBeGreaterThanOrEqual(20);
    for (const code of ['birth', 'kinship', 'marital-status', 'no-criminal-record', 'education', 'degree', 'power-of-attorney-property', 'declaration',
      'will', 'inheritance', 'gift', 'property-sale', 'mortgage', 'evidence-preservation', 'escrow', 'business-licence', 'articles-of-association',
      'signature-seal', 'copy-conforms', 'being-alive']) {
      expect(matters).toContain(code);
    }
    expect(new Set(matters).size).toBe(matters.length);
  });

  it('defines every material a matter refers to, and every matter cites the Notary Law with sources', () => {
    for (const matter of CATALOGUE.matters) {
      expect(matter.basis.law).toBe('notary-law-2017');
      expect(matter.sources.length).toBeGreaterThan(0);
      for (const requirement of [...matter.materials, ...matter.conditional.flatMap((c) => c.materials)]) {
        expect(CATALOGUE.materials[requirement.material], `${matter.code}: ${requirement.material}`).toBeDefined();
      }
    }
  });
});

describe('resolveChecklist: base materials per matter', () => {
  it.each([
    ['birth', ['applicant-id', 'household-register', 'birth-medical-certificate', 'parent-child-proof'], '11(7)'],
    ['death', ['applicant-id', 'household-register', 'death-proof', 'kinship-certificate'], '11(7)'],
    ['kinship', ['applicant-id', 'household-register', 'relative-id-copy', 'kinship-certificate'], '11(6)'],
    ['marital-status', ['applicant-id', 'household-register'], '11(6)'],
    ['no-criminal-record', ['applicant-id', 'household-register', 'no-criminal-record-certificate'], '11(7)'],
    ['education', ['applicant-id', 'household-register', 'education-certificate'], '11(7)'],
    ['degree', ['applicant-id', 'household-register', 'degree-certificate'], '11(7)'],
    ['power-of-attorney-property', ['applicant-id', 'household-register', 'attorney-id-copy', 'draft-power-of-attorney'], '11(3)'],
    ['declaration', ['applicant-id', 'household-register', 'declaration-draft'], '11(3)'],
    ['will', ['applicant-id', 'household-register', 'title-proof'], '11(3)'],
    ['inheritance', ['heirs-ids', 'death-proof', 'heirs-kinship-proof', 'predeceased-heirs-death-proof', 'title-proof', 'wills-and-agreements', 'renunciation-declarations'], '11(2)'],
    ['gift', ['applicant-id', 'household-register', 'recipient-id-copy', 'title-proof'], '11(3)'],
    ['property-sale', ['applicant-id', 'household-register', 'property-title-certificate', 'property-register-file'], '11(1)'],
    ['mortgage', ['applicant-id', 'household-register', 'property-title-certificate', 'property-register-file'], '11(1)'],
    ['evidence-preservation', ['applicant-id', 'evidence-description', 'interest-proof'], '11(9)'],
    ['escrow', ['applicant-id', 'escrow-basis', 'escrow-object'], '12'],
    ['business-licence', ['business-licence-original', 'legal-representative-certificate', 'company-seal'], '11(10)'],
    ['articles-of-association', ['business-licence-original', 'legal-representative-certificate', 'company-seal', 'articles-certified-copy', 'board-resolution'], '11(8)'],
    ['signature-seal', ['applicant-id', 'signed-document'], '11(10)'],
    ['copy-conforms', ['applicant-id', 'original-document'], '11(10)'],
    ['being-alive', ['applicant-id', 'household-register'], '11(7)'],
    ['adoption', ['applicant-id', 'household-register', 'adoption-registration'], '11(6)'],
  ])('%s lists %j (Notary Law Art %s)', (matter, items, article) => {
    const checklist = resolve(matter);
    expect(codes(checklist)).toEqual(items);
    expect(CATALOGUE.matters.find((m) => m.code === matter)?.basis.article).toBe(article);
    expect(checklist).toMatchObject({ matter: { code: matter }, legalisation: 'none', refusals: [], catalogueVersion: CATALOGUE.version });
    expect(checklist.timeLimit).toMatchObject({ workingDays: 15, basis: { law: 'notary-law-2017', article: '30' } });
    expect(checklist.fee).toMatchObject({ basis: { article: '46' }, unverified: true });
    expect(checklist.fee.text.en).toMatch(/legal aid \(Notary Law Art 34; Legal Aid Law Art 53\)/);
    for (const item of checklist.items) {
      expect(item.reason['zh-CN']).not.toBe('');
      expect(item.reason.en).not.toBe('');
      expect(item.condition).toBeUndefined();
    }
  });
});

describe('resolveChecklist: answers that add materials', () => {
  it('adds the agent’s ID and a power of attorney when an agent applies (Art 26)', () => {
    const checklist = resolve('no-criminal-record', { applicantIsAgent: true });
    expect(codes(checklist).slice(-2)).toEqual(['agent-id', 'power-of-attorney']);
    expect(checklist.items.at(-1)).toMatchObject({ condition: 'applicantIsAgent', form: 'original', basis: { article: '26' } });
  });

  it('asks for a notarised power of attorney, once, when an agent applies for an inheritance', () => {
    const checklist = resolve('inheritance', { applicantIsAgent: true });
    const powers = checklist.items.filter((item) => item.code === 'power-of-attorney');
    expect(powers).toHaveLength(1);
    expect(powers[0]?.reason.en).toMatch(/must itself be notarised/);
    expect(codes(checklist)).toContain('agent-id');
  });

  it('adds the guardian’s ID and proof of guardianship when a minor is involved', () => {
    expect(codes(resolve('birth', { minorInvolved: true })).slice(-2)).toEqual(['guardian-id', 'guardianship-proof']);
    expect(codes(resolve('birth', { minorInvolved: false }))).not.toContain('guardian-id');
  });

  it('asks a married owner for the marriage certificate and the spouse’s consent, and a single owner for a declaration', () => {
    expect(codes(resolve('property-sale', { married: true }))).toEqual(expect.arrayContaining(['marriage-certificate', 'spouse-consent']));
    const single = resolve('property-sale', { married: false });
    expect(codes(single)).toContain('single-status-declaration');
    expect(single.items.find((i) => i.code === 'single-status-declaration')?.condition).toBe('married=false');
    expect(codes(resolve('property-sale'))).not.toContain('single-status-declaration');
  });

  it('proves marital status with the certificate if married, and with a declaration and the registry record if not', () => {
    expect(codes(resolve('marital-status', { married: true }))).toEqual(['applicant-id', 'household-register', 'marriage-certificate']);
    expect(codes(resolve('marital-status', { married: false }))).toEqual(['applicant-id', 'household-register', 'single-status-declaration', 'marriage-registration-record', 'divorce-proof']);
  });

  it('adds the title certificate, with the where-to-apply rule (Art 25), when real estate is involved', () => {
    const checklist = resolve('gift', { realEstate: true });
    expect(checklist.items.at(-1)).toMatchObject({ code: 'property-title-certificate', condition: 'realEstate', basis: { article: '25' } });
    expect(codes(resolve('power-of-attorney-property', { realEstate: true })).slice(-2)).toEqual(['property-title-certificate', 'property-register-file']);
  });

  it('adds the marital property agreement when the deceased was married', () => {
    expect(codes(resolve('inheritance', { married: true }))).toEqual(expect.arrayContaining(['marriage-certificate', 'marital-property-agreement']));
  });

  it('lists each material once even when several answers ask for it, merging original and copy', () => {
    const checklist = resolve('property-sale', { realEstate: true, married: true, minorInvolved: true, applicantIsAgent: true });
    expect(new Set(codes(checklist)).size).toBe(checklist.items.length);
    const catalogue = { ...CATALOGUE, common: [...CATALOGUE.common, { when: 'realEstate' as const, materials: [{ material: 'property-title-certificate', form: 'original' as const, copies: 2 }] }] };
    const merged = resolveChecklist(catalogue, 'property-sale', { realEstate: true });
    expect(merged.items.filter((i) => i.code === 'property-title-certificate')).toEqual([
      expect.objectContaining({ form: 'original-and-copy', copies: 2 }),
    ]);
  });

  it('keeps a stable order: base materials, then the matter’s answers, then agent, then use abroad', () => {
    const checklist = resolve('gift', { useAbroad: true, destinationCountry: 'DE', applicantIsAgent: true, realEstate: true, married: true });
    expect(codes(checklist)).toEqual([
      'applicant-id', 'household-register', 'recipient-id-copy', 'title-proof', 'marriage-certificate', 'spouse-consent',
      'property-title-certificate', 'agent-id', 'power-of-attorney', 'translation', 'apostille',
    ]);
  });
});

describe('where to apply and where to obtain each material (Notary Law Art 25; 一次性告知)', () => {
  it.each([
    ['birth', {}, 'general'],
    ['property-sale', {}, 'realEstate'],
    ['inheritance', { realEstate: true }, 'realEstate'],
    ['inheritance', { realEstate: false }, 'general'],
    ['gift', { realEstate: true }, 'general'],
    ['power-of-attorney-property', {}, 'general'],
  ] as [string, ChecklistAnswers, 'general' | 'realEstate'][])('%s %j applies where the %s rule says', (matter, answers, rule) => {
    const { whereToApply } = resolve(matter, answers);
    expect(whereToApply).toEqual(CATALOGUE.whereToApply[rule]);
    expect(whereToApply.basis).toMatchObject({ law: 'notary-law-2017', article: '25' });
  });

  it('tells where each material that is not self-evident comes from', () => {
    const items = resolve('property-sale').items;
    const register = items.find((item) => item.code === 'property-register-file');
    expect(register?.obtainFrom?.['zh-CN']).toBe('不动产登记中心');
    for (const item of items) expect(item.obtainFrom).toEqual(CATALOGUE.materials[item.code]?.obtainFrom);
  });
});

describe('matters that must be handled in person (Notary Law Art 26)', () => {
  it.each(['will', 'being-alive', 'adoption'])('%s refuses an agent and lists no agent materials', (matter) => {
    const checklist = resolve(matter, { applicantIsAgent: true });
    expect(checklist.inPersonOnly).toBe(true);
    expect(checklist.refusals).toEqual([expect.objectContaining({ code: 'agent-not-allowed', basis: expect.objectContaining({ law: 'notary-law-2017', article: '26' }) })]);
    expect(codes(checklist)).not.toContain('agent-id');
    expect(resolve(matter, { applicantIsAgent: false }).refusals).toEqual([]);
  });

  it('lets an agent apply for other matters', () => {
    expect(resolve('education', { applicantIsAgent: true })).toMatchObject({ inPersonOnly: false, refusals: [] });
  });

  it('charges a will at the will rate', () => {
    expect(resolve('will').fee.text.en).toMatch(/1,500 yuan at the notary office, 3,000 yuan off-site/);
    expect(resolve('degree').fee.text.en).toMatch(/150 yuan per item/);
  });
});

describe('documents for use abroad', () => {
  it.each([
    ['DE', 'apostille'], ['us', 'apostille'], ['JP', 'apostille'], ['KR', 'apostille'], ['ES', 'apostille'], ['CA', 'apostille'],
    ['IN', 'consular'], ['VN', 'consular'], ['TH', 'consular'], ['AE', 'consular'],
  ])('destination %s needs %s', (destinationCountry, legalisation) => {
    const checklist = resolve('degree', { useAbroad: true, destinationCountry });
    expect(checklist.legalisation).toBe(legalisation);
    expect(codes(checklist).slice(-2)).toEqual(['translation', legalisation === 'apostille' ? 'apostille' : 'consular-legalisation']);
  });

  it('cites Notary Law Art 33 for consular legalisation', () => {
    expect(resolve('birth', { useAbroad: true, destinationCountry: 'VN' }).items.at(-1)?.basis?.article).toBe('33');
  });

  it('keeps India out of the apostille route: China objected to its accession', () => {
    expect(APOSTILLE_PARTIES.parties).not.toContain('IN');
    expect(legalisationFor('IN', { ...APOSTILLE_PARTIES, parties: [...APOSTILLE_PARTIES.parties, 'IN'] })).toBe('consular');
  });

  it('labels the destination list with its source, date and unverified status', () => {
    expect(APOSTILLE_PARTIES).toMatchObject({ effectiveForChina: '2023-11-07', unverified: true });
    expect(APOSTILLE_PARTIES.sources.length).toBeGreaterThan(0);
    for (const code of APOSTILLE_PARTIES.parties) expect(code).toMatch(/^[A-Z]{2}$/);
  });

  it.each([
    [{ useAbroad: true }, '/answers/destinationCountry', 'required'],
    [{ useAbroad: true, destinationCountry: 'Germany' }, '/answers/destinationCountry', 'invalid'],
    [{ useAbroad: true, destinationCountry: 'CN' }, '/answers/destinationCountry', 'invalid'],
  ] as [ChecklistAnswers, string, string][])('%j is refused at %s (%s) rather than guessed', (answers, field, code) => {
    expect(() => resolve('degree', answers)).toThrow(ChecklistAnswerError);
    try {
      resolve('degree', answers);
    } catch (error) {
      expect(error).toMatchObject({ field, code });
    }
  });

  it('ignores the destination when the document stays in China', () => {
    expect(resolve('degree', { useAbroad: false, destinationCountry: 'DE' }).legalisation).toBe('none');
  });
});

describe('checklistQuestions and unknown matters', () => {
  it.each([
    ['degree', ['applicantIsAgent', 'useAbroad']],
    ['marital-status', ['applicantIsAgent', 'married', 'useAbroad']],
    ['power-of-attorney-property', ['applicantIsAgent', 'minorInvolved', 'married', 'realEstate', 'useAbroad']],
    ['will', ['applicantIsAgent', 'married', 'realEstate', 'useAbroad']],
  ])('%s asks %j', (matter, questions) => {
    expect(checklistQuestions(CATALOGUE, matter)).toEqual(questions);
  });

  it('refuses an unknown matter with a field pointer', () => {
    expect(() => resolve('tattoo')).toThrow(expect.objectContaining({ field: '/matter', code: 'not-found' }));
    expect(() => checklistQuestions(CATALOGUE, 'tattoo')).toThrow(ChecklistAnswerError);
  });

  it('fails loudly on a catalogue that names an undefined material', () => {
    const broken = { ...CATALOGUE, materials: {} };
    expect(() => resolveChecklist(broken, 'degree', {})).toThrow(/unknown material applicant-id/);
  });
});

describe('the matter views the API serves', () => {
  it('summarises every matter with its basis and in-person rule', () => {
    const summaries = notaryMatterSummaries(CATALOGUE);
    expect(summaries).toHaveLength(CATALOGUE.matters.length);
    expect(summaries.find((m) => m.code === 'will')).toEqual({
      code: 'will', name: { 'zh-CN': '遗嘱公证', en: 'Will' }, inPersonOnly: true, basis: expect.objectContaining({ law: 'notary-law-2017', article: '11(3)' }),
    });
  });

  it('details one matter with its questions, time limit and fee', () => {
    expect(notaryMatterDetail(CATALOGUE, 'marital-status')).toMatchObject({
      code: 'marital-status', questions: ['applicantIsAgent', 'married', 'useAbroad'],
      timeLimit: { workingDays: 15 }, fee: { unverified: true }, catalogueVersion: CATALOGUE.version,
    });
    expect(notaryMatterDetail(CATALOGUE, 'tattoo')).toBeUndefined();
  });
});
