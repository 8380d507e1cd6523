// Destinations where a Chinese public document needs only an apostille
// (附加证明书) rather than consular legalisation (双认证).
import type { Source } from '../legal-basis/legal-basis.js';
import { MFA_APOSTILLE } from './notary-sources.data.js';
import type { DataReview } from '../review/data-review.js';

export interface ApostilleParties {
  /** When the Convention took effect for China. */
  effectiveForChina: string;
  /** The date the list below was compiled. */
  asOf: string;
  /** ISO 3166-1 alpha-2 codes of contracting parties for which the Convention applies with China. */
  parties: readonly string[];
  /** Parties between which and China the Convention does not apply (China's objection to India's accession). */
  notInForceWithChina: readonly string[];
  sources: Source[];
  /**
   * China's accession is verified, the membership list is not: the list was compiled
   * from the HCCH status table and must be checked against it and the MFA before relying on it.
   */
  unverified: true;
}

export const APOSTILLE_PARTIES: ApostilleParties = {
  effectiveForChina: '2023-11-07',
  asOf: '2024-06-30',
  parties: [
    'AD', 'AG', 'AL', 'AM', 'AR', 'AT', 'AU', 'AZ', 'BA', 'BB', 'BE', 'BG', 'BH', 'BI', 'BN', 'BO', 'BR', 'BS', 'BW', 'BY', 'BZ',
    'CA', 'CH', 'CK', 'CL', 'CO', 'CR', 'CV', 'CY', 'CZ', 'DE', 'DK', 'DM', 'DO', 'EC', 'EE', 'ES', 'FI', 'FJ', 'FR', 'GB', 'GD',
    'GE', 'GR', 'GT', 'GY', 'HN', 'HR', 'HU', 'ID', 'IE', 'IL', 'IS', 'IT', 'JP', 'KG', 'KN', 'KR', 'KZ', 'LC', 'LI', 'LR', 'LS',
    'LT', 'LU', 'LV', 'MA', 'MC', 'MD', 'ME', 'MH', 'MK', 'MN', 'MT', 'MU', 'MW', 'MX', 'NA', 'NI', 'NL', 'NO', 'NU', 'NZ', 'OM',
    'PA', 'PE', 'PH', 'PK', 'PL', 'PT', 'PW', 'PY', 'RO', 'RS', 'RU', 'RW', 'SA', 'SC', 'SE', 'SG', 'SI', 'SK', 'SM', 'SN', 'SR',
    'ST', 'SV', 'SZ', 'TJ', 'TN', 'TO', 'TR', 'TT', 'UA', 'US', 'UY', 'UZ', 'VC', 'VE', 'VU', 'WS', 'ZA',
  ],
  notInForceWithChina: ['IN'],
  sources: [
    MFA_APOSTILLE,
    { title: 'HCCH status table of the Apostille Convention', url: 'https://www.hcch.net/en/instruments/conventions/status-table/?cid=41', tag: 'U' },
  ],
  unverified: true,
};

export const APOSTILLE_PARTIES_REVIEW: DataReview = {
  table: 'APOSTILLE_PARTIES',
  // the HCCH status table it was compiled from is of this date
  reviewed: APOSTILLE_PARTIES.asOf,
  sources: APOSTILLE_PARTIES.sources,
  reReview: { who: 'A core maintainer', when: 'Every quarter, against the HCCH status table and the Ministry of Foreign Affairs’ notices (accessions, and objections such as China’s to India)' },
};
