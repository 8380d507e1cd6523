// The upgrade that seals the work orders earlier versions kept in clear
// (migration 12): each one's name, phone, question and answers under a data
// key of its own, its number's blind index beside them. It runs inside the
// migration's transaction, before the clear columns are dropped; the migration
// then rewrites the file (VACUUM), so the old cells are gone from it too.
// the driver's type, not sqlite-database.ts's: that file migrates, and the migrations call this
import type Database from 'better-sqlite3';
import type { KeyRing } from '../../crypto/key-ring.js';
import { requireKeys } from '../migration.js';
import { contactVault } from '../sealed-contact.js';
import { SEALED_UPGRADE, sealClearWorkOrder, type ClearWorkOrderSqlRow } from '../work-order-rows.js';
import { sqliteDataKeys, sqliteLookupKey } from './sqlite-data-keys.js';

export function sealExistingWorkOrders(db: Database.Database, keys: KeyRing | undefined): void {
  const rows = db.prepare('SELECT reference, contact_name, contact_phone, question, timeline FROM work_orders').all() as ClearWorkOrderSqlRow[];
  if (rows.length === 0) return;
  const ring = requireKeys(keys, 'work orders kept in clear');
  const vault = contactVault(ring, sqliteLookupKey(db, ring)!);
  const dataKeys = sqliteDataKeys(db);
  const seal = db.prepare(SEALED_UPGRADE);
  for (const row of rows) {
    const { key, values } = sealClearWorkOrder(vault, row);
    dataKeys.add(key);
    seal.run(...values);
  }
}
