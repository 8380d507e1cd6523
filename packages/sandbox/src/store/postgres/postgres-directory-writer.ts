// The directory writer on PostgreSQL: the import's snapshot, checks and writes
// in one transaction, behind an advisory lock so two imports (or an import and
// a first start's seeding) take turns. Rows go in as one jsonb document per
// kind, a statement each, however long the roster.
import type { JiningDataset } from '../../dataset/jining-dataset.js';
import { pointsByKind, SERVICE_POINT_KINDS, type PointKind } from '../../dataset/service-point-record.js';
import type { DirectoryReplacement, DirectorySnapshot, DirectoryWriter } from '../directory-writer.js';
import { ADVISORY_LOCK, type PostgresClient } from './postgres-database.js';
import { jobLock, type PostgresTransactions } from './postgres-transactions.js';

async function snapshot(client: PostgresClient): Promise<DirectorySnapshot> {
  const ids = async (sql: string) => (await client.query<{ id: string }>(sql)).rows.map((r) => r.id);
  return {
    firms: (await client.query('SELECT id, name, region FROM law_firms')).rows,
    lawyers: (await client.query('SELECT id, firm_id AS "firmId" FROM lawyers')).rows,
    centerIds: await ids('SELECT id FROM service_centers'),
    centersWithAppointments: await ids('SELECT DISTINCT center_id AS id FROM appointments'),
    pointIds: await pointIds(client),
  };
}

/** One query at a time: a client runs its queries in turn. */
async function pointIds(client: PostgresClient): Promise<Record<PointKind, string[]>> {
  const byKind = {} as Record<PointKind, string[]>;
  for (const kind of SERVICE_POINT_KINDS.slice(1) as PointKind[]) {
    byKind[kind] = (await client.query<{ id: string }>('SELECT id FROM service_points WHERE kind = $1 ORDER BY sort', [kind])).rows.map((r) => r.id);
  }
  return byKind;
}

const removeOthers = (client: PostgresClient, table: string, kept: { id: string }[]) =>
  client.query(`DELETE FROM ${table} WHERE NOT (id = ANY($1::text[]))`, [kept.map((r) => r.id)]);

/** A record with its list position (`sort`) and its location as three columns, for jsonb_to_recordset. */
const placed = <T extends { location: { latitude: number; longitude: number; precision: number } | null }>(records: readonly T[]) =>
  JSON.stringify(records.map((record, sort) => ({
    ...record, sort, latitude: record.location?.latitude ?? null, longitude: record.location?.longitude ?? null,
    precision: record.location?.precision ?? null,
  })));

async function writeRecords(client: PostgresClient, replacement: DirectoryReplacement): Promise<void> {
  const { lawyers, 'law-firms': firms, 'service-centers': centers, points = {} } = replacement;
  // removals first: a lawyer re-filed under a new id frees the licence number before it is inserted again
  if (lawyers) await removeOthers(client, 'lawyers', lawyers);
  if (firms) await removeOthers(client, 'law_firms', firms);
  if (centers) await removeOthers(client, 'service_centers', centers);
  for (const [kind, list] of Object.entries(points)) {
    await client.query('DELETE FROM service_points WHERE kind = $1 AND NOT (id = ANY($2::text[]))', [kind, list.map((r) => r.id)]);
  }
  if (firms) {
    await client.query(`INSERT INTO law_firms (id, name, region, address, phone)
      SELECT id, name, region, address, phone FROM jsonb_to_recordset($1::jsonb) AS x(id text, name text, region text, address text, phone text)
      ON CONFLICT (id) DO UPDATE SET name = excluded.name, region = excluded.region, address = excluded.address, phone = excluded.phone`,
    [JSON.stringify(firms)]);
  }
  if (lawyers) {
    await client.query(`INSERT INTO lawyers (id, name, sex, licence_number, category, firm_id, region, practice_areas, languages,
        first_practice_year, accepts_legal_aid, phone)
      SELECT id, name, sex, "licenceNumber", category, "firmId", region, "practiceAreas", languages, "firstPracticeYear", "acceptsLegalAid", phone
      FROM jsonb_to_recordset($1::jsonb) AS x(id text, name text, sex text, "licenceNumber" text, category text, "firmId" text, region text,
        "practiceAreas" jsonb, languages jsonb, "firstPracticeYear" int, "acceptsLegalAid" boolean, phone text)
      ON CONFLICT (id) DO UPDATE SET name = excluded.name, sex = excluded.sex, licence_number = excluded.licence_number,
        category = excluded.category, firm_id = excluded.firm_id, region = excluded.region, practice_areas = excluded.practice_areas,
        languages = excluded.languages, first_practice_year = excluded.first_practice_year,
        accepts_legal_aid = excluded.accepts_legal_aid, phone = excluded.phone`,
    [JSON.stringify(lawyers)]);
  }
  if (centers) {
    await client.query(`INSERT INTO service_centers (id, name, level, region, address, phone, services, sort, opening_hours,
        township, latitude, longitude, location_precision)
      SELECT id, name, level, region, address, phone, services, sort, hours, township, latitude, longitude, precision
      FROM jsonb_to_recordset($1::jsonb) AS x(id text, name text, level text, region text, address text, phone text,
        services jsonb, sort int, hours jsonb, township text, latitude float8, longitude float8, precision int)
      ON CONFLICT (id) DO UPDATE SET name = excluded.name, level = excluded.level, region = excluded.region,
        address = excluded.address, phone = excluded.phone, services = excluded.services, sort = excluded.sort,
        opening_hours = excluded.opening_hours, township = excluded.township, latitude = excluded.latitude,
        longitude = excluded.longitude, location_precision = excluded.location_precision`,
    [placed(centers)]);
  }
  for (const list of Object.values(points)) {
    await client.query(`INSERT INTO service_points (id, kind, sort, name, region, township, village, address, phone, services,
        opening_hours, latitude, longitude, location_precision, details)
      SELECT id, kind, sort, name, region, township, village, address, phone, services, hours, latitude, longitude, precision, details
      FROM jsonb_to_recordset($1::jsonb) AS x(id text, kind text, sort int, name text, region text, township text, village text,
        address text, phone text, services jsonb, hours jsonb, latitude float8, longitude float8, precision int, details jsonb)
      ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, sort = excluded.sort, name = excluded.name, region = excluded.region,
        township = excluded.township, village = excluded.village, address = excluded.address, phone = excluded.phone,
        services = excluded.services, opening_hours = excluded.opening_hours, latitude = excluded.latitude,
        longitude = excluded.longitude, location_precision = excluded.location_precision, details = excluded.details`,
    [placed(list)]);
  }
}

const setMeta = (client: PostgresClient, key: string, value: string) =>
  client.query('INSERT INTO dataset_meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value', [key, value]);

/** `owned`: closing the writer closes the pool (a command line's own connections). */
export function postgresDirectoryWriter({ pool, write }: PostgresTransactions, owned = false): DirectoryWriter {
  return {
    replace(plan, importedAt) {
      return write(async (client) => {
        await jobLock(client, ADVISORY_LOCK.import);
        const { replacement, result } = plan(await snapshot(client));
        if (replacement) {
          await writeRecords(client, replacement);
          // an imported directory is never overwritten by the synthetic seed
          await setMeta(client, 'imported_at', importedAt);
        }
        return result;
      });
    },
    async close() {
      if (owned) await pool.end();
    },
  };
}

/** Loads the synthetic dataset once, as the SQLite seeder does; several nodes starting together seed it once. */
export function seedPostgres({ write }: PostgresTransactions, dataset: JiningDataset, seededAt: string): Promise<boolean> {
  return write(async (client) => {
    await jobLock(client, ADVISORY_LOCK.import);
    const seeded = await client.query<{ key: string }>("SELECT key FROM dataset_meta WHERE key IN ('seed', 'imported_at')");
    if (seeded.rowCount) {
      // seeded by an older plskit, before the whole network: the centers and points as a fresh seed has them (as sqlite-seed.ts)
      const imported = seeded.rows.some((row) => row.key === 'imported_at');
      const advisers = await client.query("SELECT 1 FROM service_points WHERE kind = 'village-legal-adviser' LIMIT 1");
      if (!imported && !advisers.rowCount) {
        await writeRecords(client, { 'service-centers': dataset.serviceCenters.map((c) => ({ ...c, hours: null })), points: pointsByKind(dataset.servicePoints) });
      }
      return false;
    }
    await writeRecords(client, {
      'law-firms': dataset.lawFirms, lawyers: dataset.lawyers,
      'service-centers': dataset.serviceCenters.map((c) => ({ ...c, hours: null })), points: pointsByKind(dataset.servicePoints),
    });
    await setMeta(client, 'seed', String(dataset.seed));
    await setMeta(client, 'seeded_at', seededAt);
    return true;
  });
}
