// Picks the ruleset that governs a region on a date: a new version takes over
// from its effective date, so an old decision can be replayed on its own rules.
import { governingRegion } from './governing-region.js';
import type { LegalAidRuleset } from './legal-aid-ruleset.js';
import { JINING_LEGAL_AID_RULESET } from './jining-ruleset.data.js';

/** The rulesets plskit ships. */
export const LEGAL_AID_RULESETS: readonly LegalAidRuleset[] = [JINING_LEGAL_AID_RULESET];

/** The covering ruleset with the latest effectiveFrom on or before `date` (YYYY-MM-DD); today's if no date. */
export function findRuleset(rulesets: readonly LegalAidRuleset[], region: string, date = '9999-12-31'): LegalAidRuleset | undefined {
  const governing = governingRegion(region);
  return rulesets
    .filter((ruleset) => ruleset.regions.includes(governing) && ruleset.effectiveFrom <= date)
    .reduce<LegalAidRuleset | undefined>((latest, ruleset) => (!latest || ruleset.effectiveFrom > latest.effectiveFrom ? ruleset : latest), undefined);
}
