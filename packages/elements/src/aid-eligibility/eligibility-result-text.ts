// The result as plain text for "copy as text": the same content as the screen
// (outcome, reasons with citations, steps, documents, where, when, ruleset).
// The resident copies their own result for their own use, so it keeps what the
// reasons state: the per-head income of the means test, and the circumstance or
// matter that decided. It does not list the answers (household size, income).
import type { EligibilityResult } from '@plskit/core';
import type { ServiceCenter } from '../api/legal-aid-types.js';
import { formatCalendarDate } from '../locale/intl-formats.js';
import { localized, type DisplayLocale } from '../locale/locale.js';
import { fill } from '../locale/string-table.js';
import { aidEligibilityText } from './aid-eligibility.strings.js';
import { eligibilityResultText } from './eligibility-result.strings.js';
import { centersWhereToApply, headline } from './eligibility-result-view.js';
import { citation, citesUnverifiedLaw } from '../citation/legal-citation.js';

export function resultAsText(result: EligibilityResult, centers: ServiceCenter[], locale: DisplayLocale): string {
  const s = eligibilityResultText.in(locale);
  const cite = (basis: Parameters<typeof citation>[0] | undefined) =>
    (basis ? ` (${citation(basis, locale)}${citesUnverifiedLaw(basis) ? ` ${s.unverifiedLaw}` : ''})` : '');
  const lines = [aidEligibilityText.in(locale).title, '', headline(result, locale)];
  if (result.outcome !== 'needs-more-information') lines.push(s.meansTestLines[result.meansTest]);
  lines.push('', s.whyTitle, ...result.reasons.map((reason) => `- ${localized(reason.text, locale)}${cite(reason.basis)}`));
  if (result.nextSteps.length > 0) {
    lines.push('', s.nextStepsTitle, ...result.nextSteps.map((step, index) => `${index + 1}. ${localized(step.text, locale)}${cite(step.basis)}`));
  }
  if (result.documents.length > 0) {
    lines.push('', s.documentsTitle, ...result.documents.map((document) =>
      `- ${localized(document.name, locale)}${document.note ? `: ${localized(document.note, locale)}` : ''}${cite(document.basis)}`));
  }
  if (result.outcome !== 'needs-more-information') {
    lines.push('', s.whereTitle, `${localized(result.whereToApply.text, locale)}${cite(result.whereToApply.basis)}`);
    if (centersWhereToApply(result)) {
      lines.push(...centers.filter((center) => center.level !== 'township')
        .map((center) => `- ${center.name}, ${s.centerAddress}: ${center.address}, ${s.centerPhone}: ${center.phone}`));
    }
  }
  if (result.decisionTime) lines.push('', s.decisionTitle, `${localized(result.decisionTime.text, locale)}${cite(result.decisionTime.basis)}`);
  lines.push('', fill(s.rulesetLine, { id: result.ruleset.id, version: result.ruleset.version, date: formatCalendarDate(result.ruleset.effectiveFrom, locale) }));
  return lines.join('\n');
}
