// A test fixture: records that carry hostile text, so the tests exercise every
// widget's escaping against them. Not in the default dataset (a resident's
// first page should show clean data): a test asks for them with the sandbox's
// `hostileRecords` option (PLSKIT_HOSTILE_RECORDS=on). They all contain "测试"
// (findable with q=测试) and take the first lawyer, firm and village adviser
// ids, so they appear on the first page of an unfiltered list.
import { HOSTILE_ADVISER, HOSTILE_FIRM_NAME, HOSTILE_LAWYER_NAMES } from './hostile-names.js';
import type { JiningDataset } from './jining-dataset.js';

/** The dataset with its first lawyers, firm and village adviser renamed to the hostile texts; ids and everything else unchanged. */
export function withHostileRecords(dataset: JiningDataset): JiningDataset {
  return {
    ...dataset,
    lawFirms: dataset.lawFirms.map((firm, i) => (i === 0 ? { ...firm, name: HOSTILE_FIRM_NAME } : firm)),
    lawyers: dataset.lawyers.map((lawyer, i) => ({ ...lawyer, name: HOSTILE_LAWYER_NAMES[i] ?? lawyer.name })),
    servicePoints: dataset.servicePoints.map((point) => (point.id === 'va-0001' ? { ...point, ...HOSTILE_ADVISER } : point)),
  };
}
