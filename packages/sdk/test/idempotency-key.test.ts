// A CMS page served over plain http has no crypto.randomUUID (secure contexts
// only); bookings made there still need a fresh, well-formed key each time.
import { afterEach, describe, expect, it } from 'vitest';
import { newIdempotencyKey } from '../src/index.js';

const uuidV4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('newIdempotencyKey', () => {
  afterEach(() => {
    // drop the own property that hides Crypto.prototype.randomUUID
    Reflect.deleteProperty(globalThis.crypto, 'randomUUID');
  });

  it('makes a version 4 UUID with crypto.randomUUID', () => {
    expect(newIdempotencyKey()).toMatch(uuidV4);
  });

  it('makes distinct version 4 UUIDs from getRandomValues where randomUUID is missing', () => {
    Object.defineProperty(globalThis.crypto, 'randomUUID', { value: undefined, configurable: true });
    expect(globalThis.crypto.randomUUID).toBeUndefined();
    const keys = Array.from({ length: 200 }, () => newIdempotencyKey());
    for (const key of keys) expect(key).toMatch(uuidV4);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
