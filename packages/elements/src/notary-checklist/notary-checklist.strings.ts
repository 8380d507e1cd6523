import type { ChecklistCondition } from '@plskit/core';
import { localeStrings } from '../locale/locale-strings.js';
import strings from './notary-checklist.strings.zh-CN.js';

export type NotaryQuestion = ChecklistCondition | 'destinationCountry';

export type NotaryChecklistKey =
  | 'title' | 'intro' | 'searchLabel' | 'searchHint' | 'noMatch' | 'matchCount' | 'unknownMatter' | 'chooseMatter'
  | 'inPersonBadge' | 'questionsTitle' | 'questionsHint' | 'yes' | 'no' | 'whyWeAsk' | 'chooseOne' | 'chooseCountry'
  | 'countryPlaceholder' | 'errorSummary' | 'continue' | 'back' | 'showChecklist' | 'progress'
  | 'checklistTitle' | 'itemsTitle' | 'refusedTitle' | 'insteadTitle' | 'homeVisitTitle' | 'inPersonTitle'
  | 'original' | 'copy' | 'originalAndCopy' | 'copies' | 'why' | 'basis' | 'source' | 'obtainFrom' | 'pledgeMark'
  | 'whereTitle' | 'officeTitle' | 'officeAddress' | 'officePhone' | 'noOffice' | 'timeTitle' | 'feeTitle'
  | 'unverified' | 'abroadTitle' | 'apostille' | 'consular' | 'pledgeTitle' | 'generalPattern' | 'sourcesTitle'
  | 'catalogueLine' | 'print' | 'copyText' | 'copied' | 'copyFailed' | 'book' | 'changeAnswers' | 'otherMatter'
  | 'ready' | 'refusedAnnouncement' | 'tick';

export interface NotaryChecklistText {
  strings: Record<NotaryChecklistKey, string>;
  questions: Record<NotaryQuestion, { label: string; why: string; yes?: string; no?: string }>;
}

/** The checklist's words: zh-CN in its code, English imported when first shown. Legal text comes from the API. */
export const notaryChecklistText = localeStrings<NotaryChecklistText>(strings, { en: () => import('./notary-checklist.strings.en.js') });
