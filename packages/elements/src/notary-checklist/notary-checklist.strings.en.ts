import type { NotaryChecklistText } from './notary-checklist.strings.zh-CN.js';

export default {
  title: 'What to bring for a notarisation',
  intro: 'Choose what you need notarised and answer a few questions to see every document to bring, why, and where to apply.',
  searchLabel: 'Search notary matters',
  searchHint: 'Use everyday words or pinyin initials, e.g. “house”, “abroad”, “jc”',
  noMatch: 'Nothing found. Try other words, or look through the groups below.',
  matchCount: '{count} found',
  unknownMatter: 'That notary matter was not found. Choose one from the list below.',
  inPersonBadge: 'In person only',
} satisfies NotaryChecklistText;
