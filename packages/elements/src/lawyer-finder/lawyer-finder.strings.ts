import type { LawyerCategory } from '../api/directory-types.js';
import { localeStrings } from '../locale/locale-strings.js';
import strings from './lawyer-finder.strings.zh-CN.js';

export type LawyerFinderKey =
  | 'title' | 'searchLabel' | 'searchHint' | 'searchButton' | 'filters' | 'region' | 'anyRegion'
  | 'practiceArea' | 'anyPracticeArea' | 'category' | 'anyCategory' | 'language' | 'anyLanguage'
  | 'acceptsLegalAid' | 'legalAid' | 'minYears' | 'anyYears' | 'atLeastYears' | 'clearFilters'
  | 'totalOne' | 'totalOther' | 'shown' | 'empty' | 'emptyHint' | 'loadMore' | 'loadingMore'
  | 'details' | 'detailsOf' | 'back' | 'select' | 'selected' | 'firm' | 'noFirm' | 'firmAddress' | 'firmPhone'
  | 'licence' | 'years' | 'yearsValueOne' | 'yearsValue' | 'languages' | 'practiceAreas' | 'phone'
  | 'legalAidYes' | 'legalAidNo' | 'firstPractice' | 'results';

export interface LawyerFinderText {
  lawyerFinderStrings: Record<LawyerFinderKey, string>;
  lawyerCategoryNames: Record<LawyerCategory, string>;
}

/** The finder's words: zh-CN in its code, English imported when first shown. */
export const lawyerFinderText = localeStrings<LawyerFinderText>(strings, { en: () => import('./lawyer-finder.strings.en.js') });

/** Working languages offered as a filter (BCP 47); names come from Intl.DisplayNames. */
export const FILTER_LANGUAGES = ['zh', 'en', 'ja', 'ko'] as const;

/** Years-of-practice thresholds offered as a filter. */
export const MIN_YEARS_CHOICES = [3, 5, 10, 20] as const;
