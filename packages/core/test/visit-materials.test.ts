import { describe, expect, it } from 'vitest';
import { JINING_LEGAL_AID_RULESET, VISIT_MATERIALS } from '@plskit/core';

describe('what to bring to a booked visit', () => {
  it('asks for a legal-aid application exactly what the ruleset’s documents say, with their citations', () => {
    const documents = JINING_LEGAL_AID_RULESET.procedure.documents as Record<string, object>;
    for (const item of VISIT_MATERIALS['legal-aid-application']) {
      const { code, ...rest } = item;
      expect(rest, code).toEqual(documents[code]);
    }
  });

  it('has the ID card for every service, since identity is checked in person and not at booking', () => {
    for (const [service, items] of Object.entries(VISIT_MATERIALS)) expect(items[0]?.code, service).toBe('identity');
  });
});
