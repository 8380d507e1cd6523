// Classes, events and types, without defining any tag: import
// `@plskit/elements/lawyer-finder.js` (one per tag) to define them.
export { PlsProvider } from './provider/pls-provider.js';
export { PlsLawyerFinder } from './lawyer-finder/pls-lawyer-finder.js';
export { PlsAidEligibility } from './aid-eligibility/pls-aid-eligibility.js';
export { PlsNotaryChecklist } from './notary-checklist/pls-notary-checklist.js';
export { PlsAppointmentBooker } from './appointment-booker/pls-appointment-booker.js';
export { PlsDialog } from './dialog/pls-dialog.js';
export { PlsStaffDesk } from './staff-desk/pls-staff-desk.js';
export { PlsServiceFinder } from './service-finder/pls-service-finder.js';
export type { PositionSource } from './position/resident-position.js';
export { PlsElement } from './base/pls-element.js';
export { PlsStepsElement, type ElementWays, type LaterScreen, type LoadView } from './base/pls-steps-element.js';
export { PlsConfiguration } from './base/pls-configuration.js';
export { define } from './define.js';
export { WIDGET_TAGS, type WidgetTag } from './widgets.js';
export { PLSKIT_ELEMENTS_VERSION } from './version.js';
export { createConnection, type Connection, type ConnectionOptions, type CallOptions } from './api/connection.js';
export { ApiProblem } from './api/api-problem.js';
export type * from './api/directory-types.js';
export type * from './api/legal-aid-types.js';
export { connectionContext } from './context/connection-context.js';
export { settingsContext, type ProviderSettings } from './context/settings-context.js';
export { PlsEligibilityResultEvent, type PlsEligibilityResultDetail } from './aid-eligibility/pls-eligibility-result-event.js';
export { PlsBookRequestEvent, type PlsBookRequestDetail } from './notary-checklist/pls-book-request-event.js';
export { PlsChecklistReadyEvent, type PlsChecklistReadyDetail } from './notary-checklist/pls-checklist-ready-event.js';
export { PlsErrorEvent, type PlsErrorDetail } from './base/pls-error-event.js';
export type { PlsAppointmentDetail } from './appointment-booker/appointment-event-detail.js';
export { PlsAppointmentBookedEvent } from './appointment-booker/pls-appointment-booked-event.js';
export { PlsAppointmentRescheduledEvent } from './appointment-booker/pls-appointment-rescheduled-event.js';
export { PlsAppointmentCancelledEvent } from './appointment-booker/pls-appointment-cancelled-event.js';
export { PlsLawyerSelectEvent, type PlsLawyerSelectDetail } from './lawyer-finder/pls-lawyer-select-event.js';
export { PlsSearchChangeEvent, type PlsSearchChangeDetail } from './lawyer-finder/pls-search-change-event.js';
export {
  LOCALES, DEFAULT_LOCALE, type Locale, type LocalizedText, type DisplayLocale, type LocaleTag, type PlsLocalePacks, type PlsLocalePack,
} from './locale/locale.js';
export { registerLocalePack, registerStrings, type LocalePackSource } from './locale/register-wording.js';
export type { Wording, StringOverrides } from './locale/wording.js';
export type { LocaleStrings } from './locale/locale-strings.js';
export { PlsServicePointSelectEvent, type PlsServicePointSelectDetail } from './service-finder/pls-service-point-select-event.js';
export { TOKEN_DEFAULTS } from './theme/tokens.styles.js';
export { PlsDialogOpenEvent, type PlsDialogOpenDetail } from './dialog/pls-dialog-open-event.js';
export { PlsDialogCloseEvent, type PlsDialogCloseDetail } from './dialog/pls-dialog-close-event.js';
export { PlsLegalQuestion } from './legal-question/pls-legal-question.js';
export { PlsQuestionAskedEvent, type PlsQuestionAskedDetail } from './legal-question/pls-question-asked-event.js';
export { PlsQuestionRequestEvent, type PlsQuestionRequestDetail } from './links/pls-question-request-event.js';
