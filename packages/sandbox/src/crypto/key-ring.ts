// The key-encryption keys (KEKs) an operator gives the sandbox, from
// PLSKIT_DATA_KEY or the file PLSKIT_DATA_KEY_FILE names: one or more 256-bit
// keys, base64, separated by commas or new lines (a file may hold # comments).
// The first wraps every new data key; each of them unwraps the data keys it
// once wrapped. A key is known by an id derived from it, stored beside every
// data key it wraps: rotating is putting a new key first, re-wrapping
// (`plskit-sandbox data-key rewrap`), then dropping the old one.
import { createHmac, randomBytes } from 'node:crypto';

export interface KeyEncryptionKey {
  /** `kek-` and 10 hex digits: a fingerprint, which names the key without revealing it. */
  id: string;
  key: Buffer;
}

export interface KeyRing {
  /** The key new data keys are wrapped with. */
  current: KeyEncryptionKey;
  /** Every key of the ring by its id: the ones that unwrap. */
  byId: ReadonlyMap<string, KeyEncryptionKey>;
}

export const KEY_BYTES = 32;

export const keyIdOf = (key: Buffer): string => `kek-${createHmac('sha256', key).update('plskit key id').digest('hex').slice(0, 10)}`;

/** A new random key, as PLSKIT_DATA_KEY takes it (`plskit-sandbox data-key new`). */
export const newKeyText = (): string => randomBytes(KEY_BYTES).toString('base64');

/** The ring a setting's text holds; `source` names the setting in the error (never the key). */
export function parseKeyRing(text: string, source: string): KeyRing {
  const entries = text.split('\n').map((line) => line.replace(/#.*/, '')).join(',').split(/[,\s]+/).filter(Boolean);
  if (entries.length === 0) throw new Error(`${source} holds no key: give a base64 256-bit key (\`plskit-sandbox data-key new\` makes one)`);
  const keys = entries.map((entry, index) => {
    const key = /^[A-Za-z0-9+/_-]+={0,2}$/.test(entry) ? Buffer.from(entry, entry.includes('-') || entry.includes('_') ? 'base64url' : 'base64') : Buffer.alloc(0);
    if (key.length !== KEY_BYTES) throw new Error(`${source}: key ${index + 1} is not a base64 256-bit key (32 bytes)`);
    return { id: keyIdOf(key), key };
  });
  return { current: keys[0]!, byId: new Map(keys.map((k) => [k.id, k])) };
}

/** A ring of one fresh key that lives in memory only: tests, and a database that lives in memory too. */
export const ephemeralKeyRing = (): KeyRing => parseKeyRing(newKeyText(), 'an in-memory key');
