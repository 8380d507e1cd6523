// Checks a ruleset document against its schema, then the rules a schema cannot
// state: every covered region has an economic-hardship standard, codes are unique.
import type { LegalAidRuleset } from './legal-aid-ruleset.js';
import { LEGAL_AID_RULESET_SCHEMA } from './legal-aid-ruleset.schema.js';
import { checkAgainstSchema, type SchemaViolation } from './json-schema-check.js';

export type RulesetValidation = { valid: true; ruleset: LegalAidRuleset } | { valid: false; errors: SchemaViolation[] };

function duplicates(codes: string[]): string[] {
  return codes.filter((code, index) => codes.indexOf(code) !== index);
}

export function validateRuleset(json: unknown): RulesetValidation {
  const errors = checkAgainstSchema(LEGAL_AID_RULESET_SCHEMA, json);
  if (errors.length > 0) return { valid: false, errors };
  const ruleset = json as LegalAidRuleset;
  const covered = new Set(ruleset.economicHardship.flatMap((standard) => standard.regions));
  for (const region of ruleset.regions) {
    if (!covered.has(region)) errors.push({ path: '/economicHardship', message: `has no standard for region ${region}` });
  }
  const lists = { circumstances: ruleset.circumstances.map((c) => c.code), matters: ruleset.matters.map((m) => m.code),
    criminalRoles: ruleset.criminalRoles.map((r) => r.role), proceedings: ruleset.proceedings.map((p) => p.code) };
  for (const [list, codes] of Object.entries(lists)) {
    for (const code of duplicates(codes)) errors.push({ path: `/${list}`, message: `repeats ${code}` });
  }
  return errors.length > 0 ? { valid: false, errors } : { valid: true, ruleset };
}
