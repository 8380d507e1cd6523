import { closeCenter } from '../generated/replies/closeCenter.js';
import { listCenterClosures } from '../generated/replies/listCenterClosures.js';
import { reopenCenter } from '../generated/replies/reopenCenter.js';
import type { RequestOptions, Transport } from '../transport.js';
import type { Closure, ClosureList, ClosureRequest } from '../types.js';

/**
 * A center's closures: a day or part of one closed (its bookings cancelled by
 * the center and their residents told), and withdrawn before it begins.
 */
export interface ClosuresResource {
  /** The closures in force from `from` (default today) for 60 days. */
  list(center: string, query?: { from?: string }, call?: RequestOptions): Promise<ClosureList>;
  /** Closes; `cancelled` in the reply says how many bookings it cancelled. */
  close(center: string, closure: ClosureRequest, call?: RequestOptions): Promise<Closure>;
  /** Withdraws a closure that has not begun; the bookings it cancelled stay cancelled. */
  reopen(center: string, closureId: string, call?: RequestOptions): Promise<Closure>;
}

export function createClosuresResource(send: Transport): ClosuresResource {
  const closures = (center: string) => `v1/staff/centers/${encodeURIComponent(center)}/closures`;
  return {
    list: (center, query = {}, call) => send({ reply: listCenterClosures, method: 'get', path: closures(center), query }, call),
    close: (center, closure, call) => send({ reply: closeCenter, method: 'post', path: closures(center), body: closure }, call),
    reopen: (center, closureId, call) =>
      send({ reply: reopenCenter, method: 'delete', path: `${closures(center)}/${encodeURIComponent(closureId)}` }, call),
  };
}
