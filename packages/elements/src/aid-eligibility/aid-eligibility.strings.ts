import type { EligibilityOutcome, MeansTest } from '@plskit/core';
import { localeStrings } from '../locale/locale-strings.js';
import strings from './aid-eligibility.strings.zh-CN.js';

export type AidEligibilityKey =
  | 'title' | 'intro' | 'start' | 'continue' | 'back' | 'progress' | 'errorSummary' | 'errorPrefix'
  | 'chooseOne' | 'chooseAtLeastOne' | 'chooseRegion' | 'regionLabel' | 'regionPlaceholder' | 'regionHeading' | 'regionHint' | 'regionShort'
  | 'householdSize' | 'householdSizeHint' | 'monthlyIncome' | 'monthlyIncomeHint' | 'sizeRequired' | 'sizeInvalid'
  | 'incomeRequired' | 'incomeInvalid' | 'skipFigures' | 'legalTerm'
  | 'summaryTitle' | 'summaryHint' | 'change' | 'seeResult' | 'notGiven' | 'personAndIncome' | 'peopleAndIncome'
  | 'resultTitle' | 'whyTitle' | 'nextStepsTitle' | 'documentsTitle' | 'whereTitle' | 'decisionTitle'
  | 'centersTitle' | 'bookVisit' | 'stationsTitle' | 'centerPhone' | 'centerAddress' | 'noCenters' | 'rulesetLine' | 'unverifiedNote'
  | 'confirming' | 'confirmed' | 'serverDiffers' | 'unconfirmed' | 'unconfirmedOffline'
  | 'print' | 'copy' | 'copied' | 'copyFailed' | 'startOver' | 'changeAnswers' | 'cleared'
  | 'answerMissing' | 'unverifiedLaw' | 'regionNotCovered' | 'notCoveredHint' | 'resultAnnouncement' | 'rulesetProblem';

export interface AidEligibilityText {
  aidEligibilityStrings: Record<AidEligibilityKey, string>;
  outcomeHeadlines: Record<EligibilityOutcome, string>;
  meansTestLines: Record<MeansTest, string>;
}

/** The checker's words: zh-CN in its code, English imported when first shown. */
export const aidEligibilityText = localeStrings<AidEligibilityText>(strings, { en: () => import('./aid-eligibility.strings.en.js') });
