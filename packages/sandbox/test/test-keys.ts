// The key-encryption key the tests' databases are sealed with: drawn once per
// test process, so two sandboxes of one test (two nodes) share it, as a
// deployment's nodes share PLSKIT_DATA_KEY.
import { createHmac } from 'node:crypto';
import { newKeyText, parseKeyRing } from '../src/crypto/key-ring.js';

export const TEST_DATA_KEY = newKeyText();
export const TEST_KEY_RING = parseKeyRing(TEST_DATA_KEY, 'the tests\' key');

/** A pseudonym key per day for a bare HTTP shell (a sandbox takes its deployment's). */
export const testPseudonymKey = (day: string): Buffer => createHmac('sha256', TEST_DATA_KEY).update(day).digest();
