// A partner's webhook endpoint (or the city's SMS gateway) on loopback for the
// delivery tests: it records every request as it arrived (raw body, headers)
// and answers as the test scripts it: a status, or a wait first.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

/** The answer to the n-th request (0-based): a status, optionally after a delay, or never. */
export type Answer = (n: number, received: Received) => number | { status: number; afterMs: number } | 'never';

export interface WebhookReceiver {
  url: string;
  received: Received[];
  /** The bodies received, parsed. */
  json<T = Record<string, unknown>>(): T[];
  /** Resolves once `count` requests arrived; fails after `timeoutMs`. */
  until(count: number, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

export async function webhookReceiver(answer: Answer = () => 200): Promise<WebhookReceiver> {
  const received: Received[] = [];
  const waiting = new Set<() => void>();
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const entry = { headers: request.headers, body: Buffer.concat(chunks).toString('utf8') };
      const reply = answer(received.length, entry);
      received.push(entry);
      for (const check of waiting) check();
      if (reply === 'never') return;
      const { status, afterMs } = typeof reply === 'number' ? { status: reply, afterMs: 0 } : reply;
      setTimeout(() => response.writeHead(status, { 'content-type': 'text/plain' }).end('ok'), afterMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    received,
    json: <T>() => received.map((r) => JSON.parse(r.body) as T),
    until: (count, timeoutMs = 10_000) => new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => { waiting.delete(check); reject(new Error(`${received.length} of ${count} requests arrived in ${timeoutMs} ms`)); }, timeoutMs);
      const check = () => {
        if (received.length < count) return;
        clearTimeout(timer);
        waiting.delete(check);
        resolve();
      };
      waiting.add(check);
      check();
    }),
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

/**
 * The receiver's check of Plskit-Signature, written here from the docs (not
 * the SDK's code): some v1 is the HMAC-SHA256 of "<t>.<body>" under `secret`,
 * and t is within five minutes of now.
 */
export function signedBy(received: Received, secret: string, nowS = Date.now() / 1000): boolean {
  const header = String(received.headers['plskit-signature'] ?? '');
  const parts = header.split(',').map((part) => part.split('=') as [string, string]);
  const t = Number(parts.find(([k]) => k === 't')?.[1]);
  if (!Number.isInteger(t) || Math.abs(nowS - t) > 300) return false;
  const expected = createHmac('sha256', secret).update(`${t}.${received.body}`).digest();
  return parts.some(([k, v]) => k === 'v1' && v.length === 64 && timingSafeEqual(Buffer.from(v, 'hex'), expected));
}

/** Waits `ms` (a quiet period: nothing more may arrive in it). */
export const quiet = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
