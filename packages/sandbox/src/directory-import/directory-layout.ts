// The documented layout of the directory files (docs/operations.md, "Importing
// the real directory"): which file or sheet holds which records, and the
// columns each must have, under the Chinese heading a justice bureau's roster
// uses or its English equivalent. Data, not code: a bureau whose roster says
// 执业证编号 instead of 执业证号 adds the heading here.
import type { PointKind } from '../dataset/service-point-record.js';
import * as read from './field-rules.js';
import type { Rule } from './field-rules.js';

export type RecordKind = 'law-firms' | 'lawyers' | 'service-centers' | PointRecordKind;

/** The kinds of the network kept as service points, and the point kind each file holds. */
export const POINT_RECORD_KINDS = {
  'notary-offices': 'notary-office',
  'village-legal-advisers': 'village-legal-adviser',
  'forensic-appraisal-bodies': 'forensic-appraisal-body',
  'mediation-committees': 'mediation-committee',
  'legal-aid-centers': 'legal-aid-center',
} as const satisfies Record<string, PointKind>;

export type PointRecordKind = keyof typeof POINT_RECORD_KINDS;

export const isPointRecordKind = (kind: RecordKind): kind is PointRecordKind => kind in POINT_RECORD_KINDS;

/** File (without extension) or sheet names per kind; a prefix before "-", "_" or a space is ignored. */
export const KIND_NAMES: Record<RecordKind, readonly string[]> = {
  'law-firms': ['律师事务所', 'law-firms', 'law firms', 'lawfirms', 'firms'],
  lawyers: ['律师', 'lawyers'],
  'service-centers': ['公共法律服务中心', '公共法律服务机构', 'service-centers', 'service centers', 'centers'],
  'notary-offices': ['公证处', '公证机构', 'notary-offices', 'notary offices', 'notaries'],
  'village-legal-advisers': ['村居法律顾问', '村（居）法律顾问', '村法律顾问', 'village-legal-advisers', 'village legal advisers', 'legal advisers'],
  'forensic-appraisal-bodies': ['司法鉴定机构', 'forensic-appraisal-bodies', 'forensic appraisal bodies', 'appraisal bodies'],
  'mediation-committees': ['人民调解委员会', '调解委员会', 'mediation-committees', 'mediation committees'],
  'legal-aid-centers': ['法律援助中心', '法律援助机构', 'legal-aid-centers', 'legal aid centers'],
};

/** Firms before lawyers (a lawyer names a firm); the order records are checked and written in. */
export const KIND_ORDER: readonly RecordKind[] = [
  'law-firms', 'lawyers', 'service-centers', 'notary-offices', 'village-legal-advisers', 'forensic-appraisal-bodies', 'mediation-committees',
  'legal-aid-centers',
];

export interface ColumnSpec {
  key: string;
  /** How a cell of the column reads (field-rules.ts). */
  rule: Rule<unknown>;
  /** The first is the Chinese heading the documentation shows; then English and other accepted headings. */
  headings: readonly string[];
  required: boolean;
}

const column = (key: string, required: boolean, rule: Rule<unknown>, ...headings: string[]): ColumnSpec =>
  ({ key, rule, headings, required });

// the lengths are the contract's (a lawyer's name up to 300, other names 200, addresses 300)
const ID = column('id', false, read.directoryId, '编号', 'id');
const REQUIRED_ID = column('id', true, read.directoryId, '编号', 'id');
const NAME = column('name', true, read.text(200), '名称', 'name', '机构名称');
const REGION = column('region', true, read.region, '所在区县', 'region', '区划代码', '行政区划');
const ADDRESS = column('address', true, read.text(300), '地址', 'address', '办公地址');
const PHONE = column('phone', true, read.phone, '联系电话', 'phone', '办公电话');
const HOURS_TEXT = read.text(500);
const HOURS = [
  column('hours', false, HOURS_TEXT, '办公时间', 'hours', 'opening hours'),
  column('summerHours', false, HOURS_TEXT, '夏季办公时间', 'summer hours'),
  column('winterHours', false, HOURS_TEXT, '冬季办公时间', 'winter hours'),
];
// where a point stands: its township (code or name), and WGS-84 degrees with the precision they were surveyed at
const PLACE = [
  column('township', false, read.text(50), '乡镇（街道）', 'township', '所在乡镇', '乡镇街道'),
  column('longitude', false, read.longitude, '经度', 'longitude', 'lng', 'lon'),
  column('latitude', false, read.latitude, '纬度', 'latitude', 'lat'),
  column('precision', false, read.precision, '坐标精度（米）', 'precision', 'location precision', '坐标精度'),
];
const POINT = [REQUIRED_ID, NAME, REGION, ...PLACE, ADDRESS, PHONE];

export const COLUMNS: Record<RecordKind, readonly ColumnSpec[]> = {
  'law-firms': [
    ID,
    column('name', true, read.text(200), '律师事务所名称', 'name', '名称'),
    column('creditCode', true, read.creditCode, '统一社会信用代码', 'unified social credit code', 'credit code'),
    REGION, ADDRESS, PHONE,
  ],
  lawyers: [
    ID,
    column('name', true, read.text(300), '姓名', 'name'),
    column('sex', true, read.sex, '性别', 'sex'),
    column('licenceNumber', true, read.licenceNumber, '执业证号', 'licence number', 'license number', '执业证编号'),
    column('category', true, read.category, '执业类别', 'category', '律师类别'),
    column('firm', false, read.text(200), '执业机构', 'firm', '律师事务所'),
    column('region', false, read.region, '所在区县', 'region', '区划代码', '行政区划'),
    column('practiceAreas', false, read.practiceAreas, '业务专长', 'practice areas', '擅长领域'),
    column('languages', false, read.languages, '工作语言', 'languages'),
    column('firstPracticeYear', true, read.year, '首次执业年份', 'first practice year', '首次执业时间'),
    column('acceptsLegalAid', false, read.yesNo, '承办法律援助', 'accepts legal aid'),
    column('phone', false, read.phone, '联系电话', 'phone', '办公电话'),
  ],
  'service-centers': [
    REQUIRED_ID,
    NAME,
    column('level', true, read.level, '级别', 'level', '层级'),
    REGION, ADDRESS, PHONE,
    column('services', true, read.services, '服务项目', 'services'),
    ...HOURS, ...PLACE,
  ],
  'notary-offices': [
    ...POINT, ...HOURS,
    column('notaryMatters', false, read.notaryMatters, '业务范围', 'notary matters', 'matters'),
    column('foreignUse', false, read.yesNo, '涉外公证', 'foreign use', 'documents for use abroad'),
  ],
  'village-legal-advisers': [
    REQUIRED_ID,
    column('name', true, read.text(300), '姓名', 'name', '法律顾问'),
    REGION, ...PLACE,
    column('village', true, read.text(100), '村（社区）', 'village', '所在村（社区）', '村居'),
    ADDRESS, PHONE,
    column('duty', false, read.duty, '驻村时间', 'duty', 'duty days', '值班时间'),
    column('affiliation', false, read.text(200), '执业机构', 'affiliation', '工作单位'),
    column('wechatGroup', false, read.text(100), '微信群', 'wechat group', '法律服务微信群'),
  ],
  'forensic-appraisal-bodies': [
    ...POINT, ...HOURS,
    column('appraisalCategories', true, read.appraisalCategories, '鉴定类别', 'appraisal categories', '业务范围', 'categories'),
  ],
  'mediation-committees': [...POINT, ...HOURS],
  'legal-aid-centers': [...POINT, ...HOURS],
};

/** Headings compare without case, spaces or full-width forms: "执业证号 " and "Licence Number" match. */
export function normalizeHeading(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\s_-]+/g, '');
}

/** The kind a file or sheet name stands for, if any: the whole name first ("legal-aid-centers" is not "centers"), then its last part. */
export function kindOfName(name: string): RecordKind | undefined {
  const whole = normalizeHeading(name);
  const last = normalizeHeading(name.split(/[-_ ](?=[^-_ ]*$)/).at(-1) ?? name);
  const named = (text: string) => KIND_ORDER.find((kind) => KIND_NAMES[kind].map(normalizeHeading).includes(text));
  return named(whole) ?? named(last);
}
