import { getHealth } from '../generated/replies/getHealth.js';
import type { RequestOptions, Transport } from '../transport.js';
import type { Health } from '../types.js';

/** Liveness of the API. */
export interface HealthResource {
  check(call?: RequestOptions): Promise<Health>;
}

export const createHealthResource = (send: Transport): HealthResource => ({
  check: (call) => send({ reply: getHealth, method: 'get', path: 'v1/health' }, call),
});
