// The 17-digit licence number (执业证号) as reconstructed from the MOJ numbering rule (partly unverified):
// "1" + province 37 + city 08 + first year + category + sex + 6-digit serial.
// The category and sex digit values are unverified [U] and kept here as data.
export type LawyerCategory = 'full-time' | 'part-time' | 'public-sector' | 'company' | 'legal-aid';

export const LICENCE_CATEGORY_DIGIT: Record<LawyerCategory, string> = {
  'full-time': '1', // [V-3p]
  'part-time': '2', // [V-3p]
  // after HK 3, Macao 4, Taiwan 5, in the order the rule lists them (unverified)
  'public-sector': '6',
  company: '7',
  'legal-aid': '8',
};

export const LICENCE_SEX_DIGIT = { male: '1', female: '0' } as const; // [U]

export const LICENCE_NUMBER_PATTERN = /^13708\d{12}$/;
