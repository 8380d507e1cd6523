// Loads the synthetic dataset once: a database that already holds it (say, a
// deployment's file after a restart) keeps its rows and its bookings.
import type { JiningDataset } from '../../dataset/jining-dataset.js';
import { pointsByKind } from '../../dataset/service-point-record.js';
import type { SqliteDatabase } from './sqlite-database.js';
import { directoryWritten } from './sqlite-directory-version.js';
import { writeCenters, writePoints } from './sqlite-directory-writer.js';

/** True once the file holds a directory: the synthetic one, or one imported by `plskit-sandbox import`. */
export function isSeeded(db: SqliteDatabase): boolean {
  return db.prepare("SELECT 1 FROM dataset_meta WHERE key IN ('seed', 'imported_at')").get() !== undefined;
}

export function seedDataset(db: SqliteDatabase, dataset: JiningDataset, seededAt: string): boolean {
  if (isSeeded(db)) {
    topUpNetwork(db, dataset);
    return false;
  }
  const firm = db.prepare('INSERT INTO law_firms (id, name, region, address, phone) VALUES (?, ?, ?, ?, ?)');
  const lawyer = db.prepare(`INSERT INTO lawyers (id, name, sex, licence_number, category, firm_id, region,
    practice_areas, languages, first_practice_year, accepts_legal_aid, phone) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const meta = db.prepare('INSERT INTO dataset_meta (key, value) VALUES (?, ?)');
  db.transaction(() => {
    writeCenters(db, dataset.serviceCenters.map((c) => ({ ...c, hours: null })));
    for (const f of dataset.lawFirms) firm.run(f.id, f.name, f.region, f.address, f.phone);
    for (const l of dataset.lawyers) {
      lawyer.run(l.id, l.name, l.sex, l.licenceNumber, l.category, l.firmId, l.region, JSON.stringify(l.practiceAreas),
        JSON.stringify(l.languages), l.firstPracticeYear, l.acceptsLegalAid ? 1 : 0, l.phone);
    }
    for (const points of Object.values(pointsByKind(dataset.servicePoints))) writePoints(db, points);
    meta.run('seed', String(dataset.seed));
    meta.run('seeded_at', seededAt);
  }).immediate();
  directoryWritten(db);
  return true;
}

/**
 * A file an older plskit seeded, before the whole network: its centers gain
 * their townships, names and places, and the network its other points, as a
 * fresh seed would have them (the same ids, so bookings keep their centers).
 * An imported directory is the operator's own and is left as it is.
 */
function topUpNetwork(db: SqliteDatabase, dataset: JiningDataset): void {
  const imported = db.prepare("SELECT 1 FROM dataset_meta WHERE key = 'imported_at'").get() !== undefined;
  const hasNetwork = db.prepare("SELECT 1 FROM service_points WHERE kind = 'village-legal-adviser' LIMIT 1").get() !== undefined;
  if (imported || hasNetwork) return;
  db.transaction(() => {
    writeCenters(db, dataset.serviceCenters.map((c) => ({ ...c, hours: null })));
    for (const points of Object.values(pointsByKind(dataset.servicePoints))) writePoints(db, points);
  }).immediate();
  directoryWritten(db);
}
