// The upgrade that seals what earlier versions kept in clear (migration 11):
// each booking's name, phone and note under a data key of its own, each
// waiting text message likewise, and each idempotency record's plain sha256
// of its body keyed. It runs inside the migration's transaction, before the
// clear columns are dropped; the migration then rewrites the file (VACUUM),
// so the old cells are gone from it, not only from the tables.
// the driver's type, not sqlite-database.ts's: that file migrates, and the migrations call this
import type Database from 'better-sqlite3';
import type { KeyRing } from '../../crypto/key-ring.js';
import type { SmsNotification } from '../../events/event.js';
import { fingerprintOf } from '../appointment-decisions.js';
import { contactColumns } from '../appointment-rows.js';
import { requireKeys } from '../migration.js';
import { sealNotification } from '../outbox-rows.js';
import { contactVault } from '../sealed-contact.js';
import { sqliteDataKeys, sqliteLookupKey } from './sqlite-data-keys.js';

interface ClearBooking { reference: string; contact_name: string; contact_phone: string; note: string | null }

export function sealExistingRows(db: Database.Database, keys: KeyRing | undefined): void {
  const bookings = db.prepare('SELECT reference, contact_name, contact_phone, note FROM appointments').all() as ClearBooking[];
  const messages = db.prepare('SELECT id, body FROM notifications').all() as { id: string; body: string }[];
  const records = db.prepare('SELECT key_hash, request_hash FROM idempotency_records').all() as { key_hash: string; request_hash: string }[];
  if (!keys) {
    if (bookings.length + messages.length + records.length > 0) requireKeys(keys, 'contact data kept in clear');
    return;
  }
  const vault = contactVault(keys, sqliteLookupKey(db, keys)!);
  const dataKeys = sqliteDataKeys(db);
  const sealBooking = db.prepare('UPDATE appointments SET data_key = ?, sealed_contact = ?, shown_contact = ?, phone_key = ? WHERE reference = ?');
  for (const row of bookings) {
    const contact = contactColumns(vault, row.reference, { name: row.contact_name, phone: row.contact_phone, note: row.note });
    dataKeys.add(contact.key);
    sealBooking.run(contact.key.id, contact.sealedContact, contact.shownContact, contact.phoneKey, row.reference);
  }
  const sealMessage = db.prepare('UPDATE notifications SET data_key = ?, sealed_body = ? WHERE id = ?');
  for (const row of messages) {
    const { key, sealed } = sealNotification(vault, JSON.parse(row.body) as SmsNotification);
    dataKeys.add(key);
    sealMessage.run(key.id, sealed, row.id);
  }
  const keyHash = db.prepare('UPDATE idempotency_records SET request_hash = ? WHERE key_hash = ?');
  for (const row of records) keyHash.run(fingerprintOf(vault, row.request_hash), row.key_hash);
}
