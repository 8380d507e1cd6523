// Province-level prefixes of GB/T 2260 division codes (the first two digits of
// an ID number). The full county table is not bundled: it changes yearly and
// old codes (e.g. 370882, former Yanzhou) stay valid in issued ID numbers.
import type { Source } from '../legal-basis/legal-basis.js';
import type { DataReview } from '../review/data-review.js';

export const PROVINCE_CODES: ReadonlySet<string> = new Set([
  '11', '12', '13', '14', '15',
  '21', '22', '23',
  '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46',
  '50', '51', '52', '53', '54',
  '61', '62', '63', '64', '65',
  '71', '81', '82',
]);

export const PROVINCE_CODE_SOURCES: Source[] = [
  { title: 'GB/T 2260 via modood/Administrative-divisions-of-China dist/areas.csv (2024)', url: 'https://github.com/modood/Administrative-divisions-of-China', tag: 'V' },
];

export const PROVINCE_CODES_REVIEW: DataReview = {
  table: 'PROVINCE_CODES',
  reviewed: '2026-11-28',
  sources: PROVINCE_CODE_SOURCES,
  reReview: { who: 'A core maintainer', when: 'When a province-level division is created or renumbered (rare); the county codes are not bundled' },
};
