// Practice-area codes the synthetic lawyers draw from: the plausible set of
// DOMAIN.md section 4, which is itself unverified [U] (no 12348 taxonomy found).
export const PRACTICE_AREA_CODES: readonly string[] = [
  'marriage-family', 'inheritance', 'labour', 'contract', 'debt', 'real-estate', 'traffic-accident',
  'medical', 'criminal-defence', 'administrative', 'corporate', 'intellectual-property', 'finance-insurance',
  'foreign-related',
];
