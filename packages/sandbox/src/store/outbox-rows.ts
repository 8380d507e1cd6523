// Rows of the outbox as both engines read them (PostgreSQL's BIGINT columns
// arrive as text), what the store hands up, and the two places the SMS
// channel reads personal data in clear: the booking's number when a message is
// made, and the sealed message when it is sent.
import { shanghaiDateTime } from '@plskit/core';
import type { SmsNotification } from '../events/event.js';
import type { SmsRecipient } from '../notifications/sms-notification.js';
import { residentContact, type AppointmentSqlRow } from './appointment-rows.js';
import type { ClaimedDelivery, DeliveryLogEntry, DeliveryState } from './outbox-store.js';
import { wrappedKeyOf, type ContactVault, type DataKeySqlRow, type SealedFields } from './sealed-contact.js';

export interface DeliverySqlRow {
  id: number | string; message_id: string; event_id: string; event_type: string; target: string; state: DeliveryState;
  attempts: number; next_attempt_at: number | string; lease_until: number | string | null; lease_token: string | null;
  last_status: number | null; last_error: string | null; last_attempt_at: string | null; created_at: string;
  expires_at: number | string | null;
}

export interface EventSqlRow {
  seq: number | string; id: string; type: string; created: string; body: string;
}

/** A due delivery with what it sends: an event's body, or a text message sealed with its data key (key_id, kek_id, wrapped). */
export type DueDeliverySqlRow = DeliverySqlRow & {
  event_body: string | null; sealed_body: string | null; key_id: string | null; kek_id: string | null; wrapped: string | null;
};

/** A booking's row joined to its center's name and its data key: what a text message about it needs. */
export type RecipientSqlRow = Pick<AppointmentSqlRow, 'reference' | 'sealed_contact' | 'locale' | 'privacy_notice'> & DataKeySqlRow & { center_name: string };

/** The columns of RecipientSqlRow, from `appointments a JOIN service_centers c JOIN data_keys k`. */
export const RECIPIENT_COLUMNS = 'a.reference, a.sealed_contact, a.locale, a.privacy_notice, c.name AS center_name, k.id, k.kek_id, k.wrapped';

/** Whom a booking's text message goes to: its number opened from the seal (the SMS channel's read). */
export const smsRecipient = (vault: ContactVault, row: RecipientSqlRow | undefined): SmsRecipient | undefined => row && {
  phone: residentContact(vault, row, row).phone, locale: row.locale, privacyNotice: row.privacy_notice, centerName: row.center_name,
};

const sealedFor = (id: string) => `notification:${id}`;

/** A text message as it is kept until sent: sealed under a data key of its own. */
export const sealNotification = (vault: ContactVault, message: SmsNotification): SealedFields => vault.seal(sealedFor(message.id), message);

/** The bytes a due delivery POSTs: the event, or the text message opened from its seal (the SMS channel's other read). */
function bodyOf(vault: ContactVault, row: DueDeliverySqlRow): string {
  if (row.event_body !== null) return row.event_body;
  if (row.sealed_body === null || row.key_id === null || row.kek_id === null || row.wrapped === null) return '';
  return JSON.stringify(vault.open(sealedFor(row.message_id), row.sealed_body, wrappedKeyOf({ id: row.key_id, kek_id: row.kek_id, wrapped: row.wrapped })));
}

export const toClaimed = (vault: ContactVault, row: DueDeliverySqlRow, lease: string): ClaimedDelivery => ({
  id: String(row.id), messageId: row.message_id, eventType: row.event_type, target: row.target, attempts: row.attempts,
  body: bodyOf(vault, row), lease, ...(row.expires_at === null ? {} : { expiresAtMs: Number(row.expires_at) }),
});

export const toLogEntry = (row: DeliverySqlRow): DeliveryLogEntry => ({
  messageId: row.message_id, eventId: row.event_id, eventType: row.event_type, target: row.target, state: row.state,
  attempts: row.attempts, lastStatus: row.last_status, lastError: row.last_error, lastAttemptAt: row.last_attempt_at,
  nextAttemptAt: row.state === 'pending' ? shanghaiDateTime(new Date(Math.max(Number(row.next_attempt_at), Number(row.lease_until ?? 0)))) : null,
  created: row.created_at,
});

/** The due deliveries' columns, from `deliveries d LEFT JOIN events e, notifications n, data_keys k`. */
export const DUE_COLUMNS = 'd.*, e.body AS event_body, n.sealed_body, k.id AS key_id, k.kek_id, k.wrapped';
export const DUE_JOINS = `LEFT JOIN events e ON e.id = d.message_id LEFT JOIN notifications n ON n.id = d.message_id
  LEFT JOIN data_keys k ON k.id = n.data_key`;

/** Sets a delivery pending again from its first attempt, due at once: a replay. */
export const REPLAYED = `state = 'pending', attempts = 0, next_attempt_at = 0, lease_until = NULL, lease_token = NULL`;

/** Where a text message comes from: the event that made it, or (a confirmation code) its phone verification. */
export interface MessageSource {
  eventId: string;
  eventType: string;
  created: string;
  /** A code's message is worth nothing after this (wall-clock ms). */
  expiresAtMs?: number;
}
