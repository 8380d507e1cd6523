// The directory on PostgreSQL (../directory-store.ts says what it answers), in
// PostgreSQL's words: jsonb for lists, name search by LIKE on lower(name),
// which the pg_trgm indexes serve; the rows come out as ../directory-rows.ts
// maps them. Every read may go to a read replica: the directory changes only by an import.
import { toCenter, toFirm, toLawyer, type CenterSqlRow, type FirmSqlRow, type LawyerSqlRow } from '../directory-rows.js';
import {
  afterRanked, CITY, keysetPage, LICENCE_NUMBER, MATCH_RANK, searchText, type DirectoryCounts, type DirectoryStore, type LawyerQuery,
} from '../directory-store.js';
import { parsePointKey, toServicePoint, totalsOf, type ServicePointSqlRow } from '../service-points.js';
import type { PostgresTransactions } from './postgres-transactions.js';

/** LIKE anywhere in the text, with the caller's % and _ taken literally. */
const inside = (text: string): string => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Numbered parameters ($1, $2 …) collected as the query is written. */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

const where = (clauses: string[]): string => (clauses.length ? `WHERE ${clauses.join(' AND ')}` : '');

// jsonb and boolean columns are read back as the text and 0/1 the shared row mappers expect
const LAWYER_COLUMNS = `l.id, l.name, l.sex, l.licence_number, l.category, l.firm_id, f.name AS firm_name,
  f.address AS firm_address, f.phone AS firm_phone, l.region, l.practice_areas::text AS practice_areas,
  l.languages::text AS languages, l.first_practice_year, l.accepts_legal_aid::int AS accepts_legal_aid, l.phone
  FROM lawyers l LEFT JOIN law_firms f ON f.id = l.firm_id`;

const FIRM_COLUMNS = `f.id, f.name, f.region, f.address, f.phone,
  (SELECT COUNT(*)::int FROM lawyers l WHERE l.firm_id = f.id) AS lawyer_count,
  (SELECT COALESCE(jsonb_agg(DISTINCT a.value ORDER BY a.value), '[]'::jsonb)::text
     FROM lawyers l, jsonb_array_elements_text(l.practice_areas) a WHERE l.firm_id = f.id) AS practice_areas
  FROM law_firms f`;

const CENTER_COLUMNS = `id, name, level, region, address, phone, services::text AS services, opening_hours::text AS opening_hours,
  township, latitude, longitude, location_precision`;

const POINT_COLUMNS = `id, kind, kind_rank, sort, name, level, region, township, village, address, phone, services::text AS services,
  opening_hours::text AS opening_hours, latitude, longitude, location_precision, details::text AS details`;

function lawyerFilter(query: Omit<LawyerQuery, 'limit' | 'afterId' | 'q'>, p: Params): string[] {
  const clauses: string[] = [];
  if (query.region && query.region !== CITY) clauses.push(`l.region = ${p.add(query.region)}`);
  if (query.practiceArea) clauses.push(`l.practice_areas @> jsonb_build_array(${p.add(query.practiceArea)}::text)`);
  if (query.language) {
    // "zh" matches "zh" and any "zh-…" tag the data may grow
    clauses.push(`EXISTS (SELECT 1 FROM jsonb_array_elements_text(l.languages) v
      WHERE v.value = ${p.add(query.language)} OR v.value LIKE ${p.add(`${query.language.replace(/[\\%_]/g, (c) => `\\${c}`)}-%`)})`);
  }
  if (query.category) clauses.push(`l.category = ${p.add(query.category)}`);
  if (query.acceptsLegalAid !== undefined) clauses.push(`l.accepts_legal_aid = ${p.add(query.acceptsLegalAid)}`);
  if (query.firstPracticeYearAtMost !== undefined) clauses.push(`l.first_practice_year <= ${p.add(query.firstPracticeYearAtMost)}`);
  if (query.firmId) clauses.push(`l.firm_id = ${p.add(query.firmId)}`);
  return clauses;
}

/** Rows whose own name, or another (the firm's), holds the text. */
const matchOf = (text: string, names: string[], p: Params): string => {
  const like = p.add(inside(text));
  return `(${names.map((name) => `lower(${name}) LIKE ${like}`).join(' OR ')})`;
};

/** The rank of a name match, as the SQLite store ranks it: whole name, start, inside, else the firm's name. */
function rankOf(text: string, own: string, p: Params): string {
  const t = p.add(text);
  return `CASE WHEN lower(${own}) = ${t}::text THEN ${MATCH_RANK.exact} WHEN starts_with(lower(${own}), ${t}::text) THEN ${MATCH_RANK.prefix}
    WHEN strpos(lower(${own}), ${t}::text) > 0 THEN ${MATCH_RANK.inside} ELSE ${MATCH_RANK.firm} END`;
}

/** Continues a ranked page after the cursor's (rank, id). */
const afterKey = (afterId: string | undefined, p: Params): string => {
  const after = afterRanked(afterId);
  return after ? `WHERE (r.match_rank, r.id) > (${p.add(after[0])}::int, ${p.add(after[1])}::text COLLATE "C")` : '';
};

export function postgresDirectoryStore({ read: rows }: PostgresTransactions): DirectoryStore {
  const count = async (sql: string, values: unknown[]): Promise<number> => Number((await rows<{ n: string }>(sql, values))[0]?.n ?? 0);
  return {
    async serviceCenters(filter) {
      const p = new Params();
      const clauses: string[] = [];
      if (filter.region && filter.region !== CITY) clauses.push(`region = ${p.add(filter.region)}`);
      if (filter.level) clauses.push(`level = ${p.add(filter.level)}`);
      if (filter.service) clauses.push(`services @> jsonb_build_array(${p.add(filter.service)}::text)`);
      const total = await count(`SELECT COUNT(*) AS n FROM service_centers ${where(clauses)}`, p.values);
      if (filter.afterSort !== undefined) clauses.push(`sort > ${p.add(Number(filter.afterSort))}`);
      const found = await rows<CenterSqlRow & { sort: number }>(`SELECT ${CENTER_COLUMNS}, sort FROM service_centers
        ${where(clauses)} ORDER BY sort LIMIT ${p.add(filter.limit + 1)}`, p.values);
      const page = found.slice(0, filter.limit);
      return {
        items: page.map(({ sort: _sort, ...row }) => toCenter(row)), total,
        nextAfterId: found.length > filter.limit ? String(page.at(-1)?.sort) : null,
      };
    },
    async serviceCenter(id) {
      const [row] = await rows<CenterSqlRow>(`SELECT ${CENTER_COLUMNS} FROM service_centers WHERE id = $1`, [id]);
      return row && toCenter(row);
    },
    async lawyers({ q, limit, afterId, ...filters }) {
      const p = new Params();
      const clauses = lawyerFilter(filters, p);
      const text = q === undefined ? '' : searchText(q);
      if (text === '' || LICENCE_NUMBER.test(text)) {
        // no text, or a licence number: id order (a licence number is one lawyer, by its unique index)
        if (text !== '') clauses.push(`l.licence_number = ${p.add(text)}`);
        const total = await count(`SELECT COUNT(*) AS n FROM lawyers l ${where(clauses)}`, p.values);
        if (afterId) clauses.push(`l.id > ${p.add(afterId)}`);
        const found = await rows<LawyerSqlRow>(`SELECT ${LAWYER_COLUMNS} ${where(clauses)} ORDER BY l.id LIMIT ${p.add(limit + 1)}`, p.values);
        const { items, nextAfterId } = keysetPage(found, limit, false);
        return { items: items.map(toLawyer), total, nextAfterId };
      }
      const counted = new Params();
      const total = await count(`SELECT COUNT(*) AS n FROM lawyers l LEFT JOIN law_firms f ON f.id = l.firm_id
        ${where([...lawyerFilter(filters, counted), matchOf(text, ['l.name', 'f.name'], counted)])}`, counted.values);
      clauses.push(matchOf(text, ['l.name', 'f.name'], p));
      const rank = rankOf(text, 'l.name', p);
      const found = await rows<LawyerSqlRow & { match_rank: number }>(`SELECT * FROM (SELECT ${rank} AS match_rank, ${LAWYER_COLUMNS}
        ${where(clauses)}) r ${afterKey(afterId, p)} ORDER BY r.match_rank, r.id LIMIT ${p.add(limit + 1)}`, p.values);
      const { items, nextAfterId } = keysetPage(found, limit, true);
      return { items: items.map(({ match_rank: _rank, ...row }) => toLawyer(row)), total, nextAfterId };
    },
    async lawyer(id) {
      const [row] = await rows<LawyerSqlRow>(`SELECT ${LAWYER_COLUMNS} WHERE l.id = $1`, [id]);
      return row && toLawyer(row);
    },
    async lawFirms({ q, region, practiceArea, limit, afterId }) {
      const p = new Params();
      const clauses: string[] = [];
      if (region && region !== CITY) clauses.push(`f.region = ${p.add(region)}`);
      if (practiceArea) {
        clauses.push(`EXISTS (SELECT 1 FROM lawyers l WHERE l.firm_id = f.id AND l.practice_areas @> jsonb_build_array(${p.add(practiceArea)}::text))`);
      }
      const text = q === undefined ? '' : searchText(q);
      if (text === '') {
        const total = await count(`SELECT COUNT(*) AS n FROM law_firms f ${where(clauses)}`, p.values);
        if (afterId) clauses.push(`f.id > ${p.add(afterId)}`);
        const found = await rows<FirmSqlRow>(`SELECT ${FIRM_COLUMNS} ${where(clauses)} ORDER BY f.id LIMIT ${p.add(limit + 1)}`, p.values);
        const { items, nextAfterId } = keysetPage(found, limit, false);
        return { items: items.map(toFirm), total, nextAfterId };
      }
      clauses.push(matchOf(text, ['f.name'], p));
      const total = await count(`SELECT COUNT(*) AS n FROM law_firms f ${where(clauses)}`, p.values);
      const rank = rankOf(text, 'f.name', p);
      const found = await rows<FirmSqlRow & { match_rank: number }>(`SELECT * FROM (SELECT ${rank} AS match_rank, ${FIRM_COLUMNS}
        ${where(clauses)}) r ${afterKey(afterId, p)} ORDER BY r.match_rank, r.id LIMIT ${p.add(limit + 1)}`, p.values);
      const { items, nextAfterId } = keysetPage(found, limit, true);
      return { items: items.map(({ match_rank: _rank, ...row }) => toFirm(row)), total, nextAfterId };
    },
    async lawFirm(id) {
      const [row] = await rows<FirmSqlRow>(`SELECT ${FIRM_COLUMNS} WHERE f.id = $1`, [id]);
      return row && toFirm(row);
    },
    async servicePoints({ kind, region, township, service, q, limit, afterKey }) {
      const p = new Params();
      const clauses: string[] = [];
      if (region && region !== CITY) clauses.push(`county = ${p.add(region)}`);
      if (township) clauses.push(`township = ${p.add(township)}`);
      if (service) clauses.push(`services @> jsonb_build_array(${p.add(service)}::text)`);
      const text = q === undefined ? '' : searchText(q);
      if (text) {
        const t = p.add(text);
        clauses.push(`(strpos(lower(name), ${t}) > 0 OR strpos(lower(coalesce(village, '')), ${t}) > 0 OR strpos(lower(address), ${t}) > 0)`);
      }
      const totalsByKind = totalsOf(await rows<{ kind: string; n: string }>(
        `SELECT kind, COUNT(*) AS n FROM service_point_list ${where(clauses)} GROUP BY kind`, p.values));
      if (kind) clauses.push(`kind = ${p.add(kind)}`);
      const after = parsePointKey(afterKey);
      if (after) clauses.push(`(kind_rank, sort) > (${p.add(after[0])}::int, ${p.add(after[1])}::int)`);
      const found = await rows<ServicePointSqlRow>(`SELECT ${POINT_COLUMNS} FROM service_point_list ${where(clauses)}
        ORDER BY kind_rank, sort LIMIT ${p.add(limit + 1)}`, p.values);
      const page = found.slice(0, limit);
      const last = page.at(-1);
      return {
        items: page.map(toServicePoint), totalsByKind,
        total: kind ? totalsByKind[kind] : Object.values(totalsByKind).reduce((a, b) => a + b, 0),
        nextAfterId: found.length > limit && last ? `${last.kind_rank}:${last.sort}` : null,
      };
    },
    async servicePoint(id) {
      const [row] = await rows<ServicePointSqlRow>(`SELECT ${POINT_COLUMNS} FROM service_point_list WHERE id = $1`, [id]);
      return row && toServicePoint(row);
    },
    async counts() {
      const [row] = await rows<DirectoryCounts>(`SELECT
        (SELECT COUNT(*)::int FROM service_centers) AS "serviceCenters", (SELECT COUNT(*)::int FROM law_firms) AS "lawFirms",
        (SELECT COUNT(*)::int FROM lawyers) AS lawyers, (SELECT COUNT(*)::int FROM service_points WHERE kind = 'notary-office') AS "notaryOffices",
        (SELECT COUNT(*)::int FROM service_point_list) AS "servicePoints"`);
      return row as DirectoryCounts;
    },
  };
}
