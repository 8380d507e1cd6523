// Envelope encryption: each record has a data key of its own (256 random
// bits, AES-256-GCM), kept only wrapped by a key-encryption key of the ring,
// with that key's id beside it. Destroying a record's data key makes every
// copy of its ciphertext unreadable, wherever the bytes remain (a write-ahead
// log, a backup, a replica): the key-encryption key alone opens nothing, since
// data keys are drawn at random, never derived from it.
import { randomBytes } from 'node:crypto';
import { openBytes, sealBytes } from './aes-gcm.js';
import { KEY_BYTES, type KeyRing } from './key-ring.js';

/** A data key as it is stored: its id, the id of the key that wrapped it, and the wrapped bytes. */
export interface WrappedDataKey {
  id: string;
  kekId: string;
  wrapped: string;
}

/** A wrapped key names a key-encryption key the ring does not have (an old one dropped too soon, or another deployment's). */
export class UnknownKeyEncryptionKeyError extends Error {
  override name = 'UnknownKeyEncryptionKeyError';
  constructor(readonly kekId: string) {
    super(`a data key is wrapped by ${kekId}, which PLSKIT_DATA_KEY does not hold: give the ring the key with that id (keys are named by their fingerprint)`);
  }
}

// the wrap is bound to the data key's id: a wrapped key copied to another id does not unwrap
const bound = (id: string) => `data-key:${id}`;

export const newDataKeyId = (): string => `dk_${randomBytes(18).toString('base64url')}`;

/** A fresh data key, and how it is stored (wrapped by the ring's current key). */
export function newDataKey(ring: KeyRing, id: string = newDataKeyId()): { key: Buffer; stored: WrappedDataKey } {
  const key = randomBytes(KEY_BYTES);
  return { key, stored: wrap(ring, id, key) };
}

export function unwrapDataKey(ring: KeyRing, stored: WrappedDataKey): Buffer {
  const kek = ring.byId.get(stored.kekId);
  if (!kek) throw new UnknownKeyEncryptionKeyError(stored.kekId);
  return openBytes(kek.key, stored.wrapped, bound(stored.id));
}

/** The same data key wrapped again by the ring's current key (a rotation). */
export const rewrapDataKey = (ring: KeyRing, stored: WrappedDataKey): WrappedDataKey => wrap(ring, stored.id, unwrapDataKey(ring, stored));

function wrap(ring: KeyRing, id: string, key: Buffer): WrappedDataKey {
  return { id, kekId: ring.current.id, wrapped: sealBytes(ring.current.key, key, bound(id)) };
}
