// The synthetic city written out as a justice bureau's rosters (Chinese
// headings, Chinese values), for the import tests: 109 firms, 1,604 lawyers,
// 994 village legal advisers.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { JiningDataset } from '../src/dataset/jining-dataset.js';
import { townshipByCode } from '../src/dataset/jining-townships.data.js';
import { PRACTICE_AREAS } from '../src/dataset/practice-areas.js';
import { creditCodeCheckCharacter } from '../src/directory-import/field-rules.js';

const CATEGORY_ZH = { 'full-time': '专职', 'part-time': '兼职', 'public-sector': '公职', company: '公司', 'legal-aid': '法律援助' };
const AREA_ZH = new Map(PRACTICE_AREAS.map((a) => [a.code, a.name['zh-CN']]));

/** A valid unified social credit code for the n-th firm (registration authority 3, a law firm's). */
export function creditCodeFor(n: number): string {
  const first17 = `313708${String(n).padStart(11, '0')}`;
  return first17 + creditCodeCheckCharacter(first17);
}

export const csv = (rows: readonly (readonly (string | number)[])[]): string =>
  `${rows.map((row) => row.map((cell) => `"${String(cell).replace(/"/g, '""')}"`).join(',')).join('\r\n')}\r\n`;

export const FIRM_HEADINGS = ['律师事务所名称', '统一社会信用代码', '所在区县', '地址', '联系电话'];
export const LAWYER_HEADINGS = ['姓名', '性别', '执业证号', '执业类别', '执业机构', '所在区县', '业务专长', '工作语言', '首次执业年份', '承办法律援助', '联系电话'];

export function firmRows(dataset: JiningDataset): string[][] {
  return dataset.lawFirms.map((f, i) => [f.name, creditCodeFor(i + 1), f.region, f.address, f.phone]);
}

export function lawyerRows(dataset: JiningDataset): string[][] {
  const firmName = new Map(dataset.lawFirms.map((f) => [f.id, f.name]));
  return dataset.lawyers.map((l) => [
    l.name, l.sex === 'male' ? '男' : '女', l.licenceNumber, CATEGORY_ZH[l.category], l.firmId ? firmName.get(l.firmId) ?? '' : '',
    l.firmId ? '' : l.region, l.practiceAreas.map((a) => AREA_ZH.get(a)).join('、'), l.languages.join('、'),
    String(l.firstPracticeYear), l.acceptsLegalAid ? '是' : '否', l.phone ?? '',
  ]);
}

/** Writes 律师事务所.csv and 律师.csv into `dir`; `lawyers` may be edited rows. */
export function writeRosters(dir: string, dataset: JiningDataset, lawyers = lawyerRows(dataset)): void {
  writeFileSync(join(dir, '律师事务所.csv'), csv([FIRM_HEADINGS, ...firmRows(dataset)]));
  writeFileSync(join(dir, '律师.csv'), csv([LAWYER_HEADINGS, ...lawyers]));
}

export const ADVISER_HEADINGS = ['编号', '姓名', '所在区县', '乡镇（街道）', '村（社区）', '地址', '联系电话', '驻村时间', '执业机构', '微信群', '经度', '纬度', '坐标精度（米）'];

const WEEKDAY_ZH = ['', '一', '二', '三', '四', '五', '六', '日'];
const PART_ZH = { morning: '上午', afternoon: '下午', day: '全天' };

/** The advisers as a county's roster writes them: the township by name, the duty days as words ("每周二上午；周四上午"). */
export function adviserRows(dataset: JiningDataset): string[][] {
  return dataset.servicePoints.filter((p) => p.kind === 'village-legal-adviser').map((p) => [
    p.id, p.name, p.region, townshipByCode(p.township ?? '')?.name ?? '', p.village ?? '', p.address, p.phone,
    (p.details.duty ?? []).map((d) => `每周${WEEKDAY_ZH[d.weekday]}${PART_ZH[d.part]}`).join('；'), p.details.affiliation ?? '',
    p.details.wechatGroup ?? '', String(p.location?.longitude ?? ''), String(p.location?.latitude ?? ''), String(p.location?.precision ?? ''),
  ]);
}
