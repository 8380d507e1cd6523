// A citation as a resident reads it: 《公证法》第25条 / Notary Law of the PRC (2017), Art 25,
// or the public list that names an item where no article does.
import type { LegalBasis, NotaryChecklistItem } from '@plskit/sdk';
import type { Locale } from '../locale/locale.js';

type Citation = NotaryChecklistItem['basis'];

const ITEM = /^(\d+)\((\d+)\)$/;

export function lawCitation(basis: LegalBasis, locale: Locale): string {
  const law = basis.title?.[locale] ?? basis.law;
  if (locale === 'en') return `${law}, Art ${basis.article}`;
  const item = ITEM.exec(basis.article);
  return `《${law}》第${item ? `${item[1]}条第(${item[2]})项` : `${basis.article}条`}`;
}

export function citationText(basis: Citation, locale: Locale): string {
  return 'source' in basis ? basis.source.title : lawCitation(basis, locale);
}
