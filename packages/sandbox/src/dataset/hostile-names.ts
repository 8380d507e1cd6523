// The hostile texts of the test fixture (hostile-records.ts): data alone, so
// the dataset's generator can leave their places to them without importing
// the fixture that uses it.
export const HOSTILE_LAWYER_NAMES: readonly string[] = [
  '测试<img src=x onerror=alert(1)>',
  '测试<script>alert(1)</script>',
  `测试${'超长姓名'.repeat(74)}律师`, // exactly 300 characters
  '测试 محامي الاختبار',
  '测试🧑‍⚖️⚖️律师',
];

export const HOSTILE_FIRM_NAME = '测试"><svg onload=alert(1)>律师事务所';

/** The first village adviser's name and village (va-0001, in 任城区 许庄街道). */
export const HOSTILE_ADVISER = { name: '测试<img src=x onerror=alert(1)>顾问', village: '测试"><svg onload=alert(1)>村' } as const;

/** Why each hostile record exists, for the README and the tests. */
export const HOSTILE_PURPOSE: readonly string[] = [
  'HTML injection through an attribute handler',
  'script element injection',
  'a 300-character name (layout, truncation)',
  'right-to-left Arabic text (bidi isolation)',
  'emoji with zero-width joiners (grapheme handling)',
];
