import { describe, expect, it } from 'vitest';
import {
  APOSTILLE_PARTIES, ChecklistAnswerError, checklistQuestions, legalisationFor, matchNotaryMatters, NOTARY_CATALOGUE as CATALOGUE, NOTARY_MATTER_CODES,
  notaryMatterDetail, notaryMatterList, notaryMatterSummaries, resolveChecklist,
  type ChecklistAnswers, type Citation, type NotaryChecklist,
} from '@plskit/core';

const codes = (checklist: NotaryChecklist) => checklist.items.map((item) => item.code);
const resolve = (matter: string, answers: ChecklistAnswers = {}) => resolveChecklist(CATALOGUE, matter, answers);

describe('the notary catalogue', () => {
  it('has every matter a Jining resident asks for most, each code once and in the published enum', () => {
    const matters = CATALOGUE.matters.map((m) => m.code);
    for (const code of ['birth', 'kinship', 'marital-status', 'no-criminal-record', 'education', 'degree', 'power-of-attorney-property', 'declaration',
      'will', 'inheritance', 'gift', 'property-sale', 'mortgage', 'evidence-preservation', 'escrow', 'business-licence', 'articles-of-association',
      'signature-seal', 'copy-conforms', 'being-alive', 'legacy-support-agreement', 'child-acknowledgement', 'adoption-dissolution', 'guarantee']) {
      expect(matters).toContain(code);
    }
    expect([...matters].sort()).toEqual([...NOTARY_MATTER_CODES].sort());
    expect(CATALOGUE.version).toBe('2026.3.0');
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

  // 证明材料清单制: nothing may be asked without a ground the resident can see.
  it('gives every material a law and article or a named public source', () => {
    const valid = (basis: Citation) => ('law' in basis ? basis.article !== '' && basis.title !== undefined : basis.source.title !== '' && basis.source.tag !== undefined);
    for (const material of Object.values(CATALOGUE.materials)) expect(valid(material.basis), material.code).toBe(true);
    for (const matter of CATALOGUE.matters) {
      const answers: ChecklistAnswers = { applicantIsAgent: !matter.inPersonOnly, minorInvolved: true, married: true, realEstate: true, useAbroad: true, destinationCountry: 'MX' };
      for (const item of resolve(matter.code, answers).items) expect(valid(item.basis), `${matter.code}: ${item.code}`).toBe(true);
    }
  });

  it('asks nothing the reviewed sources or the law do not name: no register file for a mortgage, no spouse for a will', () => {
    expect(codes(resolve('mortgage', { realEstate: true }))).not.toContain('property-register-file');
    // a will disposes only of the testator's own share (Civil Code Art 1153): nobody else agrees
    expect(codes(resolve('will', { married: true }))).not.toContain('marriage-certificate');
    expect(codes(resolve('will', { married: true }))).not.toContain('spouse-consent');
  });

  it('says when a list follows only the general pattern, not a published list for the matter', () => {
    expect(resolve('guarantee').listBasis).toBe('general-pattern');
    expect(resolve('inheritance').listBasis).toBe('published-list');
    expect(CATALOGUE.generalPatternNote.en).toMatch(/nothing outside it may be demanded/);
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
    ['power-of-attorney-property', ['applicant-id', 'household-register', 'attorney-id-copy', 'draft-power-of-attorney', 'co-owner-consent'], '11(3)'],
    ['declaration', ['applicant-id', 'household-register', 'declaration-draft'], '11(3)'],
    ['guarantee', ['applicant-id', 'household-register', 'guarantee-draft'], '11(11)'],
    ['legacy-support-agreement', ['applicant-id', 'household-register', 'supporter-id-copy', 'draft-legacy-support-agreement'], '11(1)'],
    ['child-acknowledgement', ['applicant-id', 'household-register', 'birth-medical-certificate', 'acknowledgement-declaration'], '11(3)'],
    ['adoption-dissolution', ['applicant-id', 'household-register', 'adoption-registration', 'adoption-dissolution-agreement'], '11(6)'],
    ['will', ['applicant-id', 'household-register', 'title-proof'], '11(3)'],
    ['inheritance', ['heirs-ids', 'death-proof', 'heirs-kinship-proof', 'predeceased-heirs-death-proof', 'title-proof', 'wills-and-agreements', 'renunciation-declarations'], '11(2)'],
    ['gift', ['applicant-id', 'household-register', 'recipient-id-copy', 'title-proof', 'co-owner-consent'], '11(3)'],
    ['property-sale', ['applicant-id', 'household-register', 'property-title-certificate', 'property-register-file', 'co-owner-consent'], '11(1)'],
    ['mortgage', ['applicant-id', 'household-register', 'property-title-certificate', 'co-owner-consent'], '11(1)'],
    ['evidence-preservation', ['applicant-id', 'evidence-description', 'interest-proof'], '11(9)'],
    ['escrow', ['applicant-id', 'escrow-basis', 'escrow-object'], '12(2)'],
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
  it('adds the agent’s ID (Notary Law Art 26) and the power of attorney (Procedure Rules Art 18(2)) when an agent applies', () => {
    const checklist = resolve('no-criminal-record', { applicantIsAgent: true });
    expect(codes(checklist).slice(-2)).toEqual(['agent-id', 'power-of-attorney']);
    expect(checklist.items.at(-2)).toMatchObject({ condition: 'applicantIsAgent', basis: { law: 'notary-law-2017', article: '26' } });
    expect(checklist.items.at(-1)).toMatchObject({ condition: 'applicantIsAgent', form: 'original', basis: { law: 'notary-procedure-rules-2020', article: '18(2)' } });
    // not an important matter: no rule on where a principal abroad signs it
    expect(checklist.items.at(-1)?.reason.en).not.toMatch(/abroad|Hong Kong/);
  });

  it.each(['property-sale', 'mortgage'])('asks a principal outside the mainland for a notarised power of attorney for %s, an important matter (Procedure Rules Art 12)', (matter) => {
    const power = resolve(matter, { applicantIsAgent: true }).items.find((item) => item.code === 'power-of-attorney');
    expect(power?.basis).toMatchObject({ law: 'notary-procedure-rules-2020', article: '12' });
    expect(power?.reason['zh-CN']).toMatch(/重要公证事项.*香港、澳门、台湾地区.*国外.*驻外使（领）馆公证/);
    expect(power?.reason.en).toMatch(/important matter.*Hong Kong, Macao or Taiwan.*abroad.*Chinese embassy or consulate/);
  });

  it('asks for a notarised power of attorney, once, when an agent applies for an inheritance', () => {
    const checklist = resolve('inheritance', { applicantIsAgent: true });
    const powers = checklist.items.filter((item) => item.code === 'power-of-attorney');
    expect(powers).toHaveLength(1);
    expect(powers[0]?.reason.en).toMatch(/must itself be notarised \(as Notary Procedure Rules Art 12 also requires\)/);
    expect(codes(checklist)).toContain('agent-id');
  });

  it('adds the guardian’s ID and proof of guardianship when a minor is involved', () => {
    expect(codes(resolve('birth', { minorInvolved: true })).slice(-2)).toEqual(['guardian-id', 'guardianship-proof']);
    expect(codes(resolve('birth', { minorInvolved: false }))).not.toContain('guardian-id');
  });

  it('asks a married owner for the marriage certificate, and a single owner for a declaration', () => {
    expect(codes(resolve('property-sale', { married: true }))).toContain('marriage-certificate');
    const single = resolve('property-sale', { married: false });
    expect(codes(single)).toContain('single-status-declaration');
    expect(single.items.find((i) => i.code === 'single-status-declaration')?.condition).toBe('married=false');
    expect(codes(resolve('property-sale'))).not.toContain('single-status-declaration');
  });

  it('proves marital status with the certificate if married, and with a declaration and the registry record if not', () => {
    expect(codes(resolve('marital-status', { married: true }))).toEqual(['applicant-id', 'household-register', 'marriage-certificate']);
    expect(codes(resolve('marital-status', { married: false }))).toEqual(['applicant-id', 'household-register', 'single-status-declaration', 'marriage-registration-record', 'divorce-proof']);
  });

  it('adds the title certificate, from the published lists, when real estate is involved', () => {
    const checklist = resolve('gift', { realEstate: true });
    expect(checklist.items.at(-1)).toMatchObject({ code: 'property-title-certificate', condition: 'realEstate', basis: { source: { tag: 'V-3p' } } });
    expect(codes(resolve('power-of-attorney-property', { realEstate: true })).slice(-2)).toEqual(['property-title-certificate', 'property-register-file']);
  });

  it('adds the marital property agreement when the deceased was married, setting the spouse’s half apart first (Civil Code Art 1153)', () => {
    const checklist = resolve('inheritance', { married: true });
    expect(codes(checklist)).toEqual(expect.arrayContaining(['marriage-certificate', 'marital-property-agreement']));
    expect(checklist.items.find((item) => item.code === 'marital-property-agreement')?.basis).toMatchObject({ law: 'civil-code-2020', article: '1153' });
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
    const checklist = resolve('property-sale', { useAbroad: true, destinationCountry: 'DE', applicantIsAgent: true, married: true, minorInvolved: true });
    expect(codes(checklist)).toEqual([
      'applicant-id', 'household-register', 'property-title-certificate', 'property-register-file', 'co-owner-consent',
      'guardian-id', 'guardianship-proof', 'marriage-certificate', 'spouse-consent', 'agent-id', 'power-of-attorney', 'translation', 'apostille',
    ]);
  });
});

describe('who else must agree when property that may be shared is disposed of (Civil Code Arts 1062, 301, 1124)', () => {
  const DISPOSING = ['power-of-attorney-property', 'gift', 'property-sale', 'mortgage'];

  it.each(DISPOSING)('%s asks a married owner for the spouse’s consent and ID, and any co-owners for theirs', (matter) => {
    const married = resolve(matter, { married: true });
    expect(married.items.find((item) => item.code === 'spouse-consent')).toMatchObject({
      condition: 'married', form: 'original', basis: { law: 'civil-code-2020', article: '1062.2' },
    });
    expect(codes(married)).toContain('marriage-certificate');
    expect(codes(resolve(matter, { married: false }))).not.toContain('spouse-consent');
    const coOwners = married.items.find((item) => item.code === 'co-owner-consent');
    expect(coOwners).toMatchObject({ basis: { law: 'civil-code-2020', article: '301' } });
    expect(coOwners?.reason['zh-CN']).toContain('占份额三分之二以上的按份共有人或者全体共同共有人同意');
    for (const code of ['spouse-consent', 'co-owner-consent']) {
      const item = CATALOGUE.materials[code]!;
      expect(item.name['zh-CN'], code).toMatch(/身份证件/);
      expect(item.name.en, code).toMatch(/notarised consent|IDs/);
    }
  });

  it('has every heir apply together, or send a notarised power of attorney, or renounce in writing', () => {
    const items = resolve('inheritance').items;
    expect(items.find((item) => item.code === 'heirs-ids')?.reason.en).toMatch(/apply together.*notarised power of attorney.*renounces/);
    expect(items.find((item) => item.code === 'renunciation-declarations')?.basis).toMatchObject({ law: 'civil-code-2020', article: '1124' });
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

describe('matters that must be handled in person (Notary Procedure Rules Art 11)', () => {
  // the Rules' list, and a signature, which the signer makes before the notary
  const IN_PERSON = ['will', 'legacy-support-agreement', 'gift', 'child-acknowledgement', 'adoption', 'adoption-dissolution', 'being-alive',
    'power-of-attorney-property', 'declaration', 'guarantee', 'signature-seal'];

  it('flags exactly the matters the Rules list', () => {
    expect(CATALOGUE.matters.filter((m) => m.inPersonOnly).map((m) => m.code).sort()).toEqual([...IN_PERSON].sort());
  });

  it.each(IN_PERSON)('%s refuses an agent with the article and what to do instead, and lists no agent materials', (matter) => {
    const checklist = resolve(matter, { applicantIsAgent: true });
    expect(checklist.inPersonOnly).toBe(true);
    expect(checklist.inPerson?.basis).toMatchObject({ law: 'notary-procedure-rules-2020', article: '11' });
    expect(checklist.refusals).toEqual([expect.objectContaining({
      code: 'agent-not-allowed', basis: expect.objectContaining({ law: 'notary-procedure-rules-2020', article: '11' }),
      instead: expect.objectContaining({ en: expect.stringMatching(/comes to the notary office/) }),
    })]);
    expect(checklist.refusals[0]?.text.en).toMatch(/Notary Procedure Rules Art 11; Notary Law Art 26/);
    expect(codes(checklist)).not.toContain('agent-id');
    expect(resolve(matter, { applicantIsAgent: false }).refusals).toEqual([]);
  });

  it('offers a will’s testator a notary at home or in hospital (Rules on the Notarisation of Wills Art 5)', () => {
    const { inPerson, refusals } = resolve('will', { applicantIsAgent: true });
    expect(inPerson?.homeVisit).toMatchObject({ scope: 'rule', basis: { law: 'will-notarization-rules-2000', article: '5' } });
    expect(inPerson?.homeVisit.text.en).toMatch(/home or temporary residence such as a hospital/);
    expect(refusals[0]?.homeVisit).toEqual(inPerson?.homeVisit);
  });

  it('does not claim a home visit for other in-person matters: the rule covers wills only', () => {
    for (const matter of ['gift', 'power-of-attorney-property', 'being-alive']) {
      const homeVisit = resolve(matter).inPerson?.homeVisit;
      expect(homeVisit?.scope).toBe('ask-the-office');
      expect(homeVisit?.text.en).toMatch(/for wills only/);
    }
  });

  it('has no in-person rule where an agent may apply', () => {
    expect(resolve('inheritance').inPerson).toBeNull();
  });

  it('makes a single-status certificate in person: it rests on the person’s own declaration (a 声明 on the Art 11 list)', () => {
    const single = resolve('marital-status', { applicantIsAgent: true, married: false });
    expect(single).toMatchObject({ inPersonOnly: true, inPerson: { basis: { article: '11' } }, refusals: [{ code: 'agent-not-allowed' }] });
    expect(codes(single)).not.toContain('agent-id');
    expect(single.items.find((item) => item.code === 'single-status-declaration')).toMatchObject({
      basis: { law: 'notary-procedure-rules-2020', article: '11' }, reason: { en: expect.stringMatching(/never by an agent/) },
    });
    // a married person's certificate rests on the marriage certificate: an agent may apply
    expect(resolve('marital-status', { applicantIsAgent: true, married: true })).toMatchObject({ inPersonOnly: false, inPerson: null, refusals: [] });
    expect(checklistQuestions(CATALOGUE, 'marital-status')).toEqual(['applicantIsAgent', 'married', 'useAbroad']);
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

  it('cites Notary Law Art 33 for consular legalisation and the MFA notice for the apostille', () => {
    expect(resolve('birth', { useAbroad: true, destinationCountry: 'VN' }).items.at(-1)?.basis).toMatchObject({ article: '33' });
    expect(resolve('birth', { useAbroad: true, destinationCountry: 'DE' }).items.at(-1)?.basis).toMatchObject({ source: { title: expect.stringMatching(/2023-10-23/) } });
  });

  it('asks for a Spanish translation for a Spanish-speaking destination, citing the Ministry’s letter', () => {
    const mexico = resolve('degree', { useAbroad: true, destinationCountry: 'MX' }).items.find((item) => item.code === 'translation');
    expect(mexico?.reason.en).toMatch(/into Spanish/);
    expect(mexico?.basis).toMatchObject({ source: { title: expect.stringMatching(/\[92\]司公函102号/) } });
    expect(resolve('degree', { useAbroad: true, destinationCountry: 'DE' }).items.find((item) => item.code === 'translation')?.reason.en).not.toMatch(/Spanish/);
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
    ['will', ['applicantIsAgent', 'realEstate', 'useAbroad']],
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

describe('告知承诺制 and the sources behind a checklist', () => {
  it('marks the kinship proofs a pledge may replace and states the policy with its source', () => {
    const checklist = resolve('kinship');
    expect(checklist.items.filter((item) => item.pledgeMayReplace).map((item) => item.code)).toEqual(['kinship-certificate']);
    expect(checklist.pledge?.source.title).toMatch(/利企便民/);
    expect(resolve('degree').pledge).toBeNull();
  });

  it('carries the matter’s sources and then the catalogue’s, each once', () => {
    const { sources } = resolve('inheritance');
    expect(sources[0]?.title).toMatch(/办理继承公证的指导意见/);
    expect(sources.map((s) => s.title)).toContain(CATALOGUE.sources[0]?.title);
    expect(new Set(sources.map((s) => s.title)).size).toBe(sources.length);
  });
});

describe('finding a matter as a resident names it', () => {
  const summaries = notaryMatterSummaries(CATALOGUE);
  const find = (query: string) => matchNotaryMatters(summaries, query).map((m) => m.code);

  it('puts every matter in one of four groups, each group used', () => {
    expect(CATALOGUE.groups.map((g) => g.code)).toEqual(['family', 'property', 'company', 'documents']);
    for (const group of CATALOGUE.groups) expect(summaries.some((m) => m.group === group.code)).toBe(true);
  });

  it('finds property matters by "房子" and the certificates needed abroad by "出国"', () => {
    expect(find('房子')).toEqual(expect.arrayContaining(['power-of-attorney-property', 'property-sale', 'mortgage', 'gift', 'inheritance', 'will']));
    expect(find('房子')).not.toContain('birth');
    expect(find('出国')).toEqual(expect.arrayContaining(['birth', 'kinship', 'marital-status', 'no-criminal-record', 'education', 'degree']));
    expect(find('出国')).not.toContain('mortgage');
  });

  it('finds by pinyin initials and English words from their start, and by part of the Chinese name', () => {
    expect(find('jc')[0]).toBe('inheritance');
    expect(find('yz')).toContain('will');
    expect(find('dy')).toContain('mortgage');
    expect(find('dy')).not.toContain('education');
    expect(find('Power of')).toEqual(['power-of-attorney-property']);
    expect(find('无犯罪')).toEqual(['no-criminal-record']);
    expect(find('ＷＩＬＬ')).toContain('will');
  });

  it('returns everything for an empty query and nothing for nonsense', () => {
    expect(find('  ')).toHaveLength(summaries.length);
    expect(find('宇宙飞船')).toEqual([]);
  });
});

describe('the matter views the API serves', () => {
  it('summarises every matter with its group, search terms, basis and in-person rule', () => {
    const list = notaryMatterList(CATALOGUE);
    expect(list.items).toHaveLength(CATALOGUE.matters.length);
    expect(list.groups).toBe(CATALOGUE.groups);
    expect(list.items.find((m) => m.code === 'will')).toEqual({
      code: 'will', name: { 'zh-CN': '遗嘱公证', en: 'Will' }, group: 'property', searchTerms: expect.arrayContaining(['遗嘱', 'yz']),
      inPersonOnly: true, basis: expect.objectContaining({ law: 'notary-law-2017', article: '11(3)' }),
    });
  });

  it('details one matter with its questions, in-person rule, time limit, fee and sources', () => {
    expect(notaryMatterDetail(CATALOGUE, 'marital-status')).toMatchObject({
      code: 'marital-status', questions: ['applicantIsAgent', 'married', 'useAbroad'], inPerson: null, listBasis: 'published-list',
      timeLimit: { workingDays: 15 }, fee: { unverified: true }, catalogueVersion: CATALOGUE.version,
    });
    expect(notaryMatterDetail(CATALOGUE, 'will')?.inPerson?.homeVisit.scope).toBe('rule');
    expect(notaryMatterDetail(CATALOGUE, 'will')?.sources.length).toBeGreaterThan(1);
    expect(notaryMatterDetail(CATALOGUE, 'tattoo')).toBeUndefined();
  });
});
