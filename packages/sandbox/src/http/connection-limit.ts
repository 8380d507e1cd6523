// At most so many open connections per client address, so that one address (a
// script, a slow-loris client) cannot take the server's whole budget of
// connections (SERVER_LIMITS.maxConnections) from everyone else. A trusted
// proxy is many clients at once: its connections count towards the total only.
// A connection over the cap is answered once, as the rate limit answers (429
// with Retry-After, so a widget waits and tries again), and closed; one that
// sends nothing is closed after a second.
import type { Server, IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import { ProblemError } from '../operations/operation.js';
import { unmapped, type TrustedProxies } from './forwarded-client.js';

export const DEFAULT_MAX_CONNECTIONS_PER_ADDRESS = 128;

/** How long a connection over the cap may stay open without sending a request. */
const IDLE_REFUSED_MS = 1000;

export interface ConnectionLimit {
  /** Throws the 429 for a request that arrived on a connection over its address's cap. */
  check(request: IncomingMessage): void;
}

export function limitConnectionsPerAddress(
  server: Server, max: number, proxies: TrustedProxies | undefined, onRefused: (address: string) => void,
): ConnectionLimit {
  const open = new Map<string, number>();
  const over = new WeakSet<Socket>();
  server.on('connection', (socket: Socket) => {
    const address = unmapped(socket.remoteAddress ?? 'unknown');
    if (proxies?.trusts(address)) return;
    const count = open.get(address) ?? 0;
    if (count >= max) {
      over.add(socket);
      onRefused(address);
      socket.setTimeout(IDLE_REFUSED_MS, () => socket.destroy());
      return;
    }
    open.set(address, count + 1);
    socket.once('close', () => {
      const left = (open.get(address) ?? 1) - 1;
      if (left > 0) open.set(address, left);
      else open.delete(address);
    });
  });
  return {
    check(request) {
      if (over.has(request.socket)) {
        throw new ProblemError(429, 'rate-limited', undefined, undefined, { 'Retry-After': '1', Connection: 'close' });
      }
    },
  };
}
