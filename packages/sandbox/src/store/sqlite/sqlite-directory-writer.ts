// The directory writer on the SQLite file: one BEGIN IMMEDIATE transaction
// holds the snapshot, the checks and the writes, so a second import (or a
// booking naming a center being removed) waits rather than interleaves.
import type { SqliteDatabase } from './sqlite-database.js';
import { directoryWritten } from './sqlite-directory-version.js';
import { rebuildSearchIndex } from './sqlite-search-index.js';
import type { SqliteTransactions } from './sqlite-transactions.js';
import type { CenterRecord, DirectoryReplacement, DirectorySnapshot, DirectoryWriter } from '../directory-writer.js';

const ids = (db: SqliteDatabase, sql: string): string[] => db.prepare(sql).pluck().all() as string[];

function snapshot(db: SqliteDatabase): DirectorySnapshot {
  return {
    firms: db.prepare('SELECT id, name, region FROM law_firms').all() as DirectorySnapshot['firms'],
    lawyers: db.prepare('SELECT id, firm_id AS firmId FROM lawyers').all() as DirectorySnapshot['lawyers'],
    centerIds: ids(db, 'SELECT id FROM service_centers'),
    centersWithAppointments: ids(db, 'SELECT DISTINCT center_id FROM appointments'),
    notaryIds: ids(db, 'SELECT id FROM notary_offices'),
  };
}

/** Deletes the rows of `table` whose id the new list leaves out. */
function removeOthers(db: SqliteDatabase, table: string, kept: { id: string }[]): void {
  const keep = new Set(kept.map((r) => r.id));
  const remove = db.prepare(`DELETE FROM ${table} WHERE id = ?`);
  for (const id of ids(db, `SELECT id FROM ${table}`)) if (!keep.has(id)) remove.run(id);
}

function writeRecords(db: SqliteDatabase, replacement: DirectoryReplacement, importedAt: string): void {
  const { lawyers, 'law-firms': firms, 'service-centers': centers, 'notary-offices': notaries } = replacement;
  // removals first: a lawyer re-filed under a new id frees the licence number before it is inserted again
  if (lawyers) removeOthers(db, 'lawyers', lawyers);
  if (firms) removeOthers(db, 'law_firms', firms);
  if (centers) removeOthers(db, 'service_centers', centers);
  if (notaries) removeOthers(db, 'notary_offices', notaries);
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
  if (centers) {
    const upsert = db.prepare(`INSERT INTO service_centers (id, name, level, region, address, phone, services, sort, opening_hours)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (id) DO UPDATE SET name = excluded.name, level = excluded.level, region = excluded.region,
      address = excluded.address, phone = excluded.phone, services = excluded.services, sort = excluded.sort,
      opening_hours = excluded.opening_hours`);
    centers.forEach((c: CenterRecord, i) => upsert.run(c.id, c.name, c.level, c.region, c.address, c.phone,
      JSON.stringify(c.services), i, c.hours ? JSON.stringify(c.hours) : null));
  }
  if (notaries) {
    const upsert = db.prepare(`INSERT INTO notary_offices (id, name, region, address, phone) VALUES (?, ?, ?, ?, ?)
      ON CONFLICT (id) DO UPDATE SET name = excluded.name, region = excluded.region, address = excluded.address, phone = excluded.phone`);
    for (const n of notaries) upsert.run(n.id, n.name, n.region, n.address, n.phone);
  }
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
