// The one list of the tags this package defines. Each lives in its own folder,
// src/<tag without "pls-">/, whose define.ts registers it. From this list come
// the CDN loader's tags and chunks (rollup.config.mjs) and the size budgets
// (.size-limit.json, written by the build); the package's exports map
// "./<folder>.js" to the folder's define.ts by pattern.

export const WIDGET_TAGS = ['pls-provider', 'pls-lawyer-finder', 'pls-aid-eligibility', 'pls-notary-checklist', 'pls-appointment-booker', 'pls-legal-question',
  'pls-staff-desk', 'pls-service-finder', 'pls-dialog'] as const;

export type WidgetTag = (typeof WIDGET_TAGS)[number];

/**
 * Tags that configure or hold widgets rather than being one: the CDN build
 * makes its shared chunk of what every other tag loads.
 */
export const CONTAINER_TAGS: readonly WidgetTag[] = ['pls-provider', 'pls-dialog'];

/**
 * The tags for a city's staff (the intranet), never on a resident's page: the
 * CDN's shared chunk is made of what resident widgets load, and the page with
 * every widget counts residents' widgets only.
 */
export const STAFF_TAGS: readonly WidgetTag[] = ['pls-staff-desk'];

/**
 * Size budgets, gzip, lit included. `chunk`: the tag's own chunk with one
 * locale's strings; `page`: everything a page with only this widget loads
 * through the CDN loader before the resident does anything (a later screen's
 * code, words and look come when it is needed, and are not counted). Each
 * budget sits about 7–12% over what it weighs, so growth is a decision: of a
 * finder-only page's ~22.6 KB (the wording registry's ~1 KB included), lit is
 * ~5.5, in the shared chunk plskit-base.js that every widget on the page loads
 * once. The widgets' transport leaves ky out.
 */
export const WIDGET_BUDGETS: Record<WidgetTag, { chunk: string; page?: string }> = {
  'pls-provider': { chunk: '1.5 KB' },
  'pls-lawyer-finder': { chunk: '7.5 KB', page: '24.5 KB' },
  'pls-aid-eligibility': { chunk: '9 KB', page: '27 KB' },
  'pls-notary-checklist': { chunk: '5.5 KB', page: '23.5 KB' },
  'pls-appointment-booker': { chunk: '10.5 KB', page: '30.5 KB' },
  'pls-legal-question': { chunk: '8.5 KB', page: '27.5 KB' },
  // the centers' intranet widget: never on a resident's page (own chunk, the SDK's staff entry inside it)
  'pls-staff-desk': { chunk: '9.5 KB', page: '28 KB' },
  'pls-service-finder': { chunk: '7.5 KB', page: '25.5 KB' },
  'pls-dialog': { chunk: '2.5 KB' },
};

/**
 * A page with every widget and the provider (as the demo page has): everything
 * it loads before the resident does anything, gzip file by file. It weighs
 * about 66.6 KB with the legal question, the service finder, the dialog and the
 * wording registry; the budget leaves ~5%.
 */
export const ALL_WIDGETS_PAGE_BUDGET = '70 KB';

/**
 * A later screen (a step's view, loaded when it is shown or while the step
 * before it is): its chunk and every file the chunk needs beyond its page's
 * first load, gzip, by the chunk's name. The staff desk's work orders and its
 * booking for a caller reuse the question form's and the booker's steps, so
 * they bring those widgets' chunks too. Each budget sits 7–10% over what the
 * screen weighs; the code step's counts the masking and directive helpers it
 * brings (its chunk alone is ~3.7 KB).
 */
export const LATER_SCREEN_BUDGETS: Record<string, string> = {
  'phone-code-view': '4.7 KB',
  // the staff desk: ~23.7 KB (the question form's chunk ~7.9 included), ~21.2 KB (the booker's ~9.9), ~2.4 KB
  'work-orders-area': '25.5 KB',
  'caller-booking': '22.7 KB',
  'closure-view': '2.6 KB',
  // the booker
  'when-view': '3.1 KB',
  'who-view': '5.1 KB',
  'check-view': '0.81 KB',
  'booking-done-view': '6.6 KB',
  'manage-view': '0.97 KB',
  // the question form
  'question-view': '2.2 KB',
  'contact-view': '4.7 KB',
  'legal-question-check-view': '0.9 KB',
  'done-view': '1.45 KB',
  'follow-view': '1.7 KB',
  'answer-view': '2.35 KB',
  // the checker (the result counts the questions' chunk it reads the evaluator from)
  'eligibility-questions': '5.4 KB',
  'eligibility-result': '14.2 KB',
  // the checklist
  'checklist-questions-view': '2.65 KB',
  'checklist-view': '4.1 KB',
};
