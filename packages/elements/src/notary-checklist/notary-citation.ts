// A citation as a resident reads it: 《公证法》第25条 / Notary Law of the PRC (2017), Art 25,
// or the public list that names an item where no article does. The article is
// "N", "N.P" (paragraph), "N(I)" (item) or "N.P(I)"; prose writes Art 25(1).
import type { LegalBasis, NotaryChecklistItem } from '@plskit/sdk';
import type { Locale } from '../locale/locale.js';

type Citation = NotaryChecklistItem['basis'];

const ARTICLE = /^(\d+)(?:\.(\d+))?(?:\((\d+)\))?$/;

export function lawCitation(basis: LegalBasis, locale: Locale): string {
  const law = basis.title?.[locale] ?? basis.law;
  const [, number = basis.article, paragraph, item] = ARTICLE.exec(basis.article) ?? [];
  if (locale === 'en') return `${law}, Art ${number}${paragraph ? `(${paragraph})` : ''}${item ? `(${item})` : ''}`;
  return `《${law}》第${number}条${paragraph ? `第${paragraph}款` : ''}${item ? `第(${item})项` : ''}`;
}

export function citationText(basis: Citation, locale: Locale): string {
  return 'source' in basis ? basis.source.title : lawCitation(basis, locale);
}
