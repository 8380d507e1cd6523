import type { LawyerCategory, LawyerQuery } from '../api/directory-types.js';
import { LAWYER_CATEGORIES } from '../api/directory-types.js';
import { REGION_CODE } from '../api/region-code.js';

/** The finder's filter form, one field per control. Empty string means "any". */
export interface LawyerSearchFilters {
  q: string;
  region: string;
  practiceArea: string;
  category: LawyerCategory | '';
  language: string;
  acceptsLegalAid: boolean;
  minYears: number;
}

/** The contract's limit on `q` (SearchText maxLength): longer text would be a 400. */
export const SEARCH_TEXT_MAX_LENGTH = 50;

export const NO_FILTERS: LawyerSearchFilters = {
  q: '', region: '', practiceArea: '', category: '', language: '', acceptsLegalAid: false, minYears: 0,
};

/** The API query for a filter form: empty fields are left out, not sent blank. */
export function toLawyerQuery(filters: LawyerSearchFilters): Omit<LawyerQuery, 'limit' | 'cursor'> {
  return {
    ...(filters.q.trim() ? { q: filters.q.trim().slice(0, SEARCH_TEXT_MAX_LENGTH) } : {}),
    ...(filters.region ? { region: filters.region } : {}),
    ...(filters.practiceArea ? { practiceArea: filters.practiceArea } : {}),
    ...(filters.category ? { category: filters.category } : {}),
    ...(filters.language ? { language: filters.language } : {}),
    ...(filters.acceptsLegalAid ? { acceptsLegalAid: true } : {}),
    ...(filters.minYears > 0 ? { minYears: filters.minYears } : {}),
  };
}

// URL parameters are prefixed so they never collide with the host page's own
const PARAM = {
  q: 'lawyer-q', region: 'lawyer-region', practiceArea: 'lawyer-area', category: 'lawyer-category',
  language: 'lawyer-language', acceptsLegalAid: 'lawyer-legal-aid', minYears: 'lawyer-min-years',
} as const;

/** Writes the filters into a copy of the page's search parameters (only public directory filters). */
export function filtersToSearchParams(filters: LawyerSearchFilters, into: URLSearchParams): URLSearchParams {
  const params = new URLSearchParams(into);
  const query = toLawyerQuery(filters);
  for (const [field, name] of Object.entries(PARAM) as [keyof typeof PARAM, string][]) {
    const value = query[field];
    if (value === undefined) params.delete(name);
    else params.set(name, String(value));
  }
  return params;
}

// The contract's patterns: a link edited by hand must not turn into a 400 for the resident
const CODE = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const MAX_MIN_YEARS = 70;

/** Reads filters back from a shared link; unknown or malformed values are ignored. */
export function filtersFromSearchParams(params: URLSearchParams, base: LawyerSearchFilters): LawyerSearchFilters {
  const valid = (name: string, pattern: RegExp, fallback: string): string => {
    const value = params.get(name);
    return value !== null && pattern.test(value) ? value : fallback;
  };
  const category = params.get(PARAM.category) ?? '';
  const minYears = Number(params.get(PARAM.minYears) ?? '0');
  return {
    q: (params.get(PARAM.q) ?? base.q).slice(0, SEARCH_TEXT_MAX_LENGTH),
    region: valid(PARAM.region, REGION_CODE, base.region),
    practiceArea: valid(PARAM.practiceArea, CODE, base.practiceArea),
    category: (LAWYER_CATEGORIES as readonly string[]).includes(category) ? (category as LawyerCategory) : base.category,
    language: valid(PARAM.language, LANGUAGE, base.language),
    acceptsLegalAid: params.has(PARAM.acceptsLegalAid) ? params.get(PARAM.acceptsLegalAid) === 'true' : base.acceptsLegalAid,
    minYears: Number.isInteger(minYears) && minYears > 0 && minYears <= MAX_MIN_YEARS ? minYears : base.minYears,
  };
}

/** Working languages offered as a filter (BCP 47); names come from Intl.DisplayNames. */
export const FILTER_LANGUAGES = ['zh', 'en', 'ja', 'ko'] as const;

/** Years-of-practice thresholds offered as a filter. */
export const MIN_YEARS_CHOICES = [3, 5, 10, 20] as const;
