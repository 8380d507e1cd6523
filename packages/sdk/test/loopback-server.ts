// A tiny real HTTP server on loopback for the SDK tests. Each test scripts its
// replies (faults, delays, pages) and reads back what the SDK really sent.
// With a `forwardTo` URL it is a recording proxy in front of the real sandbox.
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export type Reply = (request: RecordedRequest, response: ServerResponse, attempt: number) => void | Promise<void>;

export interface LoopbackServer {
  url: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function listen(handle: (recorded: RecordedRequest, response: ServerResponse) => Promise<void>): Promise<LoopbackServer> {
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((request, response) => {
    void (async () => {
      const recorded = { method: request.method ?? '', url: request.url ?? '', headers: request.headers, body: await readBody(request) };
      requests.push(recorded);
      await handle(recorded, response);
    })();
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    }),
  };
}

/** Answers the n-th request (0-based) with `replies[n]`, the last reply for every later one. */
export function scriptedServer(...replies: Reply[]): Promise<LoopbackServer> {
  let attempt = 0;
  return listen(async (recorded, response) => {
    const n = attempt++;
    await replies[Math.min(n, replies.length - 1)]!(recorded, response, n);
  });
}

/** Forwards every request to `target` unchanged and records it. */
export function recordingProxy(target: string): Promise<LoopbackServer> {
  return listen(async (recorded, response) => {
    const headers = Object.entries(recorded.headers)
      .filter(([name]) => name !== 'host' && name !== 'connection' && name !== 'content-length')
      .map(([name, value]) => [name, String(value)] as [string, string]);
    const upstream = await fetch(`${target}${recorded.url}`, {
      method: recorded.method,
      headers,
      body: recorded.method === 'GET' || recorded.method === 'HEAD' ? undefined : recorded.body,
    });
    const replyHeaders: Record<string, string> = {};
    upstream.headers.forEach((value, name) => {
      if (name !== 'content-encoding' && name !== 'content-length' && name !== 'transfer-encoding' && name !== 'connection') replyHeaders[name] = value;
    });
    response.writeHead(upstream.status, replyHeaders).end(Buffer.from(await upstream.arrayBuffer()));
  });
}

// ---- replies ----

export const json = (status: number, body: unknown, headers: Record<string, string> = {}): Reply => (_request, response) => {
  const type = status >= 400 ? 'application/problem+json' : 'application/json';
  response.writeHead(status, { 'content-type': type, ...headers }).end(JSON.stringify(body));
};

export const problem = (status: number, code: string, headers: Record<string, string> = {}): Reply =>
  json(status, { type: `https://plskit.dev/problems/${code}`, title: `title of ${code}`, status, code }, headers);

/** Waits `ms` before answering (or until the client hangs up). */
export const slow = (ms: number, then: Reply): Reply => async (request, response, attempt) => {
  await new Promise((resolve) => setTimeout(resolve, ms));
  if (!response.destroyed && !response.socket?.destroyed) await then(request, response, attempt);
};

/** Drops the connection without a reply: what a network failure looks like to the client. */
export const hangUp: Reply = (_request, response) => {
  response.socket?.destroy();
};
