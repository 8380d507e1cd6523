// The public sources the notary catalogue names where no article lists an item
// (证明材料清单制: every item has a law or a published list behind it).
import type { Source } from '../legal-basis/legal-basis.js';
import type { DataReview } from '../review/data-review.js';

/** Material lists published by notary offices: what "ID and 户口簿 plus …" rests on. */
export const PUBLISHED_LISTS: Source = {
  title: 'Notary offices’ published material lists (ale.gov.cn notary guide; hzsyggzc.com list)', tag: 'V-3p',
};

/** The national notary association's guideline for inheritance. */
export const CNA_INHERITANCE: Source = {
  title: '中国公证协会《办理继承公证的指导意见》(2009), via cdsdgzc.com', tag: 'V-3p',
};

export const TRANSLATION_SOURCES: Source = {
  title: 'Ministry of Justice [92]司公函102号 (Spanish for Spanish-speaking states); ccpitcertification blog on documents for use abroad', tag: 'V-3p',
};

export const MFA_APOSTILLE: Source = {
  title: 'Ministry of Foreign Affairs notice of 2023-10-23 on the Apostille Convention (reposted at mjnotary.cn, wb.jiangsu.gov.cn)', tag: 'V-3p',
};

/** 证明材料清单制, 一次性告知 and 告知承诺制; the opinion's date is not confirmed. */
export const MOJ_SERVICE_OPINION: Source = {
  title: 'Ministry of Justice《关于优化公证服务更好利企便民的意见》, as implemented in Chongqing', url: 'https://xsdict.cn/gongzheng/xinwen/1090.html', tag: 'V-3p',
};

export const HANGZHOU_PROPERTY_POA: Source = {
  title: 'Hangzhou notary office: real-estate 委托 "最快7日", excluding verification time', tag: 'V-3p',
};

export const NOTARY_SOURCES_REVIEW: DataReview = {
  table: 'notary sources',
  reviewed: '2026-11-30',
  sources: [PUBLISHED_LISTS, CNA_INHERITANCE, TRANSLATION_SOURCES, MFA_APOSTILLE, MOJ_SERVICE_OPINION, HANGZHOU_PROPERTY_POA],
  reReview: { who: 'With the notary catalogue', when: 'With the notary catalogue: each source still published, and still saying what it is cited for' },
};
