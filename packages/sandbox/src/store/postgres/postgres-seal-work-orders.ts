// The upgrade that seals the work orders earlier versions kept in clear
// (migration 10), as on SQLite (../sqlite/sqlite-seal-work-orders.ts): each
// one's name, phone, question and answers under a data key of its own, its
// number's blind index beside them. The migration then drops the clear
// columns and rewrites the table (VACUUM FULL), so no heap page still holds
// them; the write-ahead log and older base backups still do until they are
// recycled and retired (docs/operations.md, "Keys").
import type pg from 'pg';
import type { KeyRing } from '../../crypto/key-ring.js';
import { requireKeys } from '../migration.js';
import { contactVault } from '../sealed-contact.js';
import { SEALED_UPGRADE, sealClearWorkOrder, type ClearWorkOrderSqlRow } from '../work-order-rows.js';
import { addDataKey, postgresLookupKey } from './postgres-data-keys.js';

export async function sealExistingWorkOrders(client: pg.ClientBase, keys: KeyRing | undefined): Promise<void> {
  const { rows } = await client.query<ClearWorkOrderSqlRow>('SELECT reference, contact_name, contact_phone, question, timeline FROM work_orders');
  if (rows.length === 0) return;
  const ring = requireKeys(keys, 'work orders kept in clear');
  const vault = contactVault(ring, await postgresLookupKey(client, ring));
  let n = 0;
  const update = SEALED_UPGRADE.replace(/\?/g, () => `$${++n}`);
  for (const row of rows) {
    const { key, values } = sealClearWorkOrder(vault, row);
    await addDataKey(client, key);
    await client.query(update, values);
  }
}
