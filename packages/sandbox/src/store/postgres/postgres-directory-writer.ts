// The directory writer on PostgreSQL: the import's snapshot, checks and writes
// in one transaction, behind an advisory lock so two imports (or an import and
// a first start's seeding) take turns. Rows go in as one jsonb document per
// kind, a statement each, however long the roster.
import type { JiningDataset } from '../../dataset/jining-dataset.js';
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
    notaryIds: await ids('SELECT id FROM notary_offices'),
  };
}

const removeOthers = (client: PostgresClient, table: string, kept: { id: string }[]) =>
  client.query(`DELETE FROM ${table} WHERE NOT (id = ANY($1::text[]))`, [kept.map((r) => r.id)]);

async function writeRecords(client: PostgresClient, replacement: DirectoryReplacement): Promise<void> {
  const { lawyers, 'law-firms': firms, 'service-centers': centers, 'notary-offices': notaries } = replacement;
  // removals first: a lawyer re-filed under a new id frees the licence number before it is inserted again
  if (lawyers) await removeOthers(client, 'lawyers', lawyers);
  if (firms) await removeOthers(client, 'law_firms', firms);
  if (centers) await removeOthers(client, 'service_centers', centers);
  if (notaries) await removeOthers(client, 'notary_offices', notaries);
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
    await client.query(`INSERT INTO service_centers (id, name, level, region, address, phone, services, sort, opening_hours)
      SELECT id, name, level, region, address, phone, services, sort, hours
      FROM jsonb_to_recordset($1::jsonb) AS x(id text, name text, level text, region text, address text, phone text,
        services jsonb, sort int, hours jsonb)
      ON CONFLICT (id) DO UPDATE SET name = excluded.name, level = excluded.level, region = excluded.region,
        address = excluded.address, phone = excluded.phone, services = excluded.services, sort = excluded.sort,
        opening_hours = excluded.opening_hours`,
    [JSON.stringify(centers.map((center, sort) => ({ ...center, sort })))]);
  }
  if (notaries) {
    await client.query(`INSERT INTO notary_offices (id, name, region, address, phone)
      SELECT id, name, region, address, phone FROM jsonb_to_recordset($1::jsonb) AS x(id text, name text, region text, address text, phone text)
      ON CONFLICT (id) DO UPDATE SET name = excluded.name, region = excluded.region, address = excluded.address, phone = excluded.phone`,
    [JSON.stringify(notaries)]);
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
    const seeded = await client.query("SELECT 1 FROM dataset_meta WHERE key IN ('seed', 'imported_at')");
    if (seeded.rowCount) return false;
    await writeRecords(client, {
      'law-firms': dataset.lawFirms, lawyers: dataset.lawyers,
      'service-centers': dataset.serviceCenters.map((c) => ({ ...c, hours: null })), 'notary-offices': dataset.notaryOffices,
    });
    await setMeta(client, 'seed', String(dataset.seed));
    await setMeta(client, 'seeded_at', seededAt);
    return true;
  });
}
