// Cache-Control by the kind of data an operation serves.
//   reference data (regions, practice areas, the notary catalogue, the legal-aid
//     ruleset, the privacy notice): versioned and slow to change, so caches may
//     keep it for minutes and then revalidate (304 when the ETag still matches);
//   the directory and availability: fresh on every use, revalidated by ETag;
//   personal data (an appointment, a work order) and health: never stored.
const REFERENCE = new Set([
  'listRegions', 'listPracticeAreas', 'listNotaryMatters', 'getNotaryMatter', 'getLegalAidRules', 'getAppointmentPrivacyNotice',
  'getWorkOrderPrivacyNotice',
]);
const NEVER_STORED = new Set([
  'getAppointment', 'bookAppointment', 'cancelAppointment', 'rescheduleAppointment', 'getHealth',
  'createWorkOrder', 'getWorkOrder',
]);

export const REFERENCE_CACHE = 'public, max-age=300, must-revalidate';
export const REVALIDATE = 'no-cache';
export const NO_STORE = 'no-store';
/** A file whose name carries its content's hash never changes under that name. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

export function cachePolicy(operationId: string, method: string): string {
  if ((method !== 'GET' && method !== 'HEAD') || NEVER_STORED.has(operationId)) return NO_STORE;
  return REFERENCE.has(operationId) ? REFERENCE_CACHE : REVALIDATE;
}
