// The search tables derived from the directory: practice areas and languages
// as junction tables (indexed, where JSON lists are not), and the 1- and
// 2-character grams of every lawyer's and firm's name. A Chinese name is 1–3
// characters, so a query of 1–2 characters is one gram, looked up in an index
// already in rank order (whole name, start, inside, the firm's name); a longer
// one narrows to the rows holding its first 2-gram. Rebuilt when the directory
// changed since (its triggers count directory_version up) or was never indexed.
import { MATCH_RANK, searchText } from '../directory-store.js';
import type { SqliteDatabase } from './sqlite-database.js';

export const SEARCH_INDEX_VERSION = 'v1';

/** Every 1- and 2-character gram of a name with its best rank in it. */
export function nameGrams(name: string): Map<string, number> {
  const text = [...searchText(name)];
  const grams = new Map<string, number>();
  const add = (gram: string, rank: number) => grams.set(gram, Math.min(rank, grams.get(gram) ?? rank));
  for (let i = 0; i < text.length; i++) {
    for (const length of [1, 2]) {
      if (i + length > text.length) continue;
      const gram = text.slice(i, i + length).join('');
      add(gram, length === text.length ? MATCH_RANK.exact : i === 0 ? MATCH_RANK.prefix : MATCH_RANK.inside);
    }
  }
  return grams;
}

/** How many writes the directory has seen (lawyers and law_firms' triggers count them). */
export function directoryVersion(db: SqliteDatabase): string {
  return String(db.prepare("SELECT value FROM dataset_meta WHERE key = 'directory_version'").pluck().get() ?? '');
}

export function searchIndexIsCurrent(db: SqliteDatabase): boolean {
  const built = db.prepare("SELECT value FROM dataset_meta WHERE key = 'search_index'").pluck().get();
  return built === `${SEARCH_INDEX_VERSION}@${directoryVersion(db)}`;
}

export function rebuildSearchIndex(db: SqliteDatabase): void {
  const firms = db.prepare('SELECT id, name FROM law_firms').all() as { id: string; name: string }[];
  const lawyers = db.prepare('SELECT id, name, firm_id, practice_areas, languages FROM lawyers').all() as
    { id: string; name: string; firm_id: string | null; practice_areas: string; languages: string }[];
  const lawyerGram = db.prepare('INSERT INTO lawyer_name_grams (gram, rank, lawyer_id) VALUES (?, ?, ?)');
  const firmGram = db.prepare('INSERT INTO firm_name_grams (gram, rank, firm_id) VALUES (?, ?, ?)');
  const area = db.prepare('INSERT INTO lawyer_practice_areas (area, lawyer_id) VALUES (?, ?)');
  const language = db.prepare('INSERT OR IGNORE INTO lawyer_languages (language, lawyer_id) VALUES (?, ?)');
  const firmArea = db.prepare('INSERT OR IGNORE INTO firm_practice_areas (area, firm_id) VALUES (?, ?)');
  db.transaction(() => {
    for (const table of ['lawyer_name_grams', 'firm_name_grams', 'lawyer_practice_areas', 'lawyer_languages', 'firm_practice_areas']) {
      db.exec(`DELETE FROM ${table}`);
    }
    const firmGrams = new Map<string, Map<string, number>>();
    for (const firm of firms) {
      const grams = nameGrams(firm.name);
      firmGrams.set(firm.id, grams);
      for (const [gram, rank] of grams) firmGram.run(gram, rank, firm.id);
    }
    for (const lawyer of lawyers) {
      const grams = nameGrams(lawyer.name);
      // a gram of the firm's name that is not in the lawyer's own ranks after it
      for (const gram of firmGrams.get(lawyer.firm_id ?? '')?.keys() ?? []) if (!grams.has(gram)) grams.set(gram, MATCH_RANK.firm);
      for (const [gram, rank] of grams) lawyerGram.run(gram, rank, lawyer.id);
      for (const code of new Set(JSON.parse(lawyer.practice_areas) as string[])) {
        area.run(code, lawyer.id);
        if (lawyer.firm_id) firmArea.run(code, lawyer.firm_id);
      }
      for (const tag of JSON.parse(lawyer.languages) as string[]) language.run(tag, lawyer.id);
    }
    db.prepare(`INSERT INTO dataset_meta (key, value) VALUES ('search_index', ?)
      ON CONFLICT (key) DO UPDATE SET value = excluded.value`).run(`${SEARCH_INDEX_VERSION}@${directoryVersion(db)}`);
  }).immediate();
}

/** Builds the search tables if the directory changed since they were built (or never were). */
export function ensureSearchIndex(db: SqliteDatabase): boolean {
  if (searchIndexIsCurrent(db)) return false;
  rebuildSearchIndex(db);
  return true;
}
