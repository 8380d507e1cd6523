// AES-256-GCM, the one cipher the sandbox keeps secrets with: a fresh 96-bit
// nonce per message, the tag checked on opening, and optional associated data
// that binds a ciphertext to where it belongs (a record's id), so a sealed
// value moved to another row does not open there.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** `iv.tag.ciphertext`, each base64url: text that any column can hold. */
export function sealBytes(key: Buffer, plaintext: Buffer, associated = ''): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  if (associated) cipher.setAAD(Buffer.from(associated, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return [iv, cipher.getAuthTag(), body].map((part) => part.toString('base64url')).join('.');
}

/** The plaintext; throws when the key, the associated data or a single bit of the text is not what sealed it. */
export function openBytes(key: Buffer, sealed: string, associated = ''): Buffer {
  const [iv, tag, body] = sealed.split('.').map((part) => Buffer.from(part, 'base64url'));
  if (!iv || !tag || body === undefined) throw new Error('sealed value is damaged');
  const decipher = createDecipheriv('aes-256-gcm', key, iv);
  if (associated) decipher.setAAD(Buffer.from(associated, 'utf8'));
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(body), decipher.final()]);
}
