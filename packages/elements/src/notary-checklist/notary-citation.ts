// An item's ground as a resident reads it: a law and article (citation/article-text),
// or the public list that names the item where no article does.
import type { LegalBasis, NotaryChecklistItem } from '@plskit/sdk';
import { lawCitation as cite } from '../citation/article-text.js';
import { localized, type DisplayLocale } from '../locale/locale.js';

type Citation = NotaryChecklistItem['basis'];

export function lawCitation(basis: LegalBasis, locale: DisplayLocale): string {
  return cite((basis.title ? localized(basis.title, locale) : basis.law), basis.article, locale);
}

export function citationText(basis: Citation, locale: DisplayLocale): string {
  return 'source' in basis ? basis.source.title : lawCitation(basis, locale);
}
