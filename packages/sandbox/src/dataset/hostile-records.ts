// A test fixture: records that carry hostile text, so the tests exercise every
// widget's escaping against them. Not in the default dataset (a resident's
// first page should show clean data): a test asks for them with the sandbox's
// `hostileRecords` option (PLSKIT_HOSTILE_RECORDS=on). They all contain "测试"
// (findable with q=测试) and take the first lawyer and firm ids, so they
// appear on the first page of an unfiltered list.
export const HOSTILE_LAWYER_NAMES: readonly string[] = [
  '测试<img src=x onerror=alert(1)>',
  '测试<script>alert(1)</script>',
  `测试${'超长姓名'.repeat(74)}律师`, // exactly 300 characters
  '测试 محامي الاختبار',
  '测试🧑‍⚖️⚖️律师',
];

export const HOSTILE_FIRM_NAME = '测试"><svg onload=alert(1)>律师事务所';

/** Why each hostile record exists, for the README and the tests. */
export const HOSTILE_PURPOSE: readonly string[] = [
  'HTML injection through an attribute handler',
  'script element injection',
  'a 300-character name (layout, truncation)',
  'right-to-left Arabic text (bidi isolation)',
  'emoji with zero-width joiners (grapheme handling)',
];

/**
 * The dataset with its first lawyers and its first firm renamed to the hostile texts; ids and everything else unchanged.
 * Typed by what it renames, so this fixture does not import the dataset that imports it.
 */
export function withHostileRecords<D extends { lawFirms: readonly { name: string }[]; lawyers: readonly { name: string }[] }>(dataset: D): D {
  return {
    ...dataset,
    lawFirms: dataset.lawFirms.map((firm, i) => (i === 0 ? { ...firm, name: HOSTILE_FIRM_NAME } : firm)),
    lawyers: dataset.lawyers.map((lawyer, i) => ({ ...lawyer, name: HOSTILE_LAWYER_NAMES[i] ?? lawyer.name })),
  };
}
