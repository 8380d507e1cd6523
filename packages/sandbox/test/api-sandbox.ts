// Starts a real sandbox on loopback for the API tests: in-memory SQLite (or,
// in the "postgres" test project, a fresh PostgreSQL database), the fixed
// clock of the demos, every response checked against the contract. Every test
// client is on 127.0.0.1: the limits per address (rate, connections) are off,
// and tested on their own (test/rate-limit.test.ts, test/security/).
import { startSandbox, type RunningSandbox } from '../src/index.js';
import type { SandboxOptions } from '../src/options.js';
import { TEST_DATA_KEY } from './test-keys.js';
import { freshPostgresUrl, testEngine } from './test-postgres.js';

export const FIXED_NOW = '2026-09-01T09:00:00+08:00';

export async function apiSandbox(options: SandboxOptions = {}): Promise<RunningSandbox> {
  return startSandbox({
    port: 0, db: testEngine === 'postgres' ? await freshPostgresUrl() : ':memory:', now: FIXED_NOW, logger: false,
    rateLimit: false, maxConnectionsPerAddress: 1024, checkResponses: true, dataKey: TEST_DATA_KEY,
    demoDir: false, cdnDir: false, ...options,
  });
}

/** A valid GB 11643 ID number (check digit computed), for booking tests. */
export function validIdNumber(first17 = '37081119900101123'): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((total, digit, i) => total + Number(digit) * (weights[i] as number), 0);
  return first17 + ('10X98765432'[sum % 11] as string);
}

