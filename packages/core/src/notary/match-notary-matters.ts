// Finds notary matters as a resident names them: a Chinese word anywhere in the
// name or a search term ("房子", "出国"), or the start of an English word or of
// pinyin initials ("hou" → house, "jc" → 继承). Exact terms rank first.
import type { LocalizedText } from '../locale/locale.js';

export interface SearchableMatter {
  name: LocalizedText;
  searchTerms: readonly string[];
}

const ASCII = /^[\x20-\x7e]+$/;

function normalise(text: string): string {
  return text.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');
}

function score(words: string[], query: string): number {
  let best = 0;
  for (const word of words) {
    if (word === query) return 3;
    if (ASCII.test(query)) {
      // an English or pinyin query matches the start of a word, so "dy" finds 抵押 but not "study"
      if (word.split(/[^a-z0-9]+/).some((part) => part.startsWith(query)) || (query.includes(' ') && word.startsWith(query))) best = Math.max(best, 2);
    } else if (word.includes(query)) {
      best = Math.max(best, 2);
    }
  }
  return best;
}

/** The matters that match the query, best first, in catalogue order within a rank; all of them for an empty query. */
export function matchNotaryMatters<M extends SearchableMatter>(matters: readonly M[], query: string): M[] {
  const q = normalise(query);
  if (q === '') return [...matters];
  return matters
    .map((matter, index) => {
      const words = [matter.name['zh-CN'], matter.name.en, ...matter.searchTerms].map(normalise);
      return { matter, index, rank: score(words, q) };
    })
    .filter((entry) => entry.rank > 0)
    .sort((a, b) => b.rank - a.rank || a.index - b.index)
    .map((entry) => entry.matter);
}
