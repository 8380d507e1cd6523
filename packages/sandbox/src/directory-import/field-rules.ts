// Reading one cell into the directory's value, or saying why it cannot be.
// The rules are the ones the rest of the sandbox keeps: the licence number
// pattern, Jining's division codes, the practice-area taxonomy, the service
// codes, core's mobile-number check.
import { NOTARY_CATALOGUE, normalizeMobile, type ServiceCode } from '@plskit/core';
import type { CenterLevel } from '../dataset/jining-dataset.js';
import { JINING_CITY, JINING_DIVISIONS } from '../dataset/jining-divisions.js';
import { LICENCE_NUMBER_PATTERN, type LawyerCategory } from '../dataset/licence-number.js';
import { PRACTICE_AREAS } from '../dataset/practice-areas.js';
import type { AppraisalCategory, DutySession } from '../dataset/service-point-record.js';
import type { Cell } from './cell.js';
import type { ImportProblemCode } from './import-problem.js';

export type Rule<T> = (cell: Cell, thisYear: number) => { value: T } | { problem: ImportProblemCode };

const ok = <T>(value: T) => ({ value });
const fail = (problem: ImportProblemCode) => ({ problem });

/** The cell as trimmed text (names keep their exact characters); a number cell reads as its digits. */
export function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

/** A code-like cell with full-width digits and letters made plain (１３７０８ → 13708). */
const codeText = (cell: Cell): string => cellText(cell).normalize('NFKC');

const key = (text: string): string => text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

/** A rule that maps spellings (already normalized by `key`) to one code. */
function oneOf<T extends string>(spellings: Record<string, T>, problem: ImportProblemCode): Rule<T> {
  return (cell) => {
    const found = spellings[key(cellText(cell))];
    return found ? ok(found) : fail(problem);
  };
}

/** A list cell ("婚姻家庭、劳动争议" or "labour, contract"), each item read by `item`; "/" is no separator (公司/企业法务). */
function listOf<T>(item: (text: string) => T | undefined, problem: ImportProblemCode): Rule<T[]> {
  return (cell) => {
    const values: T[] = [];
    for (const text of cellText(cell).split(/[、,，;；|]/).map((s) => s.trim()).filter(Boolean)) {
      const value = item(text);
      if (value === undefined) return fail(problem);
      if (!values.includes(value)) values.push(value);
    }
    return ok(values);
  };
}

export const text = (maxLength: number): Rule<string> => (cell) => {
  const value = cellText(cell);
  return value.length > maxLength ? fail('too-long') : ok(value);
};

export const directoryId: Rule<string> = (cell) => {
  const value = codeText(cell);
  return /^[A-Za-z0-9-]{1,64}$/.test(value) ? ok(value) : fail('invalid-id');
};

export const licenceNumber: Rule<string> = (cell, thisYear) => {
  // a 17-digit number in a number cell has already lost its last digits (IEEE double, and Excel keeps 15)
  if (typeof cell === 'number') return fail('stored-as-number');
  const value = codeText(cell);
  if (!LICENCE_NUMBER_PATTERN.test(value)) return fail('invalid-licence-number');
  const year = Number(value.slice(5, 9));
  return year >= 1950 && year <= thisYear ? ok(value) : fail('invalid-licence-number');
};

// GB 32100-2015: 18 characters of 0-9 and 21 capitals (no I O S V Z), the last a check character
const CREDIT_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export function creditCodeCheckCharacter(first17: string): string {
  const sum = [...first17].reduce((total, c, i) => total + CREDIT_ALPHABET.indexOf(c) * (CREDIT_WEIGHTS[i] as number), 0);
  return CREDIT_ALPHABET[(31 - (sum % 31)) % 31] as string;
}

export const creditCode: Rule<string> = (cell) => {
  const value = codeText(cell).toUpperCase();
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(value)) return fail('invalid-credit-code');
  return creditCodeCheckCharacter(value.slice(0, 17)) === value[17] ? ok(value) : fail('invalid-credit-code');
};

const REGIONS: Record<string, string> = Object.fromEntries(
  [JINING_CITY, ...JINING_DIVISIONS].flatMap((d) => [[key(d.code), d.code], [key(d.nameZh), d.code], [key(d.nameEn), d.code]]),
);

export const region: Rule<string> = oneOf(REGIONS, 'invalid-region');

/** A public work phone: a landline with its area code, a service hotline, or a mobile number. */
export const phone: Rule<string> = (cell) => {
  const value = codeText(cell);
  const landline = /^0\d{2,3}-?\d{7,8}(-\d{1,6})?$/.test(value) || /^\(0\d{2,3}\)\d{7,8}$/.test(value);
  // the 12348 legal-service hotline, also written with the area code (0537-12348)
  const hotline = /^((0\d{2,3}-?)?12348|12345|400-?\d{3}-?\d{4})$/.test(value);
  if (landline || hotline) return ok(value);
  return normalizeMobile(value) ? ok(value) : fail('invalid-phone');
};

export const sex = oneOf<'male' | 'female'>({ 男: 'male', male: 'male', m: 'male', 女: 'female', female: 'female', f: 'female' }, 'invalid-sex');

export const category = oneOf<LawyerCategory>({
  专职: 'full-time', 专职律师: 'full-time', 'full-time': 'full-time',
  兼职: 'part-time', 兼职律师: 'part-time', 'part-time': 'part-time',
  公职: 'public-sector', 公职律师: 'public-sector', 'public-sector': 'public-sector',
  公司: 'company', 公司律师: 'company', company: 'company',
  法律援助: 'legal-aid', 法援: 'legal-aid', 法律援助律师: 'legal-aid', 'legal-aid': 'legal-aid',
}, 'invalid-category');

export const yesNo = oneOf<'yes' | 'no'>({
  是: 'yes', yes: 'yes', y: 'yes', true: 'yes', '1': 'yes', '√': 'yes',
  否: 'no', no: 'no', n: 'no', false: 'no', '0': 'no', '': 'no',
}, 'invalid-yes-no');

/** A year, or the year of a date ("2007", "2007年", "2007-05-01", a date cell). */
export const year: Rule<number> = (cell, thisYear) => {
  const value = cell instanceof Date ? cell.getUTCFullYear() : Number(/^(\d{4})(?:年|[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月(?:\d{1,2}日)?)?$/.exec(codeText(cell))?.[1]);
  return Number.isInteger(value) && value >= 1950 && value <= thisYear ? ok(value) : fail('invalid-year');
};

const AREAS: Record<string, string> = Object.fromEntries(
  PRACTICE_AREAS.flatMap((a) => [[key(a.code), a.code], [key(a.name['zh-CN']), a.code], [key(a.name.en), a.code]]),
);

export const practiceAreas: Rule<string[]> = listOf((t) => AREAS[key(t)], 'unknown-practice-area');

const LANGUAGE_NAMES: Record<string, string> = {
  中文: 'zh', 汉语: 'zh', 普通话: 'zh', 英语: 'en', 英文: 'en', 日语: 'ja', 韩语: 'ko', 朝鲜语: 'ko',
  法语: 'fr', 德语: 'de', 俄语: 'ru', 西班牙语: 'es', 阿拉伯语: 'ar',
};

export const languages: Rule<string[]> = listOf(
  (t) => LANGUAGE_NAMES[key(t)] ?? (/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(t) && t.length <= 35 ? t : undefined),
  'invalid-language',
);

export const level = oneOf<CenterLevel>({
  市级: 'city', 市: 'city', city: 'city',
  县级: 'county', 区县: 'county', '县(市、区)': 'county', county: 'county',
  分中心: 'branch', branch: 'branch',
  乡镇: 'township', 街道: 'township', 镇街: 'township', '乡镇(街道)': 'township', township: 'township',
}, 'invalid-level');

const SERVICES: Record<string, ServiceCode> = {
  法律咨询: 'legal-consultation', 'legal-consultation': 'legal-consultation',
  法律援助: 'legal-aid-application', 法律援助申请: 'legal-aid-application', 'legal-aid-application': 'legal-aid-application',
  公证: 'notarization', 公证服务: 'notarization', notarization: 'notarization',
  调解: 'mediation', 人民调解: 'mediation', mediation: 'mediation',
  司法鉴定: 'forensic-appraisal-guidance', 司法鉴定指引: 'forensic-appraisal-guidance',
  'forensic-appraisal-guidance': 'forensic-appraisal-guidance',
};

export const services: Rule<ServiceCode[]> = listOf((t) => SERVICES[key(t)], 'unknown-service');

/** A decimal number cell: a number, or text such as "116.5871" (full-width digits too). */
const decimal = (cell: Cell): number => (typeof cell === 'number' ? cell : Number(codeText(cell)));

// WGS-84 degrees within Jining and a margin (34.4–36.0 N, 115.9–117.6 E): a pair outside is another place, or swapped
export const latitude: Rule<number> = (cell) => {
  const value = decimal(cell);
  return Number.isFinite(value) && value >= 34 && value <= 36.5 ? ok(value) : fail('outside-jining');
};

export const longitude: Rule<number> = (cell) => {
  const value = decimal(cell);
  return Number.isFinite(value) && value >= 115.5 && value <= 118 ? ok(value) : fail('outside-jining');
};

/** The survey's precision in whole metres, 1 to 50,000 ("50", "50米", "50 m"). */
export const precision: Rule<number> = (cell) => {
  const value = typeof cell === 'number' ? cell : Number(/^(\d{1,5})\s*(?:米|m)?$/i.exec(codeText(cell))?.[1]);
  return Number.isInteger(value) && value >= 1 && value <= 50_000 ? ok(value) : fail('invalid-precision');
};

const WEEKDAY: Record<string, DutySession['weekday']> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7 };
const DAY_PART: Record<string, DutySession['part']> = { 上午: 'morning', 下午: 'afternoon', 全天: 'day' };

/**
 * An adviser's days at the village as a roster writes them: "每周二上午",
 * "周二、周四下午", "周三全天；周五上午" (上午 morning, 下午 afternoon, 全天 the day).
 */
export const duty: Rule<DutySession[]> = (cell) => {
  const sessions: DutySession[] = [];
  for (const part of cellText(cell).split(/[;；,，]/).map((t) => t.trim()).filter(Boolean)) {
    const match = /^(?:每周)?((?:(?:周|星期)?[一二三四五六日天][、和及]?)+)(上午|下午|全天)$/.exec(part.replace(/\s+/g, ''));
    if (!match) return fail('invalid-duty');
    for (const day of (match[1] as string).replace(/周|星期|[、和及]/g, '')) {
      sessions.push({ weekday: WEEKDAY[day] as DutySession['weekday'], part: DAY_PART[match[2] as string] as DutySession['part'] });
    }
  }
  return sessions.length ? ok(sessions) : fail('invalid-duty');
};

const CATEGORIES: Record<string, AppraisalCategory> = {
  法医: 'forensic-medicine', 法医类: 'forensic-medicine', 'forensic-medicine': 'forensic-medicine',
  物证: 'physical-evidence', 物证类: 'physical-evidence', 'physical-evidence': 'physical-evidence',
  声像资料: 'audio-visual', 声像资料类: 'audio-visual', 'audio-visual': 'audio-visual',
  环境损害: 'environmental-damage', 环境损害类: 'environmental-damage', 'environmental-damage': 'environmental-damage',
};

export const appraisalCategories: Rule<AppraisalCategory[]> = listOf((t) => CATEGORIES[key(t)], 'unknown-appraisal-category');

// a matter by its code, its name in either language, or its name without "公证" (出生公证 → 出生)
const MATTERS: Record<string, string> = Object.fromEntries(NOTARY_CATALOGUE.matters.flatMap((m) => [
  [key(m.code), m.code], [key(m.name['zh-CN']), m.code], [key(m.name['zh-CN'].replace(/公证.*$/, '')), m.code], [key(m.name.en), m.code],
]));

export const notaryMatters: Rule<string[]> = listOf((t) => MATTERS[key(t)], 'unknown-notary-matter');
