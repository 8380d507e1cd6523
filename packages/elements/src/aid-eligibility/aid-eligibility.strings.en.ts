import type { AidEligibilityText } from './aid-eligibility.strings.zh-CN.js';

export default {
  title: 'Check if you can get legal aid',
  intro: 'Answer a few questions to find out whether you can get legal aid, what to bring and where to apply. It takes about 3 minutes. Your answers are sent once to the legal-aid service to check the result. This page does not store them, and nothing is kept after you start over or leave the page.',
  start: 'Start',
  back: 'Back',
  resultTitle: 'Your result',
  cleared: 'All answers are cleared. You can start again.',
  regionNotCovered: 'We cannot yet tell the legal-aid rules for your area',
  notCoveredHint: 'This service does not have the legal-aid rules for that area yet. Call 12345 or ask at your local public legal service center.',
  rulesetProblem: 'The legal-aid rules cannot be used. Please try again later.',
} satisfies AidEligibilityText;
