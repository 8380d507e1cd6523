// The directory shapes of the contract's shared vocabulary (lawyers, firms,
// practice areas, regions), as the elements read them: the SDK's types, which
// are generated from the contract, wherever the elements read the same shape.
import type { LocalizedText } from '../locale/locale.js';
import type { LawyerCategory } from '@plskit/sdk';

export type { LawFirm, Lawyer, LawyerCategory, LawyerQuery, Page, PracticeArea } from '@plskit/sdk';

export const LAWYER_CATEGORIES: readonly LawyerCategory[] = ['full-time', 'part-time', 'public-sector', 'company', 'legal-aid'];

/**
 * A region as the filters read it: looser than the contract's (any `kind`, no
 * `statisticalCode`), so hand-made fixtures and older servers still fit.
 */
export interface Region {
  code: string;
  name: LocalizedText;
  kind: string;
  parent?: string;
}
