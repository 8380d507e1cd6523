// The one way plskit writes a citation for residents: 《公证法》第25条第1款第(2)项 /
// Notary Law of the PRC (2017), Art 25(1)(2). The data's article is "N", "N.P"
// (paragraph), "N(I)" (item) or "N.P(I)". No law titles here, so a widget whose
// data carries its titles (the notary checklist) does not load them all.
import { dataLocale, type DisplayLocale } from '../locale/locale.js';

const ARTICLE = /^(\d+)(?:\.(\d+))?(?:\((\d+)\))?$/;

export function articleText(article: string, locale: DisplayLocale): string {
  const [, number = article, paragraph, item] = ARTICLE.exec(article) ?? [];
  if (dataLocale(locale) === 'en') return `Art ${number}${paragraph ? `(${paragraph})` : ''}${item ? `(${item})` : ''}`;
  return `第${number}条${paragraph ? `第${paragraph}款` : ''}${item ? `第(${item})项` : ''}`;
}

/** A law's title and an article, as the locale writes a citation. */
export function lawCitation(lawTitle: string, article: string, locale: DisplayLocale): string {
  return dataLocale(locale) === 'en' ? `${lawTitle}, ${articleText(article, locale)}` : `《${lawTitle}》${articleText(article, locale)}`;
}
