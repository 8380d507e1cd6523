// The upgrades from releases that kept contact data in clear: the migration
// seals every booking's contact and every waiting text message (then, in the
// next, every work order's contact, question and answers) under data keys of
// their own and drops the clear columns; without the data key it refuses
// rather than leaving them in clear. On SQLite and on PostgreSQL.
import { describe, expect, it } from 'vitest';
import { openStorage } from '../../src/store/open-storage.js';
import { sha256 } from '../../src/store/secrets.js';
import { openPostgres } from '../../src/store/postgres/postgres-database.js';
import { POSTGRES_MIGRATIONS } from '../../src/store/postgres/postgres-migrations.js';
import { openDatabase } from '../../src/store/sqlite/sqlite-database.js';
import { SQLITE_MIGRATIONS } from '../../src/store/sqlite/sqlite-migrations.js';
import { TEST_KEY_RING } from '../test-keys.js';
import { freshDatabase, rawSql, STORE_ENGINES, type StoreEngineName } from './test-storage.js';

/** The schema of the release before sealing (SQLite 9, PostgreSQL 7). */
const toReleaseBefore: Record<StoreEngineName, (db: string) => Promise<void>> = {
  sqlite: async (db) => { openDatabase(db, SQLITE_MIGRATIONS.filter((m) => m.version < 11)).close(); },
  postgres: async (db) => (await openPostgres(db, POSTGRES_MIGRATIONS.filter((m) => m.version < 9))).end(),
};

/** Every migration, with no data key given. */
const upgradeWithoutKey = (engineName: StoreEngineName, db: string): Promise<void> => (engineName === 'sqlite'
  ? Promise.resolve().then(() => { openDatabase(db, SQLITE_MIGRATIONS).close(); })
  : openPostgres(db, POSTGRES_MIGRATIONS).then((pool) => pool.end()));

const NOW = '2026-09-01T09:00:00+08:00';
const GATEWAY = 'https://sms.example.gov.cn/plskit';
const CLEAR = { name: '欧阳旧版', phone: '13712345678', note: '旧版备注-轮椅' };
const MESSAGE = { id: 'ntf_OldReleaseMessage000000001', channel: 'sms', to: CLEAR.phone, template: 'appointment-booked', text: '预约成功：JN-OLD2-0001' };

describe.each(STORE_ENGINES)('the sealing upgrade on %s', (engineName) => {
  async function releaseBefore(): Promise<string> {
    const db = await freshDatabase(engineName);
    await toReleaseBefore[engineName](db);
    const raw = rawSql(engineName, db);
    await raw.sql(`INSERT INTO service_centers (id, name, level, region, address, phone, services, sort)
      VALUES ('sc-370811', '任城区公共法律服务中心', 'county', '370811', '济宁市任城区', '0537-2345678', '["mediation"]', 1)`);
    await raw.sql(`INSERT INTO appointments (reference, manage_token_hash, status, center_id, service, slot_start, slot_end,
      contact_name, contact_phone, note, privacy_notice, locale, created_at, updated_at) VALUES ('JN-OLD2-0001', 'h', 'booked', 'sc-370811',
      'mediation', '2026-09-02T09:00:00+08:00', '2026-09-02T09:30:00+08:00', ?, ?, ?, '2026-12', 'zh-CN', ?, ?)`,
    [CLEAR.name, CLEAR.phone, CLEAR.note, NOW, NOW]);
    await raw.sql('INSERT INTO notifications (id, event_id, body, created_at) VALUES (?, ?, ?, ?)',
      [MESSAGE.id, 'evt_OldReleaseEvent00000000001', JSON.stringify(MESSAGE), NOW]);
    await raw.sql(`INSERT INTO deliveries (message_id, event_id, event_type, target, next_attempt_at, created_at)
      VALUES (?, 'evt_OldReleaseEvent00000000001', 'appointment.booked', ?, 0, ?)`, [MESSAGE.id, GATEWAY, NOW]);
    await raw.close();
    return db;
  }

  it('seals what it finds in clear: no column holds it after, and the staff\'s read and the SMS channel still open it', async () => {
    const db = await releaseBefore();
    const engine = await openStorage(db, { keys: TEST_KEY_RING });
    try {
      const raw = rawSql(engineName, db);
      const kept = JSON.stringify([
        await raw.sql('SELECT * FROM appointments'), await raw.sql('SELECT * FROM notifications'),
      ]);
      await raw.close();
      for (const clear of [CLEAR.name, CLEAR.phone, CLEAR.note, MESSAGE.text]) expect(kept).not.toContain(clear);
      expect(await engine.appointments.contactOf('JN-OLD2-0001')).toEqual(CLEAR);
      const [waiting] = await engine.outbox.claim([GATEWAY], Date.now(), 60_000, 10);
      expect(JSON.parse(waiting?.body ?? '')).toEqual(MESSAGE);
    } finally {
      await engine.close();
    }
  });

  it('refuses to upgrade rows in clear without the data key, and leaves the database as it was', async () => {
    const db = await releaseBefore();
    await expect(upgradeWithoutKey(engineName, db)).rejects.toThrow(/migrate it with the data key \(PLSKIT_DATA_KEY\) given/);
    const raw = rawSql(engineName, db);
    expect(await raw.sql('SELECT contact_name FROM appointments')).toEqual([{ contact_name: CLEAR.name }]);
    await raw.close();
  });
});

/** The schema of the release before work orders were sealed (SQLite 11, PostgreSQL 9). */
const toReleaseBeforeWorkOrderSealing: Record<StoreEngineName, (db: string) => Promise<void>> = {
  sqlite: async (db) => { openDatabase(db, SQLITE_MIGRATIONS.filter((m) => m.version < 12)).close(); },
  postgres: async (db) => (await openPostgres(db, POSTGRES_MIGRATIONS.filter((m) => m.version < 10))).end(),
};

const ASKED = { name: '欧阳旧单', phone: '13612345678', question: '旧版问题-宅基地纠纷', answer: '旧版答复-先申请调解' };
const TOKEN = 'old-release-manage-token-0123456789';

describe.each(STORE_ENGINES)('the work-order sealing upgrade on %s', (engineName) => {
  async function releaseBefore(): Promise<string> {
    const db = await freshDatabase(engineName);
    await toReleaseBeforeWorkOrderSealing[engineName](db);
    const raw = rawSql(engineName, db);
    const timeline = [{ kind: 'received', at: NOW }, { kind: 'answered', at: NOW, text: ASKED.answer }];
    await raw.sql(`INSERT INTO work_orders (reference, manage_token_hash, kind, channel, status, topic, region, contact_name, contact_phone,
      question, privacy_notice, locale, due_by, timeline, created_at, updated_at, answered_at) VALUES ('GD-OLD2-0001', ?, 'question', 'web',
      'answered', 'real-estate', '370811', ?, ?, ?, '2026-12', 'zh-CN', '2026-09-04', ?, ?, ?, ?)`,
    [sha256(TOKEN), ASKED.name, ASKED.phone, ASKED.question, JSON.stringify(timeline), NOW, NOW, NOW]);
    await raw.close();
    return db;
  }

  it('seals each work order\'s contact, question and answer: no column holds them after, and staff and the resident still read them', async () => {
    const db = await releaseBefore();
    const engine = await openStorage(db, { keys: TEST_KEY_RING });
    try {
      const raw = rawSql(engineName, db);
      const [row] = await raw.sql<Record<string, unknown>>('SELECT * FROM work_orders');
      await raw.close();
      for (const clear of Object.values(ASKED)) expect(JSON.stringify(row)).not.toContain(clear);
      expect(JSON.parse(String(row?.shown_contact))).toEqual({ name: '欧***', phone: '136****5678' });
      expect(row?.phone_key).toBe(engine.vault.phoneKey(ASKED.phone));
      const followed = await engine.workOrders.follow('GD-OLD2-0001', TOKEN);
      expect(followed).toMatchObject({
        kind: 'ok', workOrder: { contact: { name: ASKED.name, phone: ASKED.phone }, text: ASKED.question, timeline: [{ kind: 'received' }, { text: ASKED.answer }] },
      });
    } finally {
      await engine.close();
    }
  });

  it('refuses to upgrade work orders in clear without the data key, and leaves them as they were', async () => {
    const db = await releaseBefore();
    await expect(upgradeWithoutKey(engineName, db)).rejects.toThrow(/work orders kept in clear to encrypt/);
    const raw = rawSql(engineName, db);
    expect(await raw.sql('SELECT contact_name FROM work_orders')).toEqual([{ contact_name: ASKED.name }]);
    await raw.close();
  });
});
