import { describe, expect, it } from 'vitest';
import {
  evaluateEligibility, hardshipThreshold, JINING_LEGAL_AID_RULESET as JINING, type EligibilityInput, type EligibilityResult, type LegalAidRuleset,
} from '@plskit/core';

const REGION = '370811';
const POOR = { size: 4, monthlyIncome: 2000 }; // 500 a head, under the illustrative 2,000 line
const COMFORTABLE = { size: 2, monthlyIncome: 10000 };
const check = (input: Partial<EligibilityInput>): EligibilityResult => evaluateEligibility(JINING, { region: REGION, ...input });
const articles = (result: EligibilityResult) => result.reasons.map((r) => `${r.basis.law}:${r.basis.article}`);
const codes = (list: { code: string }[]) => list.map((x) => x.code);

describe('criminal cases where the authorities must notify the agency (Art 25(1), Art 28)', () => {
  it.each([
    ['minor', '25.1(1)'],
    ['visual-hearing-speech-disability', '25.1(2)'],
    ['limited-mental-capacity', '25.1(3)'],
    ['possible-life-or-death-sentence', '25.1(4)'],
    ['death-penalty-review', '25.1(5)'],
    ['trial-in-absentia', '25.1(6)'],
    ['compulsory-medical-treatment', '28'],
  ])('a suspect or defendant who is %s gets a lawyer assigned without applying (Art %s)', (circumstance, article) => {
    const result = check({ proceeding: 'criminal', criminalRole: 'suspect-or-defendant', circumstances: [circumstance] });
    expect(result.outcome).toBe('assigned-by-authority');
    expect(result.meansTest).toBe('not-required');
    expect(articles(result)).toEqual([`legal-aid-law-2021:${article}`]);
    expect(result.whereToApply.basis.article).toBe(article);
    expect(result.whereToApply.text.en).toMatch(/No application needed/);
    expect(result.decisionTime).toMatchObject({ days: 3, unit: 'days', basis: { article: '36' } });
    expect(result.documents).toEqual([]);
    expect(codes(result.nextSteps)[0]).toBe('tell-authority-no-defender');
  });

  it('asks for an experienced lawyer (Art 26) only where a life or death sentence is possible', () => {
    const serious = check({ proceeding: 'criminal', criminalRole: 'suspect-or-defendant', circumstances: ['possible-life-or-death-sentence'] });
    expect(serious.nextSteps.find((s) => s.code === 'experienced-lawyer')?.basis?.article).toBe('26');
    const minor = check({ proceeding: 'criminal', criminalRole: 'suspect-or-defendant', circumstances: ['minor'] });
    expect(codes(minor.nextSteps)).not.toContain('experienced-lawyer');
  });

  it('gives every notification reason when several circumstances hold, without a means test', () => {
    const result = check({ proceeding: 'criminal', criminalRole: 'suspect-or-defendant', circumstances: ['minor', 'trial-in-absentia'], household: COMFORTABLE });
    expect(result.outcome).toBe('assigned-by-authority');
    expect(codes(result.reasons)).toEqual(['minor', 'trial-in-absentia']);
  });

  it('does not treat a victim who is a minor as a notified defendant', () => {
    const result = check({ proceeding: 'criminal', criminalRole: 'victim', circumstances: ['minor'], household: COMFORTABLE });
    expect(result.outcome).toBe('ineligible');
  });
});

describe('criminal cases where one may apply (Art 24, Art 29)', () => {
  it.each([
    ['suspect-or-defendant', '24'],
    ['victim', '29'],
    ['private-prosecutor', '29'],
    ['civil-claimant', '29'],
  ] as const)('a %s may apply under Art %s and passes the means test on low income', (criminalRole, article) => {
    const result = check({ proceeding: 'criminal', criminalRole, circumstances: [], household: POOR });
    expect(result.outcome).toBe('eligible');
    expect(result.meansTest).toBe('passed');
    expect(articles(result)).toEqual([`legal-aid-law-2021:${article}`, 'shandong-legal-aid-regulation-2015:8']);
    expect(result.whereToApply.basis.article).toBe('38');
  });

  it('tells an eligible suspect how to apply from detention (Art 39)', () => {
    const result = check({ proceeding: 'criminal', criminalRole: 'suspect-or-defendant', circumstances: [], commitment: true });
    expect(result.nextSteps.slice(0, 2).map((s) => `${s.code}:${s.basis?.article}`)).toEqual(['apply:43', 'apply-from-detention:39']);
    expect(codes(check({ proceeding: 'criminal', criminalRole: 'victim', circumstances: [], commitment: true }).nextSteps)).not.toContain('apply-from-detention');
  });

  it('tells a defendant who fails the means test that other reasons still allow an application, and points to duty lawyers (Arts 14 and 30) and the court’s discretion (Art 25(2))', () => {
    const result = check({ proceeding: 'criminal', criminalRole: 'suspect-or-defendant', circumstances: [], household: COMFORTABLE });
    expect(result).toMatchObject({ outcome: 'ineligible', meansTest: 'failed', decisionTime: null, documents: [] });
    expect(result.nextSteps.map((s) => `${s.code}:${s.basis?.article}`)).toEqual([
      'accused-other-reasons:24', 'free-consultation:23', 'duty-lawyer:14', 'duty-lawyer-help:30', 'court-may-notify:25.2', 'regional-hardship-grounds:10',
    ]);
    expect(result.nextSteps.find((s) => s.code === 'duty-lawyer')?.text['zh-CN']).toContain('人民检察院');
  });

  it('lets a victim of domestic violence in a criminal case skip the means test (Art 32)', () => {
    const result = check({ proceeding: 'criminal', criminalRole: 'victim', circumstances: ['abuse-abandonment-domestic-violence'] });
    expect(result).toMatchObject({ outcome: 'eligible', meansTest: 'not-required' });
  });

  it('does not apply Art 32 to the accused', () => {
    const result = check({ proceeding: 'criminal', criminalRole: 'suspect-or-defendant', circumstances: ['acting-bravely'], household: COMFORTABLE });
    expect(result.outcome).toBe('ineligible');
  });
});

describe('civil and administrative matters that need economic difficulty (Art 31)', () => {
  it.each([
    ['state-compensation', '31(1)'],
    ['social-insurance-or-assistance', '31(2)'],
    ['pension-or-survivor-benefit', '31(3)'],
    ['support-payments', '31(4)'],
    ['labour-relationship', '31(5)'],
    ['wages', '31(5)'],
    ['civil-capacity', '31(6)'],
    ['work-injury', '31(7)'],
    ['traffic-accident', '31(7)'],
    ['food-or-drug-safety-accident', '31(7)'],
    ['medical-accident', '31(7)'],
    ['environmental-damage', '31(8)'],
    // the whole items, as clients of ruleset 2026.2.0 answer them
    ['labour-relationship-or-wages', '31(5)'],
    ['personal-injury', '31(7)'],
  ])('%s qualifies with economic difficulty (Art %s)', (matter, article) => {
    const passed = check({ proceeding: 'civil', circumstances: [], matter, household: POOR });
    expect(passed).toMatchObject({ outcome: 'eligible', meansTest: 'passed', missing: [] });
    expect(passed.reasons[0]).toMatchObject({ code: `matter-${matter}`, basis: { law: 'legal-aid-law-2021', article } });
    expect(codes(passed.documents)).toEqual(['identity', 'household-register', 'case-documents', 'hardship-declaration']);
    const failed = check({ proceeding: 'administrative', circumstances: [], matter, household: COMFORTABLE });
    expect(failed).toMatchObject({ outcome: 'ineligible', meansTest: 'failed' });
    expect(failed.reasons[0]?.basis.article).toBe(article);
  });

  it('covers any other matter through Shandong’s wider scope, flagged as unverified (Shandong reg. Art 8)', () => {
    const result = check({ proceeding: 'civil', circumstances: [], matter: 'other', household: POOR });
    expect(result.outcome).toBe('eligible');
    expect(result.reasons[0]?.basis).toMatchObject({ law: 'shandong-legal-aid-regulation-2015', article: '8' });
    expect(result.reasons[0]?.text.en).toMatch(/unverified/);
    expect(JINING.matters.find((m) => m.code === 'other')?.unverified).toBe(true);
  });

  it('refuses "other" under a ruleset with only the national list, citing Art 31', () => {
    const national: LegalAidRuleset = { ...JINING, id: 'national-only', matters: JINING.matters.filter((m) => m.code !== 'other') };
    const result = evaluateEligibility(national, { region: REGION, proceeding: 'civil', circumstances: [], matter: 'other', household: POOR });
    expect(result).toMatchObject({ outcome: 'ineligible', reasons: [{ code: 'matter-not-covered', basis: { article: '31' } }] });
    expect(codes(result.nextSteps)).toEqual(['free-consultation']);
  });

  it('routes non-litigation matters to where the dispute is handled or arose (Art 38)', () => {
    const result = check({ proceeding: 'non-litigation', circumstances: [], matter: 'wages', household: POOR });
    expect(result.whereToApply.text.en).toMatch(/dispute-handling authority/);
    expect(check({ proceeding: 'civil', circumstances: [], matter: 'support-payments', household: POOR }).whereToApply.text.en).toMatch(/case-handling authority/);
  });
});

describe('the economic-hardship test (Shandong reg. Art 8; figures configurable and unverified)', () => {
  const threshold = hardshipThreshold(JINING.economicHardship[0]!);

  it('is twice the local minimum living standard, marked unverified and configurable', () => {
    expect(JINING.economicHardship[0]).toMatchObject({ multiple: 2, unverified: true, configurable: true });
    expect(threshold).toBe(JINING.economicHardship[0]!.minimumLivingStandard * 2);
  });

  it.each([
    [threshold * 3 - 3, 3, 'passed'],
    [threshold * 3, 3, 'failed'],
    [0, 1, 'passed'],
  ])('income %d for %d people: %s', (monthlyIncome, size, meansTest) => {
    const result = check({ proceeding: 'civil', circumstances: [], matter: 'support-payments', household: { size, monthlyIncome } });
    expect(result.meansTest).toBe(meansTest);
    expect(result.reasons.at(-1)?.text.en).toContain(`line of ${threshold} yuan`);
  });

  it('accepts the integrity pledge when income is not given (Art 41), and says the fine for a false one is imposed (Art 64)', () => {
    const result = check({ proceeding: 'civil', circumstances: [], matter: 'support-payments', commitment: true });
    expect(result).toMatchObject({ outcome: 'eligible-subject-to-verification', meansTest: 'commitment' });
    expect(result.reasons.at(-1)?.basis.article).toBe('41');
    expect(codes(result.documents)).toEqual(['identity', 'household-register', 'case-documents', 'hardship-declaration', 'commitment-form', 'verification-authorisation']);
    expect(result.nextSteps.map((s) => `${s.code}:${s.basis?.article}`).slice(0, 3)).toEqual(['apply:43', 'sign-commitment:41', 'false-statement-penalty:64']);
    const penalty = result.nextSteps.find((s) => s.code === 'false-statement-penalty')!;
    expect(penalty.text['zh-CN']).toContain('并处三千元以下罚款');
    expect(penalty.text.en).toMatch(/is fined up to 3,000 yuan as well/);
    expect(JSON.stringify(result.nextSteps)).not.toMatch(/可处|may be fined|may impose/);
  });

  it('still tests declared income when the pledge is also signed, and adds the pledge forms', () => {
    const result = check({ proceeding: 'civil', circumstances: [], matter: 'support-payments', commitment: true, household: POOR });
    expect(result.meansTest).toBe('passed');
    expect(codes(result.documents)).toContain('commitment-form');
    expect(check({ proceeding: 'civil', circumstances: [], matter: 'support-payments', commitment: true, household: COMFORTABLE }).meansTest).toBe('failed');
  });
});

describe('no economic condition (Art 32)', () => {
  it.each([
    ['hero-martyr-relative', '32(1)'],
    ['acting-bravely', '32(2)'],
    ['retrial-acquittal-compensation', '32(3)'],
    ['abuse-abandonment-domestic-violence', '32(4)'],
  ])('%s is eligible without a means test or a listed matter (Art %s)', (circumstance, article) => {
    const result = check({ proceeding: 'civil', circumstances: [circumstance] });
    expect(result).toMatchObject({ outcome: 'eligible', meansTest: 'not-required', missing: [] });
    expect(articles(result)).toEqual([`legal-aid-law-2021:${article}`]);
    const proof = result.documents.find((d) => d.code === 'circumstance-proof');
    expect(proof?.basis?.article).toBe(article);
    expect(proof?.note).toBeDefined();
    expect(result.decisionTime).toMatchObject({ days: 7, basis: { article: '43' } });
  });
});

describe('verification of economic difficulty waived (Art 42)', () => {
  it.each([
    ['no-fixed-income-minor-elderly-disabled', '42(1)', 'support-payments'],
    ['social-assistance-recipient', '42(2)', 'state-compensation'],
    ['migrant-worker-wages-or-injury', '42(3)', 'wages'],
    ['migrant-worker-wages-or-injury', '42(3)', 'work-injury'],
  ])('%s is eligible with documents instead of a check (Art %s, %s)', (circumstance, article, matter) => {
    const result = check({ proceeding: 'civil', circumstances: [circumstance], matter });
    expect(result).toMatchObject({ outcome: 'eligible', meansTest: 'verification-waived' });
    expect(result.reasons.at(-1)?.basis.article).toBe(article);
    expect(codes(result.documents)).toContain('circumstance-proof');
    expect(codes(result.nextSteps)).toContain('bring-circumstance-proof');
  });

  it('waives the check for a migrant worker only on wage or injury claims', () => {
    const result = check({ proceeding: 'civil', circumstances: ['migrant-worker-wages-or-injury'], matter: 'support-payments' });
    expect(result).toMatchObject({ outcome: 'needs-more-information', missing: ['household', 'commitment'] });
  });

  describe('a migrant worker (Art 42(3): claiming wages or work-injury compensation only)', () => {
    const MIGRANT = ['migrant-worker-wages-or-injury'];

    it.each(['traffic-accident', 'medical-accident', 'food-or-drug-safety-accident', 'labour-relationship'])(
      'is means-tested on a %s claim, and told why the waiver does not count', (matter) => {
        const asked = check({ proceeding: 'civil', circumstances: MIGRANT, matter });
        expect(asked).toMatchObject({ outcome: 'needs-more-information', meansTest: 'unknown', missing: ['household', 'commitment'] });
        const why = asked.reasons.find((r) => r.code === 'circumstance-not-for-matter');
        expect(why?.basis).toMatchObject({ law: 'legal-aid-law-2021', article: '42(3)' });
        expect(why?.text['zh-CN']).toContain('申请支付劳动报酬或者请求工伤事故人身损害赔偿的进城务工人员');
        expect(why?.text.en).toContain('A migrant worker claiming wages or work-injury compensation');
        expect(check({ proceeding: 'civil', circumstances: MIGRANT, matter, household: POOR })).toMatchObject({ outcome: 'eligible', meansTest: 'passed' });
        const failed = check({ proceeding: 'civil', circumstances: MIGRANT, matter, household: COMFORTABLE });
        expect(failed).toMatchObject({ outcome: 'ineligible', meansTest: 'failed' });
        expect(codes(failed.reasons)).toEqual([`matter-${matter}`, 'circumstance-not-for-matter', 'means-test-failed']);
      });

    it('asks which injury or labour claim it is when a client answers the whole Art 31 item', () => {
      for (const matter of ['personal-injury', 'labour-relationship-or-wages']) {
        const result = check({ proceeding: 'civil', circumstances: MIGRANT, matter, household: COMFORTABLE });
        expect(result, matter).toMatchObject({ outcome: 'needs-more-information', meansTest: 'unknown', missing: ['matter'], documents: [] });
        expect(result.reasons.find((r) => r.code === 'matter-more-specific')?.basis.article).toBe('42(3)');
      }
      // without the circumstance the whole item is means-tested as before
      expect(check({ proceeding: 'civil', circumstances: [], matter: 'personal-injury', household: POOR })).toMatchObject({ outcome: 'eligible', meansTest: 'passed' });
    });
  });

  it('waives the check for a defendant on social assistance who applies under Art 24', () => {
    const result = check({ proceeding: 'criminal', criminalRole: 'suspect-or-defendant', circumstances: ['social-assistance-recipient'] });
    expect(result.meansTest).toBe('verification-waived');
    expect(articles(result)).toEqual(['legal-aid-law-2021:24', 'legal-aid-law-2021:42(2)']);
  });
});

describe('missing answers: needs more information, never a guess', () => {
  it.each([
    [{ region: '' }, ['region']],
    [{}, ['proceeding']],
    [{ proceeding: 'criminal' }, ['criminalRole']],
    [{ proceeding: 'criminal', criminalRole: 'suspect-or-defendant' }, ['circumstances']],
    [{ proceeding: 'civil' }, ['circumstances']],
    [{ proceeding: 'civil', circumstances: [] }, ['matter']],
    [{ proceeding: 'civil', circumstances: [], matter: 'support-payments' }, ['household', 'commitment']],
    [{ proceeding: 'civil', circumstances: [], matter: 'support-payments', commitment: false }, ['household']],
    [{ proceeding: 'civil', circumstances: [], matter: 'support-payments', household: { size: 0, monthlyIncome: 100 } }, ['household', 'commitment']],
    [{ proceeding: 'civil', circumstances: [], matter: 'support-payments', household: { size: 2, monthlyIncome: -1 } }, ['household', 'commitment']],
  ] as [Partial<EligibilityInput>, string[]][])('%j needs %j', (input, missing) => {
    const result = check(input);
    expect(result).toMatchObject({ outcome: 'needs-more-information', meansTest: 'unknown', missing, decisionTime: null, documents: [] });
    expect(result.reasons.at(-1)?.code).toBe('information-needed');
  });

  it('does not cover a region outside Jining, and says so', () => {
    const result = evaluateEligibility(JINING, { region: '310101', proceeding: 'civil' });
    expect(result).toMatchObject({ outcome: 'needs-more-information', missing: ['region'], reasons: [{ code: 'region-not-covered' }] });
  });

  it('applies the parent city\'s rules and hardship standard in a functional zone without a statistical code', () => {
    const input = { proceeding: 'civil', matter: 'support-payments', circumstances: [], household: POOR } satisfies Partial<EligibilityInput>;
    const inZone = evaluateEligibility(JINING, { ...input, region: '370800-taibaihu' });
    expect(inZone).toMatchObject({ outcome: 'eligible', meansTest: 'passed' });
    expect(inZone.reasons).toEqual(evaluateEligibility(JINING, { ...input, region: '370800' }).reasons);
  });

  it('ignores circumstance codes it does not know rather than guessing what they mean', () => {
    const result = check({ proceeding: 'civil', circumstances: ['very-poor'], matter: 'support-payments' });
    expect(result.missing).toEqual(['household', 'commitment']);
  });

  it('fails loudly when a covered region has no hardship standard (a broken ruleset, not a resident’s answer)', () => {
    const broken: LegalAidRuleset = { ...JINING, economicHardship: [] };
    expect(() => evaluateEligibility(broken, { region: REGION, proceeding: 'civil', circumstances: [], matter: 'support-payments', household: POOR }))
      .toThrow(/no economic-hardship standard/);
  });
});

describe('what every answer carries', () => {
  const samples: Partial<EligibilityInput>[] = [
    { proceeding: 'criminal', criminalRole: 'suspect-or-defendant', circumstances: ['minor'] },
    { proceeding: 'civil', circumstances: ['acting-bravely'] },
    { proceeding: 'civil', circumstances: [], matter: 'personal-injury', household: POOR },
    { proceeding: 'civil', circumstances: [], matter: 'personal-injury', commitment: true },
    { proceeding: 'civil', circumstances: [], matter: 'personal-injury', household: COMFORTABLE },
    { proceeding: 'civil' },
  ];

  it.each(samples)('%j cites a law and article on every reason, in both languages, with the ruleset version', (input) => {
    const result = check(input);
    expect(result.ruleset).toEqual({ id: 'jining-legal-aid', version: JINING.version, effectiveFrom: '2022-01-01' });
    expect(result.reasons.length).toBeGreaterThan(0);
    for (const reason of result.reasons) {
      expect(reason.basis.law).toMatch(/^[a-z0-9-]+$/);
      expect(reason.basis.article).not.toBe('');
      expect(reason.text['zh-CN']).not.toBe('');
      expect(reason.text.en).not.toBe('');
    }
  });

  it('tells an eligible applicant about the decision time (Art 43 prevailing over Shandong’s 5 working days), urgent aid, objection and notary fee waivers', () => {
    const result = check({ proceeding: 'civil', circumstances: [], matter: 'personal-injury', household: POOR });
    expect(result.decisionTime).toMatchObject({ days: 7, unit: 'days', basis: { law: 'legal-aid-law-2021', article: '43' } });
    expect(result.decisionTime?.text.en).toMatch(/5 working days.*national Law prevails/);
    expect(result.nextSteps.map((s) => `${s.code}:${s.basis?.article}`)).toEqual(['apply:43', 'urgent-aid:44', 'objection:49', 'notary-fee-waiver:53.2']);
  });
});
