// One problem found in the operator's files, located by file, sheet, row and
// column so it can be fixed in the spreadsheet. Problems never quote the cell:
// a roster holds names and phone numbers, and a report gets pasted into chats
// and tickets. What they do quote from the file (its name, a sheet's name, a
// heading) is printed without control characters: a heading could otherwise
// carry terminal escapes into the operator's terminal.
import type { Locale } from '@plskit/core';
import { IMPORT_LIMITS } from './import-limits.js';

export type ImportProblemCode =
  | 'file-unreadable' | 'file-too-large' | 'unzipped-too-large' | 'unsupported-file' | 'unknown-table' | 'missing-column' | 'duplicate-column'
  | 'required' | 'too-long' | 'invalid-id' | 'invalid-licence-number' | 'stored-as-number' | 'invalid-credit-code'
  | 'invalid-region' | 'invalid-phone' | 'invalid-sex' | 'invalid-category' | 'unknown-practice-area'
  | 'invalid-language' | 'invalid-year' | 'invalid-yes-no' | 'invalid-level' | 'unknown-service' | 'invalid-hours'
  | 'hours-conflict' | 'duplicate' | 'unknown-firm' | 'firm-required' | 'firm-not-allowed'
  | 'firm-still-named' | 'center-has-appointments' | 'unknown-township' | 'outside-jining' | 'invalid-precision'
  | 'location-incomplete' | 'invalid-duty' | 'unknown-appraisal-category' | 'unknown-notary-matter' | 'id-taken';

export interface ImportProblem {
  file: string;
  sheet?: string;
  /** The spreadsheet row (headings are row 1); null for the file or a heading as a whole. */
  row: number | null;
  /** The column's heading as the file writes it, with its letter: "执业证号 (D)"; null for a whole row or file. */
  column: string | null;
  code: ImportProblemCode;
  /** The id of a record already in the directory the problem is about (ids are not personal). */
  record?: string;
}

const megabytes = (bytes: number): number => Math.round(bytes / 2 ** 20);

const MESSAGES: Record<ImportProblemCode, Record<Locale, string>> = {
  'file-unreadable': { 'zh-CN': '无法读取该文件', en: 'the file cannot be read' },
  'file-too-large': {
    'zh-CN': `文件超过 ${megabytes(IMPORT_LIMITS.fileBytes)} MB，未读取：请拆分为几个文件（同一文件夹中的文件作为一次导入）`,
    en: `the file is over ${megabytes(IMPORT_LIMITS.fileBytes)} MB and was not read: split it into several files (the files of one folder are one import)`,
  },
  'unzipped-too-large': {
    'zh-CN': `工作簿解压后超过 ${megabytes(IMPORT_LIMITS.unzippedBytes)} MB，未读取：请用表格软件另存为新文件，或拆分为几个文件`,
    en: `the workbook would expand to over ${megabytes(IMPORT_LIMITS.unzippedBytes)} MB and was not read: save it again from the spreadsheet program, or split it`,
  },
  'unsupported-file': { 'zh-CN': '只支持 .csv 和 .xlsx 文件', en: 'only .csv and .xlsx files are read' },
  'unknown-table': {
    'zh-CN': '无法从文件名或工作表名判断记录类别（律师、律师事务所、公共法律服务中心、公证处、村居法律顾问、司法鉴定机构、人民调解委员会、法律援助中心）',
    en: 'the file or sheet name names no kind of record (lawyers, law-firms, service-centers, notary-offices, village-legal-advisers, forensic-appraisal-bodies, mediation-committees, legal-aid-centers)',
  },
  'missing-column': { 'zh-CN': '缺少必需的列', en: 'a required column is missing' },
  'duplicate-column': { 'zh-CN': '同一列出现了两次', en: 'the same column appears twice' },
  required: { 'zh-CN': '此项必填', en: 'a value is required' },
  'too-long': { 'zh-CN': '内容过长', en: 'the value is too long' },
  'invalid-id': { 'zh-CN': '编号只能包含字母、数字和连字符（最多64位）', en: 'an id is letters, digits and hyphens (at most 64)' },
  'invalid-licence-number': {
    'zh-CN': '执业证号应为济宁市颁发的17位数字（13708开头）',
    en: 'a licence number is 17 digits issued in Jining (starting 13708)',
  },
  'stored-as-number': {
    'zh-CN': '该单元格以数字保存，Excel 只保留15位有效数字：请将此列设置为文本格式后重新录入',
    en: 'the cell is stored as a number and Excel keeps only 15 digits: format the column as text and enter it again',
  },
  'invalid-credit-code': {
    'zh-CN': '统一社会信用代码无效（18位，校验位按 GB 32100-2015）',
    en: 'not a valid unified social credit code (18 characters, check character per GB 32100-2015)',
  },
  'invalid-region': { 'zh-CN': '不是济宁市的区县代码或名称', en: 'not a division code or name of Jining' },
  'invalid-phone': { 'zh-CN': '电话号码无效（固定电话如 0537-1234567，或手机号）', en: 'not a phone number (a landline such as 0537-1234567, or a mobile)' },
  'invalid-sex': { 'zh-CN': '性别应为“男”或“女”', en: 'sex is 男/male or 女/female' },
  'invalid-category': {
    'zh-CN': '执业类别应为专职、兼职、公职、公司或法律援助',
    en: 'category is full-time, part-time, public-sector, company or legal-aid',
  },
  'unknown-practice-area': { 'zh-CN': '业务专长不在分类表中', en: 'a practice area is not in the taxonomy' },
  'invalid-language': { 'zh-CN': '工作语言无效', en: 'not a language this directory knows' },
  'invalid-year': { 'zh-CN': '年份无效（1950年至今）', en: 'not a year from 1950 to this year' },
  'invalid-yes-no': { 'zh-CN': '应为“是”或“否”', en: 'yes or no (是/否)' },
  'invalid-level': { 'zh-CN': '级别应为市级、县级、分中心或乡镇（街道）', en: 'level is city, county, branch or township' },
  'unknown-service': { 'zh-CN': '服务项目不在服务目录中', en: 'a service is not in the service list' },
  'invalid-hours': {
    'zh-CN': '办公时间格式应如“周一至周五 08:30-12:00,14:00-18:00”',
    en: 'hours are written like "Mon-Fri 08:30-12:00,14:00-18:00"',
  },
  'hours-conflict': {
    'zh-CN': '“办公时间”与“夏季/冬季办公时间”只能二选一，且夏季与冬季须同时填写',
    en: 'give either hours or both summer and winter hours',
  },
  duplicate: { 'zh-CN': '与前面的行重复', en: 'repeats an earlier row' },
  'unknown-firm': { 'zh-CN': '找不到该律师事务所', en: 'no such law firm' },
  'firm-required': { 'zh-CN': '专职、兼职律师须填写执业机构（《律师法》第十条）', en: 'a full-time or part-time lawyer practises at a firm (Lawyers Law Art 10)' },
  'firm-not-allowed': { 'zh-CN': '公职、公司、法律援助律师不在律师事务所执业', en: 'public-sector, company and legal-aid lawyers practise at no firm' },
  'firm-still-named': {
    'zh-CN': '该律师事务所不在新文件中，但仍有律师登记在该所',
    en: 'the firm is left out of the new file but lawyers still practise there',
  },
  'center-has-appointments': {
    'zh-CN': '该中心不在新文件中，但已有预约记录：请保留该中心',
    en: 'the center is left out of the new file but has appointments: keep it in the file',
  },
  'unknown-township': {
    'zh-CN': '不是所在区县的乡镇（街道）名称或9位代码',
    en: 'not a township, town or street of the region (its name or 9-digit code)',
  },
  'outside-jining': {
    'zh-CN': '不在济宁市范围内（WGS-84 经纬度，以度为单位；经度与纬度是否填反？）',
    en: 'not in Jining (WGS-84 degrees; are longitude and latitude swapped?)',
  },
  'invalid-precision': { 'zh-CN': '坐标精度应为 1 至 50000 之间的整数（米）', en: 'precision is whole metres, 1 to 50,000' },
  'location-incomplete': {
    'zh-CN': '经度、纬度和坐标精度须同时填写（或都不填）',
    en: 'give longitude, latitude and precision together (or none of them)',
  },
  'invalid-duty': { 'zh-CN': '驻村时间应如“每周二上午”或“周二、周四下午”', en: 'duty days read like 每周二上午 or 周二、周四下午' },
  'unknown-appraisal-category': {
    'zh-CN': '鉴定类别应为法医类、物证类、声像资料类或环境损害',
    en: 'a category is forensic-medicine (法医类), physical-evidence (物证类), audio-visual (声像资料类) or environmental-damage (环境损害)',
  },
  'unknown-notary-matter': { 'zh-CN': '业务范围中有公证事项不在公证事项目录中', en: 'a matter is not in the notary catalogue' },
  'id-taken': {
    'zh-CN': '该编号已属于另一类服务网点（编号在整个网络中须唯一）',
    en: 'the id belongs to a service point of another kind (ids are unique across the network)',
  },
};

export function problemMessage(code: ImportProblemCode, locale: Locale): string {
  return MESSAGES[code][locale];
}

/**
 * Text from the file as a message may print it: without control characters
 * (C0, DEL, C1: terminal escapes, carriage returns that overwrite the line)
 * or the bidirectional controls that reorder what a terminal shows, and cut
 * short, since a heading can be as long as a cell.
 */
export function printable(text: string, max = 80): string {
  const plain = text.replace(/[\p{Cc}\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu, '');
  const characters = [...plain];
  return characters.length > max ? `${characters.slice(0, max - 1).join('')}…` : plain;
}

/** "lawyers.csv, row 57, 执业证号 (D): a licence number is …" */
export function formatProblem(problem: ImportProblem, locale: Locale): string {
  const where = [
    problem.sheet !== undefined ? `${printable(problem.file)} [${printable(problem.sheet)}]` : printable(problem.file),
    ...(problem.row !== null ? [locale === 'zh-CN' ? `第${problem.row}行` : `row ${problem.row}`] : []),
    // a column is a heading, cut short where it was read, and its letter
    ...(problem.column !== null ? [printable(problem.column, Infinity)] : []),
    ...(problem.record !== undefined ? [printable(problem.record)] : []),
  ];
  return `${where.join(locale === 'zh-CN' ? '，' : ', ')}: ${problemMessage(problem.code, locale)}`;
}
