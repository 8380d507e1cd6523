// The documented layout of the directory files (docs/operations.md, "Importing
// the real directory"): which file or sheet holds which records, and the
// columns each must have, under the Chinese heading a justice bureau's roster
// uses or its English equivalent. Data, not code: a bureau whose roster says
// 执业证编号 instead of 执业证号 adds the heading here.
import * as read from './field-rules.js';
import type { Rule } from './field-rules.js';

export type RecordKind = 'law-firms' | 'lawyers' | 'service-centers' | 'notary-offices';

/** File (without extension) or sheet names per kind; a prefix before "-", "_" or a space is ignored. */
export const KIND_NAMES: Record<RecordKind, readonly string[]> = {
  'law-firms': ['律师事务所', 'law-firms', 'law firms', 'lawfirms', 'firms'],
  lawyers: ['律师', 'lawyers'],
  'service-centers': ['公共法律服务中心', '公共法律服务机构', 'service-centers', 'service centers', 'centers'],
  'notary-offices': ['公证处', '公证机构', 'notary-offices', 'notary offices', 'notaries'],
};

/** Firms before lawyers (a lawyer names a firm); the order records are checked and written in. */
export const KIND_ORDER: readonly RecordKind[] = ['law-firms', 'lawyers', 'service-centers', 'notary-offices'];

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
    column('hours', false, HOURS_TEXT, '办公时间', 'hours', 'opening hours'),
    column('summerHours', false, HOURS_TEXT, '夏季办公时间', 'summer hours'),
    column('winterHours', false, HOURS_TEXT, '冬季办公时间', 'winter hours'),
  ],
  'notary-offices': [REQUIRED_ID, NAME, REGION, ADDRESS, PHONE],
};

/** Headings compare without case, spaces or full-width forms: "执业证号 " and "Licence Number" match. */
export function normalizeHeading(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\s_-]+/g, '');
}

/** The kind a file or sheet name stands for, if any. */
export function kindOfName(name: string): RecordKind | undefined {
  const whole = normalizeHeading(name);
  const last = normalizeHeading(name.split(/[-_ ](?=[^-_ ]*$)/).at(-1) ?? name);
  for (const kind of KIND_ORDER) {
    const names = KIND_NAMES[kind].map(normalizeHeading);
    if (names.includes(whole) || names.includes(last)) return kind;
  }
  return undefined;
}
