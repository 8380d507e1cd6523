// A row of the appointments table, as both engines' `SELECT *` returns it.
import type { Locale } from '@plskit/core';
import type { AppointmentStatus, BookingChannel, StoredAppointment } from './appointment-store.js';

export interface AppointmentSqlRow {
  reference: string; manage_token_hash: string; status: AppointmentStatus; center_id: string; service: string;
  slot_start: string; slot_end: string; contact_name: string; contact_phone: string;
  note: string | null; privacy_notice: string; locale: Locale; channel: BookingChannel; created_at: string; updated_at: string;
}

/** The booking and its token's hash, which authorise() checks a presented token against. */
export function fromRow(row: AppointmentSqlRow | undefined): { appointment: StoredAppointment; manageTokenHash: string } | undefined {
  if (!row) return undefined;
  return {
    appointment: {
      reference: row.reference, status: row.status, centerId: row.center_id, service: row.service,
      slot: { start: row.slot_start, end: row.slot_end },
      contact: { name: row.contact_name, phone: row.contact_phone },
      note: row.note, privacyNotice: row.privacy_notice, locale: row.locale, channel: row.channel, createdAt: row.created_at, updatedAt: row.updated_at,
    },
    manageTokenHash: row.manage_token_hash,
  };
}

/** The columns an engine writes for a booking, in the order of APPOINTMENT_COLUMNS (contact_id_number stays NULL: booking asks for no ID number, PIPL Art 6). */
export const APPOINTMENT_COLUMNS = 'reference, manage_token_hash, status, center_id, service, slot_start, slot_end, contact_name, contact_phone, note, privacy_notice, locale, channel, created_at, updated_at';

export const appointmentValues = (a: StoredAppointment, manageTokenHash: string): unknown[] => [
  a.reference, manageTokenHash, a.status, a.centerId, a.service, a.slot.start, a.slot.end, a.contact.name, a.contact.phone,
  a.note, a.privacyNotice, a.locale, a.channel, a.createdAt, a.updatedAt,
];
