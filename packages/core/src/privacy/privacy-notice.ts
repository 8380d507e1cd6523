// A privacy notice as data: everything PIPL Art 17 asks a processor to tell a
// person before processing (who, why, how, what, how long, how to exercise
// rights), versioned so that a booking records which text was agreed to.
import type { LegalBasis, Source } from '../legal-basis/legal-basis.js';
import type { LocalizedText } from '../locale/locale.js';

export interface CitedText {
  text: LocalizedText;
  basis: LegalBasis;
}

export interface PersonalDataCategory {
  code: string;
  name: LocalizedText;
  required: boolean;
  /** Why this item is needed for the purpose (minimum necessary, PIPL Art 6). */
  why: LocalizedText;
}

export interface PrivacyNotice {
  /** Which processing the notice is for, e.g. "appointments". */
  subject: string;
  /** Changes whenever the text does; a booking stores the version agreed to. */
  version: string;
  effectiveFrom: string;
  title: LocalizedText;
  processor: { name: LocalizedText; contact: LocalizedText };
  purpose: CitedText;
  /** Why processing is lawful (PIPL Art 13). */
  lawfulBasis: CitedText;
  categories: PersonalDataCategory[];
  /** What is deliberately not asked for, and why. */
  notCollected: CitedText[];
  method: CitedText;
  /** Who else receives the information and why: processors entrusted by the processor (PIPL Art 21). */
  recipients: CitedText[];
  retention: { days: number; text: LocalizedText; basis: LegalBasis };
  rights: CitedText[];
  howToExercise: CitedText;
  /** The article the notice as a whole answers to (PIPL Art 17). */
  basis: LegalBasis;
  sources: Source[];
  /** Present where the operator requires the number to be confirmed by a text-message code before booking: what is sent and kept for it. */
  phoneVerification?: CitedText;
}
