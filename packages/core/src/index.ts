// @plskit/core: the legal rules, catalogues and calendars as data, with their
// engines. Pure TypeScript: no DOM, no network, no Node-only imports.
export { DEFAULT_LOCALE, LOCALES, localized, matchLocale, type Locale, type LocalizedText } from './locale/locale.js';
export type { LawCode, LegalBasis, Source } from './legal-basis/legal-basis.js';
export { LAWS, cite, type LawReference } from './legal-basis/laws.data.js';

export type {
  Circumstance, CriminalRole, DecisionTime, EligibilityInput, EligibilityOutcome, EligibilityReason, EligibilityResult,
  Household, LegalAidMatter, MeansTest, NextStep, Proceeding, QuestionId, RequiredDocument,
} from './legal-aid/eligibility.js';
export type {
  BroaderMatterRule, CircumstanceEffect, CircumstanceRule, CriminalRoleRule, EconomicHardshipStandard, LegalAidDocument, LegalAidProcedure,
  LegalAidRuleset, LegalAidStep, MatterRule,
} from './legal-aid/legal-aid-ruleset.js';

export type {
  ChecklistAnswers, ChecklistCondition, Citation, ConditionalMaterials, HomeVisit, InPersonRule, Legalisation, MaterialForm,
  MaterialListBasis, MaterialRequirement, NotaryCatalogue, NotaryChecklist, NotaryChecklistItem, NotaryFee, NotaryFeeCategory,
  NotaryMaterial, NotaryMatter, NotaryMatterCode, NotaryMatterGroup, NotaryRefusal, SourceCitation,
} from './notary/notary-matter.js';
export { NOTARY_MATTER_CODES } from './notary/notary-matter.js';

export type { OpeningHours, OpeningSeason, OpeningSession, Weekday } from './calendar/opening-hours.js';
export type { CalendarDay, CalendarDayStatus, DayKind, DayStatus, Slot } from './calendar/calendar-day.js';
export { isServiceCode, SERVICE_CODES, type ServiceCode } from './appointments/service-code.js';

export { checkResidentId, isValidResidentId, residentIdCheckCharacter, type ResidentIdCheck, type ResidentIdProblem } from './identity/resident-id.js';
export { isMainlandMobile, normalizeMobile } from './identity/mobile-phone.js';
export { maskName, maskPhone, maskResidentId } from './identity/masking.js';
export { normalizePhoneCode, PHONE_CODE_DIGITS } from './identity/phone-code.js';

export { CHINA_HOLIDAYS, type HolidayPeriod, type HolidayYear } from './calendar/china-holidays.data.js';
export { dayStatus, DEFAULT_HOLIDAY_CALENDAR, holidayCalendar, PUBLISHED_HOLIDAY_YEARS, type HolidayCalendar } from './calendar/day-status.js';
export { STATUTORY_HOLIDAY_YEARS, STATUTORY_HOLIDAYS_BASIS, statutoryHolidayYear, SUBSTITUTE_DAYS_BASIS } from './calendar/statutory-holidays.js';
export { LUNAR_FESTIVAL_DATES, LUNAR_FESTIVAL_SOURCES, type LunarFestivalDates } from './calendar/lunar-festival-dates.data.js';
export { validateHolidayYear, type HolidayYearValidation } from './calendar/validate-holiday-year.js';
export { addDays, isCalendarDate, isoWeekday } from './calendar/calendar-date.js';
export { shanghaiDate, shanghaiDateTime, shanghaiInstant, shanghaiYear } from './calendar/shanghai-time.js';
export { JINING_OPENING_HOURS } from './calendar/jining-opening-hours.data.js';
export { generateCalendar, generateSlots, seasonOn, sessionsOn, type SlotOptions } from './calendar/generate-slots.js';

export { evaluateEligibility, hardshipStandardFor, hardshipThreshold, isHousehold } from './legal-aid/evaluate-eligibility.js';
export { applicableCircumstances, pendingQuestions, QUESTION_ORDER } from './legal-aid/pending-questions.js';
export { JINING_LEGAL_AID_RULESET } from './legal-aid/jining-ruleset.data.js';
export { findRuleset, LEGAL_AID_RULESETS } from './legal-aid/find-ruleset.js';
export { governingRegion } from './legal-aid/governing-region.js';
export { LEGAL_AID_RULESET_SCHEMA } from './legal-aid/legal-aid-ruleset.schema.js';
export { validateRuleset, type RulesetValidation } from './legal-aid/validate-ruleset.js';
export { checkAgainstSchema, type SchemaViolation } from './legal-aid/json-schema-check.js';

export { NOTARY_CATALOGUE } from './notary/notary-catalogue.data.js';
export { NOTARY_MATERIALS } from './notary/notary-materials.data.js';
export { APOSTILLE_PARTIES, type ApostilleParties } from './notary/apostille-parties.data.js';
export {
  notaryMatterDetail, notaryMatterList, notaryMatterSummaries, type NotaryMatterDetail, type NotaryMatterList, type NotaryMatterSummary,
} from './notary/notary-matter-view.js';
export {
  ChecklistAnswerError, checklistQuestions, findNotaryMatter, inPersonRule, legalisationFor, resolveChecklist,
} from './notary/resolve-checklist.js';
export { matchNotaryMatters } from './notary/match-notary-matters.js';

export type { CitedText, PersonalDataCategory, PrivacyNotice } from './privacy/privacy-notice.js';
export {
  allowsSmsNotifications, APPOINTMENT_PRIVACY_NOTICE, APPOINTMENT_PRIVACY_NOTICE_VERSION, appointmentPrivacyNotice, DEFAULT_CONTACT_RETENTION_DAYS,
  type AppointmentNoticeSettings,
} from './privacy/appointment-privacy-notice.data.js';
export { VISIT_MATERIALS, type VisitMaterial } from './appointments/visit-materials.data.js';

export type { DataReview } from './review/data-review.js';
export { DATA_REVIEWS, type TableReview } from './review/data-reviews.js';

export { addWorkingDays, isWorkingDay, workingDaysAfter } from './calendar/working-days.js';
export {
  CALLBACK_PARTS, isOverdue, QUESTION_TEXT_MAX, questionLength, questionTextProblem, WORK_ORDER_KINDS, WORK_ORDER_STATUSES,
  type CallbackPart, type CallbackWindow, type QuestionTextProblem, type WorkOrderKind, type WorkOrderStatus,
} from './work-orders/work-order.js';
export {
  DEFAULT_WORK_ORDER_DUE_DAYS, WORK_ORDER_DUE_DAYS_UNVERIFIED, WORK_ORDER_TIME_LIMIT_SOURCES, type WorkOrderDueDays,
} from './work-orders/work-order-time-limits.data.js';
export { callbackDays, workOrderDueBy } from './work-orders/work-order-due.js';
export {
  WORK_ORDER_PRIVACY_NOTICE, WORK_ORDER_PRIVACY_NOTICE_VERSION, workOrderPrivacyNotice, type WorkOrderNoticeSettings,
} from './privacy/work-order-privacy-notice.data.js';
export { nearestFirst, straightLineMetres, type Distanced, type GeoPosition } from './service-network/straight-line.js';
export { reachVerdict, travelEstimate, type ReachVerdict, type TravelEstimate } from './service-network/travel-estimate.js';
export { NETWORK_REACH_TARGETS, TRAVEL_ASSUMPTIONS } from './service-network/network-reach.data.js';
export { DEFAULT_HOTLINE, isHotlineNumber } from './service-network/hotline.js';
