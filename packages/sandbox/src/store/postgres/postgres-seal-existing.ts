// The upgrade that seals what earlier versions kept in clear (migration 9),
// as on SQLite (../sqlite/sqlite-seal-existing.ts): each booking's name, phone
// and note under a data key of its own, each waiting text message likewise,
// and each idempotency record's plain sha256 keyed. The migration then drops
// the clear columns and rewrites the tables (VACUUM FULL), so no heap page
// still holds them; the write-ahead log and older base backups still do until
// they are recycled and retired (docs/operations.md, "Keys").
import type pg from 'pg';
import type { KeyRing } from '../../crypto/key-ring.js';
import type { SmsNotification } from '../../events/event.js';
import { fingerprintOf } from '../appointment-decisions.js';
import { contactColumns } from '../appointment-rows.js';
import { requireKeys } from '../migration.js';
import { sealNotification } from '../outbox-rows.js';
import { contactVault } from '../sealed-contact.js';
import { addDataKey, postgresLookupKey } from './postgres-data-keys.js';

interface ClearBooking { reference: string; contact_name: string; contact_phone: string; note: string | null }

export async function sealExistingRows(client: pg.ClientBase, keys: KeyRing | undefined): Promise<void> {
  const bookings = (await client.query<ClearBooking>('SELECT reference, contact_name, contact_phone, note FROM appointments')).rows;
  const messages = (await client.query<{ id: string; body: string }>('SELECT id, body FROM notifications')).rows;
  const records = (await client.query<{ key_hash: string; request_hash: string }>('SELECT key_hash, request_hash FROM idempotency_records')).rows;
  if (!keys) {
    if (bookings.length + messages.length + records.length > 0) requireKeys(keys, 'contact data kept in clear');
    return;
  }
  const vault = contactVault(keys, await postgresLookupKey(client, keys));
  for (const row of bookings) {
    const contact = contactColumns(vault, row.reference, { name: row.contact_name, phone: row.contact_phone, note: row.note });
    await addDataKey(client, contact.key);
    await client.query('UPDATE appointments SET data_key = $1, sealed_contact = $2, shown_contact = $3, phone_key = $4 WHERE reference = $5',
      [contact.key.id, contact.sealedContact, contact.shownContact, contact.phoneKey, row.reference]);
  }
  for (const row of messages) {
    const { key, sealed } = sealNotification(vault, JSON.parse(row.body) as SmsNotification);
    await addDataKey(client, key);
    await client.query('UPDATE notifications SET data_key = $1, sealed_body = $2 WHERE id = $3', [key.id, sealed, row.id]);
  }
  for (const row of records) {
    await client.query('UPDATE idempotency_records SET request_hash = $1 WHERE key_hash = $2', [fingerprintOf(vault, row.request_hash), row.key_hash]);
  }
}
