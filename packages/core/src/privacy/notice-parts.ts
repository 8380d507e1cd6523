// What every privacy notice shares: the rights a resident may exercise (PIPL
// Arts 15, 45-48), the citation of PIPL, and how the operator's retention
// period enters the version (so nobody agrees to a period the server does not keep).
import { cite } from '../legal-basis/laws.data.js';
import type { LegalBasis } from '../legal-basis/legal-basis.js';
import type { CitedText } from './privacy-notice.js';

export const pipl = (article: string): LegalBasis => cite('pipl-2021', article);

export const RESIDENT_RIGHTS: readonly CitedText[] = [
  { text: { 'zh-CN': '查阅、复制您的个人信息', en: 'See and get a copy of your personal information' }, basis: pipl('45') },
  { text: { 'zh-CN': '更正、补充不准确的信息', en: 'Have inaccurate information corrected or completed' }, basis: pipl('46') },
  { text: { 'zh-CN': '要求删除您的个人信息', en: 'Have your personal information deleted' }, basis: pipl('47') },
  { text: { 'zh-CN': '撤回同意', en: 'Withdraw your consent' }, basis: pipl('15') },
  { text: { 'zh-CN': '要求解释处理规则', en: 'Ask for the rules of this processing to be explained' }, basis: pipl('48') },
];

/** The default retention period of every notice: PLSKIT_RETAIN_CONTACT_DAYS in the sandbox. */
export const DEFAULT_CONTACT_RETENTION_DAYS = 30;

/** A notice's version for a retention period: the text's own, with a non-default period appended (2026-12.r90). */
export function versionWithRetention(textVersion: string, retainDays: number): string {
  if (!Number.isInteger(retainDays) || retainDays < 0 || retainDays > 3650) {
    throw new RangeError('retainContactDays must be a whole number of days, 0 to 3650');
  }
  return retainDays === DEFAULT_CONTACT_RETENTION_DAYS ? textVersion : `${textVersion}.r${retainDays}`;
}
