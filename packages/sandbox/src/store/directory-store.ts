// Read side of the directory: service centers, law firms, lawyers, notary
// offices. Lawyer lists page by keyset (the id after which to continue), so a
// page never repeats or skips a lawyer while others read.
import type { OpeningHours } from '@plskit/core';
import type { CenterLevel, ServiceCode } from '../dataset/jining-dataset.js';
import type { LawyerCategory } from '../dataset/licence-number.js';
import type { SqliteDatabase } from './database.js';

export interface ServiceCenterRow {
  id: string; name: string; level: CenterLevel; region: string; address: string; phone: string; services: ServiceCode[];
  /** The center's own hours (from an imported roster), or null for the default hours. */
  hours: OpeningHours | null;
}

export interface LawFirmRow {
  id: string; name: string; region: string; address: string; phone: string; lawyerCount: number; practiceAreas: string[];
}

export interface LawyerRow {
  id: string; name: string; sex: 'male' | 'female'; licenceNumber: string; category: LawyerCategory;
  firm: { id: string; name: string; address: string; phone: string } | null; region: string; practiceAreas: string[]; languages: string[];
  firstPracticeYear: number; acceptsLegalAid: boolean; phone: string | null;
}

export interface NotaryOfficeRow {
  id: string; name: string; region: string; address: string; phone: string;
}

export interface LawyerQuery {
  q?: string; region?: string; practiceArea?: string; category?: string; language?: string;
  acceptsLegalAid?: boolean; /** firstPracticeYear at most this (from minYears and the clock). */
  firstPracticeYearAtMost?: number; firmId?: string; limit: number; afterId?: string;
}

export interface Page<T> {
  items: T[]; total: number; nextAfterId: string | null;
}

export interface DirectoryStore {
  serviceCenters(filter: { region?: string; level?: string; service?: string; limit: number; afterSort?: string }): Page<ServiceCenterRow>;
  serviceCenter(id: string): ServiceCenterRow | undefined;
  lawyers(query: LawyerQuery): Page<LawyerRow>;
  lawyer(id: string): LawyerRow | undefined;
  lawFirms(query: { q?: string; region?: string; practiceArea?: string; limit: number; afterId?: string }): Page<LawFirmRow>;
  lawFirm(id: string): LawFirmRow | undefined;
  notaryOffices(filter: { region?: string }): NotaryOfficeRow[];
  counts(): { serviceCenters: number; lawFirms: number; lawyers: number; notaryOffices: number };
}

const CITY = '370800';

/** LIKE with the caller's % and _ taken literally. */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

interface SqlFilter { where: string[]; params: unknown[] }

function lawyerFilter(query: Omit<LawyerQuery, 'limit' | 'afterId'>): SqlFilter {
  const where: string[] = [];
  const params: unknown[] = [];
  if (query.q) {
    where.push(`(l.name LIKE ? ESCAPE '\\' OR f.name LIKE ? ESCAPE '\\' OR l.licence_number = ?)`);
    params.push(likePattern(query.q), likePattern(query.q), query.q);
  }
  if (query.region && query.region !== CITY) { where.push('l.region = ?'); params.push(query.region); }
  if (query.practiceArea) {
    where.push('EXISTS (SELECT 1 FROM json_each(l.practice_areas) WHERE value = ?)'); params.push(query.practiceArea);
  }
  if (query.language) {
    // "zh" matches "zh" and any "zh-…" tag the data may grow
    where.push(`EXISTS (SELECT 1 FROM json_each(l.languages) WHERE value = ? OR value LIKE ? ESCAPE '\\')`);
    params.push(query.language, `${query.language.replace(/[\\%_]/g, (c) => `\\${c}`)}-%`);
  }
  if (query.category) { where.push('l.category = ?'); params.push(query.category); }
  if (query.acceptsLegalAid !== undefined) { where.push('l.accepts_legal_aid = ?'); params.push(query.acceptsLegalAid ? 1 : 0); }
  if (query.firstPracticeYearAtMost !== undefined) {
    where.push('l.first_practice_year <= ?'); params.push(query.firstPracticeYearAtMost);
  }
  if (query.firmId) { where.push('l.firm_id = ?'); params.push(query.firmId); }
  return { where, params };
}

interface LawyerSqlRow {
  id: string; name: string; sex: 'male' | 'female'; licence_number: string; category: LawyerCategory;
  firm_id: string | null; firm_name: string | null; firm_address: string | null; firm_phone: string | null; region: string; practice_areas: string; languages: string;
  first_practice_year: number; accepts_legal_aid: number; phone: string | null;
}

function toLawyer(row: LawyerSqlRow): LawyerRow {
  return {
    id: row.id, name: row.name, sex: row.sex, licenceNumber: row.licence_number, category: row.category,
    // the LEFT JOIN's firm columns are all null together (no firm) or all set
    firm: row.firm_id && row.firm_name !== null
      ? { id: row.firm_id, name: row.firm_name, address: row.firm_address ?? '', phone: row.firm_phone ?? '' }
      : null,
    region: row.region, practiceAreas: JSON.parse(row.practice_areas) as string[],
    languages: JSON.parse(row.languages) as string[], firstPracticeYear: row.first_practice_year,
    acceptsLegalAid: row.accepts_legal_aid === 1, phone: row.phone,
  };
}

interface CenterSqlRow {
  id: string; name: string; level: CenterLevel; region: string; address: string; phone: string; services: string;
  opening_hours: string | null;
}

function toCenter({ opening_hours, ...row }: CenterSqlRow): ServiceCenterRow {
  return {
    ...row, services: JSON.parse(row.services) as ServiceCode[],
    hours: opening_hours === null ? null : JSON.parse(opening_hours) as OpeningHours,
  };
}

// the card's firm (name, address, phone) comes in the same row: one query per page, no request per firm
const LAWYER_COLUMNS = `l.id, l.name, l.sex, l.licence_number, l.category, l.firm_id, f.name AS firm_name,
  f.address AS firm_address, f.phone AS firm_phone, l.region,
  l.practice_areas, l.languages, l.first_practice_year, l.accepts_legal_aid, l.phone
  FROM lawyers l LEFT JOIN law_firms f ON f.id = l.firm_id`;

const FIRM_COLUMNS = `f.id, f.name, f.region, f.address, f.phone,
  (SELECT COUNT(*) FROM lawyers l WHERE l.firm_id = f.id) AS lawyer_count,
  (SELECT json_group_array(area) FROM (SELECT DISTINCT j.value AS area FROM lawyers l, json_each(l.practice_areas) j
     WHERE l.firm_id = f.id ORDER BY j.value)) AS practice_areas
  FROM law_firms f`;

interface FirmSqlRow { id: string; name: string; region: string; address: string; phone: string; lawyer_count: number; practice_areas: string }

function toFirm(row: FirmSqlRow): LawFirmRow {
  return {
    id: row.id, name: row.name, region: row.region, address: row.address, phone: row.phone,
    lawyerCount: row.lawyer_count, practiceAreas: JSON.parse(row.practice_areas) as string[],
  };
}

export function directoryStore(db: SqliteDatabase): DirectoryStore {
  const lawyerById = db.prepare(`SELECT ${LAWYER_COLUMNS} WHERE l.id = ?`);
  const firmById = db.prepare(`SELECT ${FIRM_COLUMNS} WHERE f.id = ?`);
  const centerById = db.prepare('SELECT id, name, level, region, address, phone, services, opening_hours FROM service_centers WHERE id = ?');
  return {
    serviceCenters(filter) {
      const where: string[] = [];
      const params: unknown[] = [];
      if (filter.region && filter.region !== CITY) { where.push('region = ?'); params.push(filter.region); }
      if (filter.level) { where.push('level = ?'); params.push(filter.level); }
      if (filter.service) { where.push('EXISTS (SELECT 1 FROM json_each(services) WHERE value = ?)'); params.push(filter.service); }
      const total = (db.prepare(`SELECT COUNT(*) AS n FROM service_centers ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`)
        .get(...params) as { n: number }).n;
      // centers page in network order (city, counties, branches, townships), keyed by that order
      if (filter.afterSort !== undefined) { where.push('sort > ?'); params.push(Number(filter.afterSort)); }
      const rows = db.prepare(`SELECT id, name, level, region, address, phone, services, opening_hours, sort FROM service_centers
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY sort LIMIT ?`).all(...params, filter.limit + 1) as (CenterSqlRow & { sort: number })[];
      const page = rows.slice(0, filter.limit);
      return {
        items: page.map(({ sort: _sort, ...row }) => toCenter(row)), total,
        nextAfterId: rows.length > filter.limit ? String(page.at(-1)?.sort) : null,
      };
    },
    serviceCenter(id) {
      const row = centerById.get(id) as CenterSqlRow | undefined;
      return row && toCenter(row);
    },
    lawyers(query) {
      const { where, params } = lawyerFilter(query);
      const filtered = where.length ? `WHERE ${where.join(' AND ')}` : '';
      const total = (db.prepare(`SELECT COUNT(*) AS n FROM lawyers l LEFT JOIN law_firms f ON f.id = l.firm_id ${filtered}`)
        .get(...params) as { n: number }).n;
      const pageWhere = query.afterId ? [...where, 'l.id > ?'] : where;
      const pageParams = query.afterId ? [...params, query.afterId] : params;
      const rows = db.prepare(`SELECT ${LAWYER_COLUMNS} ${pageWhere.length ? `WHERE ${pageWhere.join(' AND ')}` : ''}
        ORDER BY l.id LIMIT ?`).all(...pageParams, query.limit + 1) as LawyerSqlRow[];
      const items = rows.slice(0, query.limit).map(toLawyer);
      return { items, total, nextAfterId: rows.length > query.limit ? (items.at(-1)?.id ?? null) : null };
    },
    lawyer(id) {
      const row = lawyerById.get(id) as LawyerSqlRow | undefined;
      return row && toLawyer(row);
    },
    lawFirms(query) {
      const where: string[] = [];
      const params: unknown[] = [];
      if (query.q) { where.push(`f.name LIKE ? ESCAPE '\\'`); params.push(likePattern(query.q)); }
      if (query.region && query.region !== CITY) { where.push('f.region = ?'); params.push(query.region); }
      if (query.practiceArea) {
        where.push(`EXISTS (SELECT 1 FROM lawyers l, json_each(l.practice_areas) j WHERE l.firm_id = f.id AND j.value = ?)`);
        params.push(query.practiceArea);
      }
      const total = (db.prepare(`SELECT COUNT(*) AS n FROM law_firms f ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`)
        .get(...params) as { n: number }).n;
      if (query.afterId) { where.push('f.id > ?'); params.push(query.afterId); }
      const rows = db.prepare(`SELECT ${FIRM_COLUMNS} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY f.id LIMIT ?`)
        .all(...params, query.limit + 1) as FirmSqlRow[];
      const items = rows.slice(0, query.limit).map(toFirm);
      return { items, total, nextAfterId: rows.length > query.limit ? (items.at(-1)?.id ?? null) : null };
    },
    lawFirm(id) {
      const row = firmById.get(id) as FirmSqlRow | undefined;
      return row && toFirm(row);
    },
    notaryOffices(filter) {
      const byRegion = filter.region && filter.region !== CITY;
      return db.prepare(`SELECT id, name, region, address, phone FROM notary_offices ${byRegion ? 'WHERE region = ?' : ''} ORDER BY id`)
        .all(...(byRegion ? [filter.region] : [])) as NotaryOfficeRow[];
    },
    counts() {
      const n = (table: string) => (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
      return { serviceCenters: n('service_centers'), lawFirms: n('law_firms'), lawyers: n('lawyers'), notaryOffices: n('notary_offices') };
    },
  };
}
