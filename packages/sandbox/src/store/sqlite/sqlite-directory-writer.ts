// The directory writer on the SQLite file: one BEGIN IMMEDIATE transaction
// holds the snapshot, the checks and the writes, so a second import (or a
// booking naming a center being removed) waits rather than interleaves.
import type { SqliteDatabase } from './sqlite-database.js';
import { directoryWritten } from './sqlite-directory-version.js';
import { rebuildSearchIndex } from './sqlite-search-index.js';
import type { SqliteTransactions } from './sqlite-transactions.js';
import { SERVICE_POINT_KINDS, type PointKind, type ServicePointRecord } from '../../dataset/service-point-record.js';
import type { CenterRecord, DirectoryReplacement, DirectorySnapshot, DirectoryWriter } from '../directory-writer.js';

const ids = (db: SqliteDatabase, sql: string): string[] => db.prepare(sql).pluck().all() as string[];

function snapshot(db: SqliteDatabase): DirectorySnapshot {
  return {
    firms: db.prepare('SELECT id, name, region FROM law_firms').all() as DirectorySnapshot['firms'],
    lawyers: db.prepare('SELECT id, firm_id AS firmId FROM lawyers').all() as DirectorySnapshot['lawyers'],
    centerIds: ids(db, 'SELECT id FROM service_centers'),
    centersWithAppointments: ids(db, 'SELECT DISTINCT center_id FROM appointments'),
    pointIds: Object.fromEntries(SERVICE_POINT_KINDS.slice(1).map((kind) =>
      [kind, db.prepare('SELECT id FROM service_points WHERE kind = ? ORDER BY sort').pluck().all(kind)])) as Record<PointKind, string[]>,
  };
}

/** Deletes the rows of `table` (of one kind, for points) whose id the new list leaves out. */
function removeOthers(db: SqliteDatabase, table: string, kept: { id: string }[], kind?: string): void {
  const keep = new Set(kept.map((r) => r.id));
  const remove = db.prepare(`DELETE FROM ${table} WHERE id = ?`);
  const existing = kind ? db.prepare(`SELECT id FROM ${table} WHERE kind = ?`).pluck().all(kind) as string[] : ids(db, `SELECT id FROM ${table}`);
  for (const id of existing) if (!keep.has(id)) remove.run(id);
}

/** A center's or point's location as its three columns. */
const locationColumns = (r: { location: { latitude: number; longitude: number; precision: number } | null }) =>
  [r.location?.latitude ?? null, r.location?.longitude ?? null, r.location?.precision ?? null];

/** Writes one kind's points in the list's order (its `sort`). */
export function writePoints(db: SqliteDatabase, points: readonly ServicePointRecord[]): void {
  const upsert = db.prepare(`INSERT INTO service_points (id, kind, sort, name, region, township, village, address, phone, services,
    opening_hours, latitude, longitude, location_precision, details) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, sort = excluded.sort, name = excluded.name, region = excluded.region,
    township = excluded.township, village = excluded.village, address = excluded.address, phone = excluded.phone,
    services = excluded.services, opening_hours = excluded.opening_hours, latitude = excluded.latitude, longitude = excluded.longitude,
    location_precision = excluded.location_precision, details = excluded.details`);
  points.forEach((p, sort) => upsert.run(p.id, p.kind, sort, p.name, p.region, p.township, p.village, p.address, p.phone,
    JSON.stringify(p.services), p.hours ? JSON.stringify(p.hours) : null, ...locationColumns(p), JSON.stringify(p.details)));
}

/** Writes the centers in the list's order (its `sort`). */
export function writeCenters(db: SqliteDatabase, centers: readonly CenterRecord[]): void {
  const upsert = db.prepare(`INSERT INTO service_centers (id, name, level, region, address, phone, services, sort, opening_hours,
    township, latitude, longitude, location_precision) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (id) DO UPDATE SET name = excluded.name, level = excluded.level, region = excluded.region,
    address = excluded.address, phone = excluded.phone, services = excluded.services, sort = excluded.sort,
    opening_hours = excluded.opening_hours, township = excluded.township, latitude = excluded.latitude,
    longitude = excluded.longitude, location_precision = excluded.location_precision`);
  centers.forEach((c, i) => upsert.run(c.id, c.name, c.level, c.region, c.address, c.phone,
    JSON.stringify(c.services), i, c.hours ? JSON.stringify(c.hours) : null, c.township, ...locationColumns(c)));
}

function writeRecords(db: SqliteDatabase, replacement: DirectoryReplacement, importedAt: string): void {
  const { lawyers, 'law-firms': firms, 'service-centers': centers, points = {} } = replacement;
  // removals first: a lawyer re-filed under a new id frees the licence number before it is inserted again
  if (lawyers) removeOthers(db, 'lawyers', lawyers);
  if (firms) removeOthers(db, 'law_firms', firms);
  if (centers) removeOthers(db, 'service_centers', centers);
  for (const [kind, list] of Object.entries(points)) removeOthers(db, 'service_points', list, kind);
  if (firms) {
    const upsert = db.prepare(`INSERT INTO law_firms (id, name, region, address, phone) VALUES (?, ?, ?, ?, ?)
      ON CONFLICT (id) DO UPDATE SET name = excluded.name, region = excluded.region, address = excluded.address, phone = excluded.phone`);
    for (const f of firms) upsert.run(f.id, f.name, f.region, f.address, f.phone);
  }
  if (lawyers) {
    const upsert = db.prepare(`INSERT INTO lawyers (id, name, sex, licence_number, category, firm_id, region, practice_areas,
      languages, first_practice_year, accepts_legal_aid, phone) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (id) DO UPDATE SET name = excluded.name, sex = excluded.sex, licence_number = excluded.licence_number,
      category = excluded.category, firm_id = excluded.firm_id, region = excluded.region, practice_areas = excluded.practice_areas,
      languages = excluded.languages, first_practice_year = excluded.first_practice_year,
      accepts_legal_aid = excluded.accepts_legal_aid, phone = excluded.phone`);
    for (const l of lawyers) {
      upsert.run(l.id, l.name, l.sex, l.licenceNumber, l.category, l.firmId, l.region, JSON.stringify(l.practiceAreas),
        JSON.stringify(l.languages), l.firstPracticeYear, l.acceptsLegalAid ? 1 : 0, l.phone);
    }
  }
  if (centers) writeCenters(db, centers);
  for (const list of Object.values(points)) writePoints(db, list);
  // an imported directory is never overwritten by the synthetic seed
  db.prepare(`INSERT INTO dataset_meta (key, value) VALUES ('imported_at', ?)
    ON CONFLICT (key) DO UPDATE SET value = excluded.value`).run(importedAt);
}

/** `owned`: closing the writer closes the database (a command line's own connection). */
export function sqliteDirectoryWriter({ db, write }: SqliteTransactions, owned = false): DirectoryWriter {
  return {
    async replace(plan, importedAt) {
      const result = await write(() => {
        const { replacement, result } = plan(snapshot(db));
        if (replacement) {
          writeRecords(db, replacement, importedAt);
          // a running sandbox sees the new rows at once (its caches follow the directory's version), its name search too
          rebuildSearchIndex(db);
        }
        return result;
      });
      directoryWritten(db);
      return result;
    },
    async close() {
      if (owned) db.close();
    },
  };
}
