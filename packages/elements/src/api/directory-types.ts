// The directory shapes of the contract's shared vocabulary (lawyers, firms,
// practice areas, regions), as the elements read them.
import type { LocalizedText } from '../locale/locale.js';

export type LawyerCategory = 'full-time' | 'part-time' | 'public-sector' | 'company' | 'legal-aid';
export const LAWYER_CATEGORIES: readonly LawyerCategory[] = ['full-time', 'part-time', 'public-sector', 'company', 'legal-aid'];

export interface Lawyer {
  id: string;
  name: string;
  sex?: 'male' | 'female';
  licenceNumber: string;
  category: LawyerCategory;
  firm: { id: string; name: string } | null;
  region: string;
  practiceAreas: string[];
  languages: string[];
  firstPracticeYear: number;
  yearsOfPractice: number;
  acceptsLegalAid: boolean;
  /** Work phone, public. */
  phone?: string;
}

export interface LawFirm {
  id: string;
  name: string;
  region: string;
  address: string;
  phone: string;
  lawyerCount: number;
  practiceAreas: string[];
}

export interface PracticeArea {
  code: string;
  name: LocalizedText;
}

export interface Region {
  code: string;
  name: LocalizedText;
  kind: string;
  parent?: string;
}

export interface LawyerQuery {
  q?: string;
  region?: string;
  practiceArea?: string;
  category?: LawyerCategory;
  language?: string;
  acceptsLegalAid?: boolean;
  minYears?: number;
  limit?: number;
  cursor?: string;
}

export interface Page<T> {
  items: T[];
  total: number;
  nextCursor: string | null;
}
