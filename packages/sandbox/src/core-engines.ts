// The legal engines and data of @plskit/core, adapted to the operations' ports.
// Nothing legal is decided here: calendars, slots, validation, masking,
// eligibility and checklists are core's, the same code the browser runs.
import {
  generateSlots, isMainlandMobile, isValidResidentId, JINING_LEGAL_AID_RULESET, JINING_OPENING_HOURS,
  maskName, maskPhone, NOTARY_CATALOGUE, shanghaiDate, type LegalAidRuleset,
} from '@plskit/core';
import type { Clock } from './clock.js';
import type { DomainEngines } from './operations/operations.js';
import { PLACES_PER_SLOT, SLOT_MINUTES } from './slot-policy.js';

/** The rulesets this sandbox serves; a county adds its own here. */
const LEGAL_AID_RULESETS: readonly LegalAidRuleset[] = [JINING_LEGAL_AID_RULESET];

export function coreEngines(clock: Clock): DomainEngines {
  return {
    notary: NOTARY_CATALOGUE,
    legalAidRulesets: LEGAL_AID_RULESETS,
    // a center keeps the Jining window hours (summer/winter afternoons) unless its imported roster gave its own
    openingHours: (center) => center.hours ?? JINING_OPENING_HOURS,
    calendar: {
      day: (center, _service, date) => generateSlots(date, {
        hours: center.hours ?? JINING_OPENING_HOURS, slotMinutes: SLOT_MINUTES, capacity: PLACES_PER_SLOT[center.level], now: clock(),
      }),
    },
    contactRules: {
      isValidPhone: isMainlandMobile,
      // an ID number must be a valid one for a person already born, on the sandbox's clock
      isValidIdNumber: (idNumber) => isValidResidentId(idNumber, shanghaiDate(clock())),
      maskName,
      maskPhone,
    },
  };
}
