// A LegalBasis as a resident reads it: the law's title and the article, e.g.
// 《中华人民共和国法律援助法》第31条第(4)项 / Legal Aid Law of the PRC (2021), Art 31(4).
import { LAWS, type LawCode, type LegalBasis } from '@plskit/core';
import { localized, type Locale } from '../locale/locale.js';

const ARTICLE = /^(\d+)(?:\.(\d+))?(?:\((\d+)\))?$/;

function articleText(article: string, locale: Locale): string {
  const parts = ARTICLE.exec(article);
  if (!parts) return locale === 'en' ? `Art ${article}` : `第${article}条`;
  const [, number, paragraph, item] = parts;
  if (locale === 'en') return `Art ${number}${paragraph ? `(${paragraph})` : ''}${item ? ` item ${item}` : ''}`;
  return `第${number}条${paragraph ? `第${paragraph}款` : ''}${item ? `第(${item})项` : ''}`;
}

export function citation(basis: LegalBasis, locale: Locale): string {
  const title = basis.title ?? LAWS[basis.law as LawCode]?.title;
  const law = title ? localized(title, locale) : basis.law;
  return locale === 'en' ? `${law}, ${articleText(basis.article, locale)}` : `《${law}》${articleText(basis.article, locale)}`;
}

/** Whether the cited law's text or currency is unverified. */
export function citesUnverifiedLaw(basis: LegalBasis): boolean {
  return LAWS[basis.law as LawCode]?.unverified ?? false;
}
