// The practice area a notary matter falls under, for "ask a question about
// this" (pls-question-request); a matter of papers for use abroad (a birth,
// a degree, no criminal record) has none: the resident chooses.
import type { NotaryMatterCode } from '@plskit/core';

const TOPIC_OF_MATTER: Partial<Record<NotaryMatterCode, string>> = {
  will: 'inheritance', 'legacy-support-agreement': 'inheritance', inheritance: 'inheritance', gift: 'inheritance',
  kinship: 'marriage-family', 'marital-status': 'marriage-family', adoption: 'marriage-family', 'adoption-dissolution': 'marriage-family',
  'child-acknowledgement': 'marriage-family',
  'property-sale': 'real-estate', mortgage: 'real-estate', 'power-of-attorney-property': 'real-estate',
  guarantee: 'debt', escrow: 'contract', 'business-licence': 'corporate', 'articles-of-association': 'corporate', 'signature-seal': 'corporate',
};

export const questionTopic = (matter: string): string | null => TOPIC_OF_MATTER[matter as NotaryMatterCode] ?? null;
