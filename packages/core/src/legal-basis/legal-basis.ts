// The words every legal statement in plskit is built from: text in both
// locales (so browser and server render the same answer) and a citation.

import type { LocalizedText } from '../locale/locale.js';

/**
 * A citation: a stable law code and an article. `article` is machine-readable:
 * "25" article 25, "25.2" its paragraph 2 (款), "42(3)" its item 3 (项), "25.1(4)"
 * paragraph 1 item 4; the paragraph/item distinction is what the Chinese reading
 * (第25条第2款, 第42条第(三)项) needs. In English prose plskit writes every
 * subdivision in parentheses: Art 25(2), Art 42(3), Art 25(1)(4).
 */
export interface LegalBasis {
  law: LawCode;
  article: string;
  title?: LocalizedText;
}

/** Where a fact was read, and how directly (the tag). */
export interface Source {
  title: string;
  url?: string;
  /** V: read in the official source; V-3p: read in a third-party copy; U: unverified or inferred. */
  tag: 'V' | 'V-3p' | 'U';
}

/** Stable codes of the laws and rules plskit cites. */
export type LawCode =
  | 'legal-aid-law-2021'
  | 'shandong-legal-aid-regulation-2015'
  | 'legal-aid-regulation-2003'
  | 'civil-code-2020'
  | 'notary-law-2017'
  | 'notary-procedure-rules-2020'
  | 'will-notarization-rules-2000'
  | 'shandong-notary-fees-2017'
  | 'apostille-convention'
  | 'pipl-2021'
  | 'resident-id-law'
  | 'gb-11643-1999'
  | 'state-council-holidays'
  | 'national-holidays-regulation-2024';
