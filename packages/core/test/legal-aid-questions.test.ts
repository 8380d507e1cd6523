import { describe, expect, it } from 'vitest';
import { applicableCircumstances, evaluateEligibility, JINING_LEGAL_AID_RULESET as JINING, pendingQuestions, type EligibilityInput } from '@plskit/core';

const REGION = '370811';
const pending = (input: Partial<EligibilityInput>) => pendingQuestions(JINING, { region: REGION, ...input });

describe('pendingQuestions: only what can still change the outcome, in asking order', () => {
  it.each([
    [{ region: '' }, ['region', 'proceeding', 'criminalRole', 'circumstances', 'matter', 'household', 'commitment']],
    [{}, ['proceeding', 'criminalRole', 'circumstances', 'matter', 'household', 'commitment']],
    [{ proceeding: 'civil' }, ['circumstances', 'matter', 'household', 'commitment']],
    [{ proceeding: 'criminal' }, ['criminalRole', 'circumstances', 'household', 'commitment']],
    [{ proceeding: 'criminal', criminalRole: 'suspect-or-defendant' }, ['circumstances', 'household', 'commitment']],
    [{ proceeding: 'criminal', criminalRole: 'suspect-or-defendant', circumstances: ['minor'] }, []],
    [{ proceeding: 'civil', circumstances: ['acting-bravely'] }, []],
    [{ proceeding: 'civil', circumstances: ['social-assistance-recipient'] }, ['matter']],
    [{ proceeding: 'civil', circumstances: [], matter: 'support-payments' }, ['household', 'commitment']],
    [{ proceeding: 'civil', circumstances: [], matter: 'support-payments', commitment: false }, ['household']],
    [{ proceeding: 'civil', circumstances: [], matter: 'support-payments', household: { size: 2, monthlyIncome: 100 } }, []],
  ] as [Partial<EligibilityInput>, string[]][])('after %j asks %j', (input, questions) => {
    expect(pending(input)).toEqual(questions);
  });

  it('is empty exactly when the evaluator has an answer', () => {
    const inputs: Partial<EligibilityInput>[] = [
      { proceeding: 'civil', circumstances: [], matter: 'support-payments', commitment: true },
      { proceeding: 'non-litigation', circumstances: [] },
      { proceeding: 'criminal', criminalRole: 'victim', circumstances: [] },
    ];
    for (const input of inputs) {
      const result = evaluateEligibility(JINING, { region: REGION, ...input });
      expect(pending(input).length === 0).toBe(result.outcome !== 'needs-more-information');
    }
  });

  it('answers fast enough to run on every answer in the browser', () => {
    const started = performance.now();
    pending({});
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('applicableCircumstances: what the circumstances question offers', () => {
  const offered = (input: Partial<EligibilityInput>) => applicableCircumstances(JINING, { region: REGION, ...input }).map((c) => c.code);

  it('offers the accused the notification and Art 42 circumstances, not Art 32', () => {
    const codes = offered({ proceeding: 'criminal', criminalRole: 'suspect-or-defendant' });
    expect(codes).toContain('minor');
    expect(codes).toContain('compulsory-medical-treatment');
    expect(codes).toContain('social-assistance-recipient');
    expect(codes).not.toContain('acting-bravely');
    expect(codes).not.toContain('migrant-worker-wages-or-injury');
  });

  it('offers a victim Art 32 and Art 42 circumstances, not the notification ones', () => {
    const codes = offered({ proceeding: 'criminal', criminalRole: 'victim' });
    expect(codes).toContain('abuse-abandonment-domestic-violence');
    expect(codes).not.toContain('minor');
  });

  it('offers the migrant-worker waiver in civil cases unless the matter rules it out', () => {
    expect(offered({ proceeding: 'civil' })).toContain('migrant-worker-wages-or-injury');
    expect(offered({ proceeding: 'civil', matter: 'wages' })).toContain('migrant-worker-wages-or-injury');
    expect(offered({ proceeding: 'civil', matter: 'work-injury' })).toContain('migrant-worker-wages-or-injury');
    for (const matter of ['support-payments', 'labour-relationship', 'traffic-accident', 'medical-accident']) {
      expect(offered({ proceeding: 'civil', matter }), matter).not.toContain('migrant-worker-wages-or-injury');
    }
    expect(offered({ proceeding: 'civil' })).not.toContain('trial-in-absentia');
  });
});

describe('pendingQuestions is memoized per ruleset, never across rulesets', () => {
  it('answers the same whichever order the answers are given or asked in', () => {
    const civil = { region: REGION, proceeding: 'civil', circumstances: [], matter: 'support-payments' } as EligibilityInput;
    const reordered = { matter: 'support-payments', circumstances: [], proceeding: 'civil', region: REGION } as EligibilityInput;
    const warmFirst = [pendingQuestions(JINING, civil), pendingQuestions(JINING, reordered)];
    const fresh = pendingQuestions({ ...JINING }, civil);
    expect(warmFirst).toEqual([fresh, fresh]);
  });

  it('does not serve one ruleset\'s walk for another ruleset', () => {
    const input: EligibilityInput = { region: REGION, proceeding: 'civil', circumstances: [] };
    expect(pendingQuestions(JINING, input)).toContain('matter');
    // another ruleset walks its own graph, even after this one's walk is memoized
    const everyMatter = { ...JINING, matters: JINING.matters.filter((m) => m.code === 'other') };
    expect(pendingQuestions(everyMatter, input)).toEqual(pendingQuestions({ ...everyMatter }, input));
    expect(pendingQuestions(JINING, input)).toContain('matter');
  });

  it('hands each caller its own array', () => {
    const first = pendingQuestions(JINING, { region: REGION });
    first.length = 0;
    expect(pendingQuestions(JINING, { region: REGION })).not.toHaveLength(0);
  });
});
