// The legal engines and data of @plskit/core, adapted to the operations' ports.
// Nothing legal is decided here: calendars, slots, validation, masking,
// eligibility, checklists and the privacy notice are core's, the same code the browser runs.
import {
  appointmentPrivacyNotice, CHINA_HOLIDAYS, DEFAULT_WORK_ORDER_DUE_DAYS, generateSlots, holidayCalendar, isMainlandMobile,
  JINING_LEGAL_AID_RULESET, maskName, maskPhone, NOTARY_CATALOGUE, workOrderPrivacyNotice, type HolidayYear, type LegalAidRuleset,
  type WorkOrderDueDays,
} from '@plskit/core';
import type { Clock } from './clock.js';
import { CENTER_HOURS } from './dataset/center-hours.js';
import type { DomainEngines } from './operations/operations.js';
import { PLACES_PER_SLOT, SLOT_MINUTES } from './slot-policy.js';

/** The rulesets this sandbox serves; a county adds its own here. */
const LEGAL_AID_RULESETS: readonly LegalAidRuleset[] = [JINING_LEGAL_AID_RULESET];

export interface EngineSettings {
  /** Holiday schedules an operator added (a year here replaces core's year of the same number). */
  holidayYears?: readonly HolidayYear[];
  /** Days after the visit or cancellation (a work order's closing) until personal data is erased; stated in the privacy notices. */
  retainContactDays?: number;
  /** Numbers are confirmed by a text-message code before booking or asking; stated in the privacy notices. */
  phoneVerification?: boolean;
  /** Working days a work order has, per kind (default core's, shown as unverified). */
  workOrderDueDays?: WorkOrderDueDays;
}

export function coreEngines(clock: Clock, settings: EngineSettings = {}): DomainEngines {
  const operatorYears = new Set(settings.holidayYears?.map((year) => year.year));
  const calendar = holidayCalendar([...CHINA_HOLIDAYS.filter((year) => !operatorYears.has(year.year)), ...settings.holidayYears ?? []]);
  return {
    notary: NOTARY_CATALOGUE,
    legalAidRulesets: LEGAL_AID_RULESETS,
    // a center keeps its level's hours (packages/sandbox/src/dataset/center-hours.ts) unless its imported roster gave its own
    openingHours: (center) => center.hours ?? CENTER_HOURS[center.level],
    calendar: {
      day: (center, _service, date) => generateSlots(date, {
        hours: center.hours ?? CENTER_HOURS[center.level], slotMinutes: SLOT_MINUTES, capacity: PLACES_PER_SLOT[center.level],
        now: clock(), calendar,
      }),
    },
    contactRules: { isValidPhone: isMainlandMobile, maskName, maskPhone },
    privacyNotice: appointmentPrivacyNotice({
      ...(settings.retainContactDays === undefined ? {} : { retainContactDays: settings.retainContactDays }),
      phoneVerification: settings.phoneVerification ?? false,
    }),
    holidays: calendar,
    workOrderTerms: { dueDays: settings.workOrderDueDays ?? DEFAULT_WORK_ORDER_DUE_DAYS, unverified: settings.workOrderDueDays === undefined },
    workOrderPrivacyNotice: workOrderPrivacyNotice(settings.retainContactDays, { phoneVerification: settings.phoneVerification ?? false }),
  };
}
