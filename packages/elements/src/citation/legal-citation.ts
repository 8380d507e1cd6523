// A LegalBasis as a resident reads it, the law's title taken from core's list of
// laws where the basis carries none: 《中华人民共和国法律援助法》第31条第(4)项 /
// Legal Aid Law of the PRC (2021), Art 31(4).
import { LAWS, type LawCode, type LegalBasis } from '@plskit/core';
import { localized, type DisplayLocale } from '../locale/locale.js';
import { lawCitation } from './article-text.js';

export function citation(basis: LegalBasis, locale: DisplayLocale): string {
  const title = basis.title ?? LAWS[basis.law as LawCode]?.title;
  return lawCitation(title ? localized(title, locale) : basis.law, basis.article, locale);
}

/** Whether the cited law's text or currency is unverified. */
export function citesUnverifiedLaw(basis: LegalBasis): boolean {
  return LAWS[basis.law as LawCode]?.unverified ?? false;
}
