// The directory on the SQLite file (../directory-store.ts says what it
// answers). Every search reads the rows of its answer through an index, never
// the whole table; statements are prepared once per shape of query and kept.
import { toCenter, toFirm, toLawyer, type CenterSqlRow, type FirmSqlRow, type LawyerSqlRow } from '../directory-rows.js';
import {
  afterRanked, CITY, keysetPage, LICENCE_NUMBER, MATCH_RANK, searchText, type DirectoryStore, type LawFirmRow, type LawyerQuery,
  type LawyerRow,
} from '../directory-store.js';
import {
  parsePointKey, POINT_COLUMNS, toServicePoint, totalsOf, type ServicePointKindTotals, type ServicePointSqlRow,
} from '../service-points.js';
import { isReadOnly } from './sqlite-database.js';
import { directoryVersionOf } from './sqlite-directory-version.js';
import { ensureSearchIndex } from './sqlite-search-index.js';
import type { SqliteTransactions } from './sqlite-transactions.js';

interface SqlFilter { where: string[]; params: unknown[] }

const CENTER_COLUMNS = 'id, name, level, region, address, phone, services, opening_hours, township, latitude, longitude, location_precision';

/** The filters other than q, each answered by an index or a junction table ending in the id. */
function lawyerFilter(query: Omit<LawyerQuery, 'limit' | 'afterId' | 'q'>): SqlFilter {
  const where: string[] = [];
  const params: unknown[] = [];
  if (query.region && query.region !== CITY) { where.push('l.region = ?'); params.push(query.region); }
  if (query.practiceArea) {
    where.push('l.id IN (SELECT lawyer_id FROM lawyer_practice_areas WHERE area = ?)'); params.push(query.practiceArea);
  }
  if (query.language) {
    // "zh" matches "zh" and any "zh-…" tag the data may grow ('.' sorts right after '-')
    where.push('l.id IN (SELECT lawyer_id FROM lawyer_languages WHERE language = ? OR (language > ? AND language < ?))');
    params.push(query.language, `${query.language}-`, `${query.language}.`);
  }
  if (query.category) { where.push('l.category = ?'); params.push(query.category); }
  if (query.acceptsLegalAid !== undefined) { where.push('l.accepts_legal_aid = ?'); params.push(query.acceptsLegalAid ? 1 : 0); }
  if (query.firstPracticeYearAtMost !== undefined) {
    where.push('l.first_practice_year <= ?'); params.push(query.firstPracticeYearAtMost);
  }
  if (query.firmId) { where.push('l.firm_id = ?'); params.push(query.firmId); }
  return { where, params };
}

/**
 * How q finds rows of `table` (alias `alias`) through its gram table, best
 * first: 0 the whole name, 1 its start, 2 inside it, 3 inside the firm's name.
 * 1–2 characters are one gram, whose index is already in that order; a longer
 * q narrows to the rows holding its first 2-gram and is ranked on them.
 */
interface NameSearch {
  /** FROM … JOIN … WHERE … of the matching rows, with as few joins as decide the match, and its parameters. */
  from: string;
  params: unknown[];
  /** The rank and id columns a page is ordered and continued by. */
  rank: string;
  id: string;
  /** Wraps the page query when the rank is computed (a sub-select to order by its alias). */
  computed: boolean;
}

function nameSearch(
  q: string, base: { table: string; from: string; where: string[]; params: unknown[] },
  grams: { table: string; owner: string; id: string }, names: [own: string, ...others: string[]],
): NameSearch {
  const text = searchText(q);
  const chars = [...text];
  const join = `JOIN ${grams.table} g ON g.${grams.owner} = ${grams.id}`;
  if (chars.length <= 2) {
    const where = ['g.gram = ?', ...base.where];
    return {
      // with q alone, the gram's index holds the answer
      from: base.where.length ? `${base.table} ${join} WHERE ${where.join(' AND ')}` : `FROM ${grams.table} g WHERE g.gram = ?`,
      params: [text, ...base.params], rank: 'g.rank', id: `g.${grams.owner}`, computed: false,
    };
  }
  const [own, ...others] = names;
  const where = ['g.gram = ?', `(${names.map((name) => `instr(lower(${name}), ?) > 0`).join(' OR ')})`, ...base.where];
  return {
    from: `${base.from} ${join} WHERE ${where.join(' AND ')}`,
    params: [chars.slice(0, 2).join(''), ...names.map(() => text), ...base.params, { text }],
    // the text is bound by name (@text): one prepared statement serves every q
    rank: `CASE WHEN lower(${own}) = @text THEN ${MATCH_RANK.exact}
      WHEN substr(lower(${own}), 1, length(@text)) = @text THEN ${MATCH_RANK.prefix}
      WHEN instr(lower(${own}), @text) > 0 THEN ${MATCH_RANK.inside} ELSE ${others.length ? MATCH_RANK.firm : MATCH_RANK.inside} END`,
    id: grams.id,
    computed: true,
  };
}

// the card's firm (name, address, phone) comes in the same row: one query per page, no request per firm
const LAWYER_COLUMNS = `l.id, l.name, l.sex, l.licence_number, l.category, l.firm_id, f.name AS firm_name,
  f.address AS firm_address, f.phone AS firm_phone, l.region,
  l.practice_areas, l.languages, l.first_practice_year, l.accepts_legal_aid, l.phone`;
const LAWYER_FROM = 'FROM lawyers l LEFT JOIN law_firms f ON f.id = l.firm_id';

const FIRM_COLUMNS = `f.id, f.name, f.region, f.address, f.phone,
  (SELECT COUNT(*) FROM lawyers l WHERE l.firm_id = f.id) AS lawyer_count,
  (SELECT json_group_array(area) FROM (SELECT area FROM firm_practice_areas a WHERE a.firm_id = f.id ORDER BY area)) AS practice_areas`;

interface Statement {
  get(...params: unknown[]): unknown;
  all(...params: unknown[]): unknown[];
}

export function sqliteDirectoryStore({ db, read }: SqliteTransactions): DirectoryStore {
  if (!isReadOnly(db)) ensureSearchIndex(db);
  const statements = new Map<string, Statement>();
  // a query's shape (which filters) decides its text: few shapes, each prepared once
  const prepared = (sql: string): Statement => {
    let statement = statements.get(sql);
    if (!statement) statements.set(sql, statement = db.prepare(sql));
    return statement;
  };

  // The directory changes only when someone rewrites it (an import, by this
  // process or another). Until then a row is built once and a total counted
  // once per filter; the directory's version (counted by triggers) says when
  // to forget them.
  const version = directoryVersionOf(db);
  let seenVersion = version();
  const totals = new Map<string, number>();
  const rowCaches: Map<string, unknown>[] = [];
  const current = (): void => {
    const now = version();
    if (now === seenVersion) return;
    seenVersion = now;
    for (const rows of rowCaches) rows.clear();
    totals.clear();
  };
  /** A row by id from `statement`, built once until the directory changes. */
  const rowById = <Found, Row>(statement: Statement, build: (found: Found) => Row) => {
    const rows = new Map<string, Row>();
    rowCaches.push(rows);
    return (id: string): Row | undefined => {
      let row = rows.get(id);
      if (!row) {
        const found = statement.get(id) as Found | undefined;
        if (!found) return undefined;
        rows.set(id, row = build(found));
      }
      return row;
    };
  };
  const MAX_TOTALS = 10_000;
  const count = (from: string, params: unknown[]): number => {
    const key = `${from}\u0000${JSON.stringify(params)}`;
    let total = totals.get(key);
    if (total === undefined) {
      total = (prepared(`SELECT COUNT(*) AS n ${from}`).get(...params) as { n: number }).n;
      if (totals.size >= MAX_TOTALS) totals.clear();
      totals.set(key, total);
    }
    return total;
  };

  const kindTotals = new Map<string, ServicePointKindTotals>();
  rowCaches.push(kindTotals);

  const centerById = prepared(`SELECT ${CENTER_COLUMNS} FROM service_centers WHERE id = ?`);
  const pointById = prepared(`SELECT ${POINT_COLUMNS} FROM service_point_list WHERE id = ?`);
  const lawyer = rowById<LawyerSqlRow, LawyerRow>(prepared(`SELECT ${LAWYER_COLUMNS} ${LAWYER_FROM} WHERE l.id = ?`), toLawyer);
  const firm = rowById<FirmSqlRow, LawFirmRow>(prepared(`SELECT ${FIRM_COLUMNS} FROM law_firms f WHERE f.id = ?`), toFirm);

  /** The ids of a page in id order, and the cursor after it. */
  const idPage = (from: string, where: string[], params: unknown[], idColumn: string, afterId: string | undefined, limit: number) => {
    const pageWhere = afterId ? [...where, `${idColumn} > ?`] : where;
    const rows = prepared(`SELECT ${idColumn} AS id ${from} ${pageWhere.length ? `WHERE ${pageWhere.join(' AND ')}` : ''} ORDER BY ${idColumn} LIMIT ?`)
      .all(...params, ...(afterId ? [afterId] : []), limit + 1) as { id: string }[];
    return keysetPage(rows, limit, false);
  };

  /** A ranked page: the index's order for 1–2 characters, a sort of the (few) candidates for longer text. */
  const rankedPage = (search: NameSearch, afterId: string | undefined, limit: number) => {
    const after = afterRanked(afterId) ?? [];
    const keyset = afterId === undefined ? '' : search.computed ? ' WHERE (match_rank, id) > (?, ?)' : ` AND (${search.rank}, ${search.id}) > (?, ?)`;
    const sql = search.computed
      ? `SELECT * FROM (SELECT ${search.rank} AS match_rank, ${search.id} AS id ${search.from})${keyset} ORDER BY match_rank, id LIMIT ?`
      : `SELECT ${search.rank} AS match_rank, ${search.id} AS id ${search.from}${keyset} ORDER BY ${search.rank}, ${search.id} LIMIT ?`;
    return keysetPage(prepared(sql).all(...search.params, ...after, limit + 1) as { id: string; match_rank: number }[], limit, true);
  };

  const rowsOf = <T>(ids: { id: string }[], load: (id: string) => T | undefined): T[] =>
    ids.map(({ id }) => load(id)).filter((row): row is T => row !== undefined);

  return {
    async serviceCenters(filter) {
      return read(() => {
        const where: string[] = [];
        const params: unknown[] = [];
        if (filter.region && filter.region !== CITY) { where.push('region = ?'); params.push(filter.region); }
        if (filter.level) { where.push('level = ?'); params.push(filter.level); }
        if (filter.service) { where.push('EXISTS (SELECT 1 FROM json_each(services) WHERE value = ?)'); params.push(filter.service); }
        const total = count(`FROM service_centers ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`, params);
        // centers page in network order (city, counties, branches, townships), keyed by that order
        if (filter.afterSort !== undefined) { where.push('sort > ?'); params.push(Number(filter.afterSort)); }
        const rows = prepared(`SELECT ${CENTER_COLUMNS}, sort FROM service_centers
          ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY sort LIMIT ?`).all(...params, filter.limit + 1) as (CenterSqlRow & { sort: number })[];
        const page = rows.slice(0, filter.limit);
        return {
          items: page.map(({ sort: _sort, ...row }) => toCenter(row)), total,
          nextAfterId: rows.length > filter.limit ? String(page.at(-1)?.sort) : null,
        };
      });
    },
    async serviceCenter(id) {
      return read(() => {
        const row = centerById.get(id) as CenterSqlRow | undefined;
        return row && toCenter(row);
      });
    },
    async lawyers({ q, limit, afterId, ...filters }) {
      return read(() => {
        current();
        const { where, params } = lawyerFilter(filters);
        const text = q === undefined ? '' : searchText(q);
        if (text === '' || LICENCE_NUMBER.test(text)) {
          // no text, or a licence number: id order (a licence number matches one lawyer, exactly)
          if (text !== '') { where.push('l.licence_number = ?'); params.push(text); }
          // neither the count nor the page needs the firm: no join
          const total = count(`FROM lawyers l${where.length ? ` WHERE ${where.join(' AND ')}` : ''}`, params);
          const page = idPage('FROM lawyers l', where, params, 'l.id', afterId, limit);
          return { items: rowsOf(page.items, lawyer), total, nextAfterId: page.nextAfterId };
        }
        const search = nameSearch(text, { table: 'FROM lawyers l', from: LAWYER_FROM, where, params }, { table: 'lawyer_name_grams', owner: 'lawyer_id', id: 'l.id' }, ['l.name', 'f.name']);
        const page = rankedPage(search, afterId, limit);
        return { items: rowsOf(page.items, lawyer), total: count(search.from, search.params), nextAfterId: page.nextAfterId };
      });
    },
    async lawyer(id) {
      return read(() => {
        current();
        return lawyer(id);
      });
    },
    async lawFirms({ q, region, practiceArea, limit, afterId }) {
      return read(() => {
        current();
        const where: string[] = [];
        const params: unknown[] = [];
        if (region && region !== CITY) { where.push('f.region = ?'); params.push(region); }
        if (practiceArea) { where.push('f.id IN (SELECT firm_id FROM firm_practice_areas WHERE area = ?)'); params.push(practiceArea); }
        const text = q === undefined ? '' : searchText(q);
        if (text === '') {
          const total = count(`FROM law_firms f ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`, params);
          const page = idPage('FROM law_firms f', where, params, 'f.id', afterId, limit);
          return { items: rowsOf(page.items, firm), total, nextAfterId: page.nextAfterId };
        }
        const search = nameSearch(text, { table: 'FROM law_firms f', from: 'FROM law_firms f', where, params }, { table: 'firm_name_grams', owner: 'firm_id', id: 'f.id' }, ['f.name']);
        const page = rankedPage(search, afterId, limit);
        return { items: rowsOf(page.items, firm), total: count(search.from, search.params), nextAfterId: page.nextAfterId };
      });
    },
    async lawFirm(id) {
      return read(() => {
        current();
        return firm(id);
      });
    },
    async servicePoints({ kind, region, township, service, q, limit, afterKey }) {
      return read(() => {
        current();
        const where: string[] = [];
        const params: unknown[] = [];
        if (region && region !== CITY) { where.push('county = ?'); params.push(region); }
        if (township) { where.push('township = ?'); params.push(township); }
        if (service) { where.push('EXISTS (SELECT 1 FROM json_each(services) WHERE value = ?)'); params.push(service); }
        const text = q === undefined ? '' : searchText(q);
        if (text) {
          where.push("(instr(lower(name), ?) > 0 OR instr(lower(coalesce(village, '')), ?) > 0 OR instr(lower(address), ?) > 0)");
          params.push(text, text, text);
        }
        const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
        const key = `${filter}\u0000${JSON.stringify(params)}`;
        let totalsByKind = kindTotals.get(key);
        if (!totalsByKind) {
          totalsByKind = totalsOf(prepared(`SELECT kind, COUNT(*) AS n FROM service_point_list ${filter} GROUP BY kind`).all(...params) as { kind: string; n: number }[]);
          if (kindTotals.size >= MAX_TOTALS) kindTotals.clear();
          kindTotals.set(key, totalsByKind);
        }
        if (kind) { where.push('kind = ?'); params.push(kind); }
        const after = parsePointKey(afterKey);
        if (after) { where.push('(kind_rank, sort) > (?, ?)'); params.push(...after); }
        const rows = prepared(`SELECT ${POINT_COLUMNS} FROM service_point_list ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
          ORDER BY kind_rank, sort LIMIT ?`).all(...params, limit + 1) as ServicePointSqlRow[];
        const page = rows.slice(0, limit);
        const last = page.at(-1);
        return {
          items: page.map(toServicePoint), totalsByKind,
          total: kind ? totalsByKind[kind] : Object.values(totalsByKind).reduce((a, b) => a + b, 0),
          nextAfterId: rows.length > limit && last ? `${last.kind_rank}:${last.sort}` : null,
        };
      });
    },
    async servicePoint(id) {
      return read(() => {
        const row = pointById.get(id) as ServicePointSqlRow | undefined;
        return row && toServicePoint(row);
      });
    },
    async counts() {
      return read(() => {
        const n = (table: string) => count(`FROM ${table}`, []);
        return {
          serviceCenters: n('service_centers'), lawFirms: n('law_firms'), lawyers: n('lawyers'),
          notaryOffices: count("FROM service_points WHERE kind = 'notary-office'", []), servicePoints: n('service_point_list'),
        };
      });
    },
  };
}
