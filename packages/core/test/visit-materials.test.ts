import { describe, expect, it } from 'vitest';
import {
  evaluateEligibility, JINING_LEGAL_AID_RULESET as JINING, VISIT_MATERIALS, type EligibilityInput, type RequiredDocument,
} from '@plskit/core';

/** Every document some eligible outcome of the ruleset asks for, by code, in the ruleset's order. */
function documentsOfEligibleOutcomes(): string[] {
  const asked = new Set<string>();
  const circumstances = [[], ...JINING.circumstances.map((c) => [c.code])];
  const households = [undefined, { size: 1, monthlyIncome: 0 }];
  for (const proceeding of JINING.proceedings.map((p) => p.code)) {
    for (const criminalRole of proceeding === 'criminal' ? JINING.criminalRoles.map((r) => r.role) : [undefined]) {
      for (const matter of proceeding === 'criminal' ? [undefined] : JINING.matters.map((m) => m.code)) {
        for (const claimed of circumstances) {
          for (const household of households) {
            for (const commitment of [undefined, true]) {
              const input: EligibilityInput = { region: '370811', proceeding, criminalRole, matter, circumstances: claimed, household, commitment };
              const result = evaluateEligibility(JINING, input);
              if (result.outcome.startsWith('eligible')) result.documents.forEach((d: RequiredDocument) => asked.add(d.code));
            }
          }
        }
      }
    }
  }
  return Object.keys(JINING.procedure.documents).filter((code) => asked.has(code));
}

describe('what to bring to a booked visit', () => {
  it('asks for a legal-aid application every document an eligible outcome of the ruleset asks for, in the ruleset’s words and citations', () => {
    const visit = VISIT_MATERIALS['legal-aid-application'];
    expect(visit.map((item) => item.code)).toEqual(documentsOfEligibleOutcomes());
    expect(visit.map((item) => item.code)).toContain('household-register');
    const documents = JINING.procedure.documents as Record<string, object>;
    for (const { code, ...item } of visit) expect(item, code).toEqual(documents[code]);
  });

  it('says the statement of economic difficulty is not needed in Art 32 and Art 42 cases', () => {
    const statement = VISIT_MATERIALS['legal-aid-application'].find((item) => item.code === 'hardship-declaration');
    expect(statement?.note?.['zh-CN']).toMatch(/第32条.*第42条.*不需要/);
    expect(statement?.note?.en).toMatch(/not needed.*Art 32.*Art 42/);
    // and the checker agrees: neither kind of case is asked for it
    const free = evaluateEligibility(JINING, { region: '370811', proceeding: 'civil', circumstances: ['acting-bravely'] });
    const waived = evaluateEligibility(JINING, { region: '370811', proceeding: 'civil', circumstances: ['social-assistance-recipient'], matter: 'wages' });
    for (const result of [free, waived]) expect(result.documents.map((d) => d.code)).not.toContain('hardship-declaration');
  });

  it('has the ID card for every service, since identity is checked in person and not at booking', () => {
    for (const [service, items] of Object.entries(VISIT_MATERIALS)) expect(items[0]?.code, service).toBe('identity');
  });
});
