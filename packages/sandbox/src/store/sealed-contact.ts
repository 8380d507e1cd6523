// Personal data at rest, for every store that keeps some: a booking's name,
// phone and note, a text message's number and words, and (the same way) a
// work order's name, phone and question. A record's personal fields are
// sealed together, as one JSON value, under a data key of the record's own
// (../crypto/envelope.ts) and bound to the record's id; the data key is kept
// wrapped in data_keys and deleted with the record, so nothing left of the
// record anywhere (a WAL, a backup, a replica) can be read once it is erased.
// What must be matched but never read (a phone number's other bookings, an
// idempotent request's body, a client's address, the day's log pseudonyms) is
// a keyed hash under the deployment's lookup key: a data key too (id
// "lookup"), that rotation re-wraps but never changes, so hashes made before
// a rotation still match.
//
// A store seals with `seal` in the transaction that writes the record (and
// writes the key beside it), and opens only where clear text is the point:
// staff reading the day's roster or opening a work order, the SMS channel, and
// a resident reading their own question and its answer with the work order's
// manage token. Everything else shown to a resident is kept masked beside the
// sealed value, so those reads open nothing.
import { createHmac } from 'node:crypto';
import { normalizeMobile } from '@plskit/core';
import { openBytes, sealBytes } from '../crypto/aes-gcm.js';
import { newDataKey, unwrapDataKey, type WrappedDataKey } from '../crypto/envelope.js';
import type { KeyRing } from '../crypto/key-ring.js';

export type { WrappedDataKey } from '../crypto/envelope.js';

/** A record's personal fields sealed, and the data key they need (store both in the record's transaction). */
export interface SealedFields {
  key: WrappedDataKey;
  sealed: string;
}

export interface ContactVault {
  readonly ring: KeyRing;
  /** Seals `fields` (any JSON value) under a new data key, bound to the record named `record` ("appointment:JN-…"). */
  seal(record: string, fields: unknown): SealedFields;
  /** Seals `fields` again under the record's own data key (a record whose personal fields change: a work order's answer). */
  sealAgain(record: string, fields: unknown, key: WrappedDataKey): string;
  /** The fields `seal` sealed for `record`, with its key: call it only where clear text is the point. */
  open<T>(record: string, sealed: string, key: WrappedDataKey): T;
  /** A phone number's blind index: the keyed hash of its 11 digits, however it was written. */
  phoneKey(phone: string): string;
  /** A keyed hash of `text` for one `purpose`: equal texts match, and nobody without the key can test a guess. */
  keyedHash(purpose: string, text: string): string;
  /** The request log's pseudonym key for one Shanghai day: the same on every node. */
  dayKey(day: string): Buffer;
}

/** The lookup key's id in data_keys. */
export const LOOKUP_KEY_ID = 'lookup';

/** A lookup key for a database that has none yet (the first start after the upgrade). */
export const newLookupKey = (ring: KeyRing): WrappedDataKey => newDataKey(ring, LOOKUP_KEY_ID).stored;

/** A row of data_keys as both engines read it. */
export interface DataKeySqlRow {
  id: string;
  kek_id: string;
  wrapped: string;
}

export const wrappedKeyOf = (row: DataKeySqlRow): WrappedDataKey => ({ id: row.id, kekId: row.kek_id, wrapped: row.wrapped });

export function contactVault(ring: KeyRing, lookupKey: WrappedDataKey): ContactVault {
  const lookup = unwrapDataKey(ring, lookupKey);
  const keyedHash = (purpose: string, text: string) => createHmac('sha256', lookup).update(`${purpose}\u0000${text}`).digest('base64url');
  return {
    ring,
    seal(record, fields) {
      const { key, stored } = newDataKey(ring);
      return { key: stored, sealed: sealBytes(key, Buffer.from(JSON.stringify(fields), 'utf8'), record) };
    },
    sealAgain: (record, fields, key) => sealBytes(unwrapDataKey(ring, key), Buffer.from(JSON.stringify(fields), 'utf8'), record),
    open<T>(record: string, sealed: string, key: WrappedDataKey): T {
      return JSON.parse(openBytes(unwrapDataKey(ring, key), sealed, record).toString('utf8')) as T;
    },
    phoneKey: (phone) => keyedHash('phone', normalizeMobile(phone) ?? phone.trim()),
    keyedHash,
    dayKey: (day) => createHmac('sha256', lookup).update(`client-pseudonym\u0000${day}`).digest(),
  };
}
