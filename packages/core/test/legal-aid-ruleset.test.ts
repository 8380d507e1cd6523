import { describe, expect, it } from 'vitest';
import {
  checkAgainstSchema, findRuleset, JINING_LEGAL_AID_RULESET as JINING, LAWS, LEGAL_AID_RULESET_SCHEMA, LEGAL_AID_RULESETS, validateRuleset,
} from '@plskit/core';

// Broken rulesets are untyped JSON on purpose.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;

/** A deep copy to break on purpose. */
const copy = (): Json => JSON.parse(JSON.stringify(JINING));

describe('the default Jining ruleset', () => {
  it('validates against its own schema, also after a JSON round trip (as the API serves it)', () => {
    expect(validateRuleset(JINING)).toEqual({ valid: true, ruleset: JINING });
    expect(validateRuleset(copy()).valid).toBe(true);
  });

  it('has every Art 31 matter, every issue circumstance and every criminal role', () => {
    expect(JINING.matters.map((m) => `${m.code}:${m.basis.article}`)).toEqual([
      'state-compensation:31(1)', 'social-insurance-or-assistance:31(2)', 'pension-or-survivor-benefit:31(3)', 'support-payments:31(4)',
      'labour-relationship:31(5)', 'wages:31(5)', 'civil-capacity:31(6)',
      'work-injury:31(7)', 'traffic-accident:31(7)', 'food-or-drug-safety-accident:31(7)', 'medical-accident:31(7)',
      'environmental-damage:31(8)', 'other:8',
    ]);
    // the whole items a client of 2026.2.0 may still answer, each made of matters of its own article
    for (const broader of JINING.broaderMatters ?? []) {
      for (const part of broader.parts) expect(JINING.matters.find((m) => m.code === part)?.basis.article, part).toBe(broader.basis.article);
    }
    expect(JINING.broaderMatters?.map((m) => m.code)).toEqual(['labour-relationship-or-wages', 'personal-injury']);
    expect(JINING.circumstances).toHaveLength(14);
    expect(JINING.formsOfAid.map((f) => f.basis.article)).toEqual(['22(1)', '22(2)', '22(3)', '22(4)', '22(5)', '22(6)', '22(7)']);
    expect(JINING.criminalRoles.map((r) => r.role)).toEqual(['suspect-or-defendant', 'victim', 'private-prosecutor', 'civil-claimant']);
  });

  it('cites only laws it knows, and flags the Shandong regulation as unverified', () => {
    const laws = JSON.stringify(JINING).match(/"law":"[^"]+"/g) ?? [];
    for (const law of new Set(laws)) expect(Object.keys(LAWS)).toContain(law.slice(7, -1));
    expect(LAWS['shandong-legal-aid-regulation-2015'].unverified).toBe(true);
  });

  it('cites what an application brings to the regulation that lists it, not to Art 40 (applying for another) or Shandong Art 14 (the receipt)', () => {
    const { documents } = JINING.procedure;
    expect(documents.identity.basis).toMatchObject({ law: 'legal-aid-regulation-2003', article: '17(1)' });
    expect(documents['case-documents'].basis).toMatchObject({ law: 'legal-aid-regulation-2003', article: '17(3)' });
    expect(LAWS['legal-aid-regulation-2003'].note?.en).toMatch(/the Law prevails/);
    expect(JINING.procedure.steps['sign-commitment'].basis?.article).toBe('41');
    expect(JINING.procedure.steps['false-statement-penalty']?.basis?.article).toBe('64');
    expect(JINING.procedure.steps['duty-lawyer'].basis?.article).toBe('14');
    expect(JINING.procedure.steps['duty-lawyer-help']?.basis?.article).toBe('30');
  });

  it('says when it was last read against its sources', () => {
    expect(JINING.reviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(JINING.reviewed! >= JINING.effectiveFrom).toBe(true);
    expect(JINING.sources.map((s) => s.title).join(' ')).toMatch(/Legal Aid Regulation \(State Council, 2003\)/);
  });

  it('words every question and every proceeding and matter answer in both locales (interview)', () => {
    expect(Object.keys(JINING.interview.questions)).toEqual(['proceeding', 'criminalRole', 'circumstances', 'matter', 'household', 'commitment']);
    for (const code of [...JINING.proceedings.map((p) => p.code), ...JINING.matters.map((m) => m.code), 'none', 'yes', 'no']) {
      expect(JINING.interview.answers[code]?.['zh-CN']).toMatch(/\S/);
      expect(JINING.interview.answers[code]?.en).toMatch(/\S/);
    }
  });

  it('covers every Jining county-level division and the historical Yanzhou code', () => {
    for (const code of ['370811', '370812', '370826', '370827', '370828', '370829', '370830', '370831', '370832', '370881', '370883', '370882']) {
      expect(JINING.regions).toContain(code);
    }
  });
});

describe('validateRuleset rejects a broken ruleset and says where', () => {
  it.each([
    ['a reason without its basis', (r: Json) => { delete r.matters[0].basis; }, '/matters/0', 'must have basis'],
    ['a malformed region code', (r: Json) => { r.regions.push('Jining'); }, `/regions/${JINING.regions.length}`, 'must match'],
    ['a text in one language only', (r: Json) => { delete r.title.en; }, '/title', 'must have en'],
    ['an unknown effect', (r: Json) => { r.circumstances[0].effect = 'maybe'; }, '/circumstances/0/effect', 'must be one of'],
    ['an unknown field', (r: Json) => { r.surprise = true; }, '/surprise', 'is not allowed'],
    ['a zero threshold', (r: Json) => { r.economicHardship[0].minimumLivingStandard = 0; }, '/economicHardship/0/minimumLivingStandard', 'must be more than 0'],
    ['figures not marked configurable', (r: Json) => { r.economicHardship[0].configurable = false; }, '/economicHardship/0/configurable', 'must be true'],
    ['a fractional deadline', (r: Json) => { r.procedure.decisionTime.days = 6.5; }, '/procedure/decisionTime/days', 'must be integer'],
    ['a missing next step', (r: Json) => { delete r.procedure.steps.objection; }, '/procedure/steps', 'must have objection'],
    ['a repeated region', (r: Json) => { r.regions.push('370811'); }, '/regions', 'must not repeat'],
    ['a region without a hardship standard', (r: Json) => { r.regions.push('370899'); }, '/economicHardship', 'no standard for region 370899'],
    ['a repeated circumstance', (r: Json) => { r.circumstances.push(r.circumstances[0]); }, '/circumstances', 'repeats minor'],
    ['an interview without a question', (r: Json) => { delete r.interview.questions.household; }, '/interview/questions', 'must have household'],
    ['an answer worded in one language', (r: Json) => { delete r.interview.answers.civil.en; }, '/interview/answers/civil', 'must have en'],
    ['a source over plain http', (r: Json) => { r.sources[0].url = 'http://example.org'; }, '/sources/0/url', 'must match'],
  ])('%s', (_name, breakIt, path, message) => {
    const ruleset = copy();
    breakIt(ruleset);
    const result = validateRuleset(ruleset);
    expect(result.valid).toBe(false);
    if (!result.valid) expect(result.errors).toContainEqual({ path, message: expect.stringContaining(message) });
  });

  it.each([null, 'ruleset', [], 42])('rejects %j as a whole', (json) => {
    expect(validateRuleset(json)).toMatchObject({ valid: false, errors: [{ path: '/' }] });
  });
});

describe('the schema checker', () => {
  it('refuses keywords it does not implement instead of passing them silently', () => {
    expect(() => checkAgainstSchema({ type: 'object', anyOf: [] }, {})).toThrow(/Unsupported schema keyword anyOf/);
    expect(() => checkAgainstSchema({ $ref: '#/$defs/nowhere' }, {})).toThrow(/Unresolvable/);
  });

  it('checks the contract keywords: one of several shapes, nullable types, upper bounds', () => {
    const firm = { $defs: { Firm: { type: 'object', required: ['id'] } }, oneOf: [{ $ref: '#/$defs/Firm' }, { type: 'null' }] };
    expect(checkAgainstSchema(firm, null)).toEqual([]);
    expect(checkAgainstSchema(firm, { id: 'lf-1' })).toEqual([]);
    expect(checkAgainstSchema(firm, {})).toEqual([{ path: '/', message: 'must match one of its alternatives' }]);
    expect(checkAgainstSchema({ type: ['string', 'null'] }, 3)).toEqual([{ path: '/', message: 'must be string or null, is integer' }]);
    expect(checkAgainstSchema({ type: 'string', maxLength: 2 }, '法律援')).toEqual([{ path: '/', message: 'must have at most 2 characters' }]);
    expect(checkAgainstSchema({ type: 'array', maxItems: 1 }, [1, 2])).toEqual([{ path: '/', message: 'must have at most 1 items' }]);
    expect(checkAgainstSchema({ type: 'integer', maximum: 365 }, 366)).toEqual([{ path: '/', message: 'must be at most 365' }]);
  });

  it('is a 2020-12 schema document that can be published as is', () => {
    expect(LEGAL_AID_RULESET_SCHEMA.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(JSON.parse(JSON.stringify(LEGAL_AID_RULESET_SCHEMA))).toEqual(LEGAL_AID_RULESET_SCHEMA);
  });
});

describe('findRuleset: the version in force for a region on a date', () => {
  const next = { ...JINING, version: '2027.1.0', effectiveFrom: '2027-03-01' };

  it('finds the shipped Jining ruleset for a Jining county and none for Shanghai', () => {
    expect(findRuleset(LEGAL_AID_RULESETS, '370883')).toBe(JINING);
    expect(findRuleset(LEGAL_AID_RULESETS, '310101')).toBeUndefined();
  });

  it('governs a functional zone without a statistical code by its parent city\'s ruleset', () => {
    expect(findRuleset(LEGAL_AID_RULESETS, '370800-taibaihu')).toBe(JINING);
    expect(findRuleset(LEGAL_AID_RULESETS, '310100-pudong')).toBeUndefined();
  });

  it('switches to a new version on its effective date and not before', () => {
    expect(findRuleset([JINING, next], '370811', '2027-02-28')).toBe(JINING);
    expect(findRuleset([next, JINING], '370811', '2027-03-01')).toBe(next);
    expect(findRuleset([next], '370811', '2021-12-31')).toBeUndefined();
  });
});
