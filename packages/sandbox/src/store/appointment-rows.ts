// A row of the appointments table, as both engines' `SELECT *` returns it, and
// the contact's columns: sealed (../sealed-contact.ts) with the booking's own
// data key, shown masked (the one form a resident's reads need), and found by
// the phone's blind index (the limits per person).
import { maskName, maskPhone, type Locale } from '@plskit/core';
import type { AppointmentStatus, BookingChannel, ResidentContact, StoredAppointment } from './appointment-store.js';
import { wrappedKeyOf, type ContactVault, type DataKeySqlRow, type WrappedDataKey } from './sealed-contact.js';

export interface AppointmentSqlRow {
  reference: string; manage_token_hash: string; status: AppointmentStatus; center_id: string; service: string;
  slot_start: string; slot_end: string; privacy_notice: string; locale: Locale; channel: BookingChannel; created_at: string; updated_at: string;
  data_key: string; sealed_contact: string; shown_contact: string; phone_key: string;
}

/** What a booking's sealed contact is bound to: its reference (a sealed value moved to another row does not open). */
const sealedFor = (reference: string) => `appointment:${reference}`;

/** The booking and its token's hash, which authorise() checks a presented token against. Nothing is opened: the contact is the masked one. */
export function fromRow(row: AppointmentSqlRow | undefined): { appointment: StoredAppointment; manageTokenHash: string } | undefined {
  if (!row) return undefined;
  return {
    appointment: {
      reference: row.reference, status: row.status, centerId: row.center_id, service: row.service,
      slot: { start: row.slot_start, end: row.slot_end }, contact: JSON.parse(row.shown_contact) as StoredAppointment['contact'],
      privacyNotice: row.privacy_notice, locale: row.locale, channel: row.channel, createdAt: row.created_at, updatedAt: row.updated_at,
    },
    manageTokenHash: row.manage_token_hash,
  };
}

/** The contact's columns for a booking, and the data key to store beside them in the same transaction. */
export function contactColumns(vault: ContactVault, reference: string, contact: ResidentContact):
  { key: WrappedDataKey; sealedContact: string; shownContact: string; phoneKey: string } {
  const { key, sealed } = vault.seal(sealedFor(reference), contact);
  return {
    key, sealedContact: sealed, phoneKey: vault.phoneKey(contact.phone),
    shownContact: JSON.stringify(maskedContact(contact)),
  };
}

/** The contact as a resident is shown it (张*, 138****8000): kept beside the sealed one, so their reads open nothing. */
export const maskedContact = (contact: { name: string; phone: string }): StoredAppointment['contact'] =>
  ({ name: maskName(contact.name), phone: maskPhone(contact.phone) });

/**
 * The one way to a booking's contact in clear: opens the row's sealed contact
 * with its data key (the row joined to data_keys on data_key). The staff's
 * roster and the SMS channel call it; no resident's read does.
 */
export const residentContact = (vault: ContactVault, row: Pick<AppointmentSqlRow, 'reference' | 'sealed_contact'>, key: DataKeySqlRow): ResidentContact =>
  vault.open<ResidentContact>(sealedFor(row.reference), row.sealed_contact, wrappedKeyOf(key));

/** A booking's row with its data key: what `OPENABLE_APPOINTMENTS` selects. */
export type OpenableSqlRow = AppointmentSqlRow & Pick<DataKeySqlRow, 'kek_id' | 'wrapped'>;

/** Bookings with their data keys, for a read that opens the contact (add WHERE … on `a`). */
export const OPENABLE_APPOINTMENTS = 'SELECT a.*, k.kek_id, k.wrapped FROM appointments a JOIN data_keys k ON k.id = a.data_key';

/** A booking as the staff's roster reads it: its contact and note opened from the seal (an audited read). */
export function openedAppointment(vault: ContactVault, row: OpenableSqlRow): StoredAppointment {
  const { appointment } = fromRow(row)!;
  const { note, ...contact } = residentContact(vault, row, { id: row.data_key, kek_id: row.kek_id, wrapped: row.wrapped });
  return { ...appointment, contact, note };
}

/** The columns an engine writes for a booking, in the order of appointmentValues. */
export const APPOINTMENT_COLUMNS = 'reference, manage_token_hash, status, center_id, service, slot_start, slot_end, '
  + 'privacy_notice, locale, channel, created_at, updated_at, data_key, sealed_contact, shown_contact, phone_key';

export const appointmentValues = (a: StoredAppointment, manageTokenHash: string, contact: ReturnType<typeof contactColumns>): unknown[] => [
  a.reference, manageTokenHash, a.status, a.centerId, a.service, a.slot.start, a.slot.end,
  a.privacyNotice, a.locale, a.channel, a.createdAt, a.updatedAt, contact.key.id, contact.sealedContact, contact.shownContact, contact.phoneKey,
];
