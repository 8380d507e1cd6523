// Classes, events and types, without defining any tag: import
// `@plskit/elements/lawyer-finder.js` (or `/all.js`) to define them.
export { PlsProvider } from './provider/pls-provider.js';
export { PlsLawyerFinder } from './lawyer-finder/pls-lawyer-finder.js';
export { PlsAidEligibility } from './aid-eligibility/pls-aid-eligibility.js';
export { PlsElement } from './base/pls-element.js';
export { define } from './define.js';
export { PLSKIT_ELEMENTS_VERSION } from './version.js';
export { createClient, type Client, type ClientOptions, type CallOptions } from './api/client.js';
export { ApiProblem } from './api/api-problem.js';
export type * from './api/directory-types.js';
export type * from './api/legal-aid-types.js';
export { clientContext } from './context/client-context.js';
export { settingsContext, type ProviderSettings } from './context/settings-context.js';
export { PlsEligibilityResultEvent, type PlsEligibilityResultDetail } from './events/pls-eligibility-result-event.js';
export { PlsErrorEvent, type PlsErrorDetail } from './events/pls-error-event.js';
export { PlsLawyerSelectEvent, type PlsLawyerSelectDetail } from './events/pls-lawyer-select-event.js';
export { PlsSearchChangeEvent, type PlsSearchChangeDetail } from './events/pls-search-change-event.js';
export type {} from './events/pls-event-map.js';
export { LOCALES, DEFAULT_LOCALE, type Locale, type LocalizedText } from './locale/locale.js';
export { TOKEN_DEFAULTS } from './theme/tokens.styles.js';
