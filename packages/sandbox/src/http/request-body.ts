// Reads a JSON request body with a hard size limit. Oversize → 413 before the
// whole body is buffered; not JSON → 400; another media type → 415.
import type { IncomingMessage } from 'node:http';

export type BodyResult =
  | { kind: 'none' }
  | { kind: 'json'; value: unknown; raw: string }
  | { kind: 'too-large' }
  | { kind: 'malformed' }
  | { kind: 'unsupported-media-type' };

export async function readJsonBody(request: IncomingMessage, limit: number): Promise<BodyResult> {
  const declared = Number(request.headers['content-length'] ?? NaN);
  if (declared > limit) {
    request.resume(); // drain so the socket can answer
    return { kind: 'too-large' };
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) {
      request.resume();
      return { kind: 'too-large' };
    }
    chunks.push(chunk);
  }
  if (size === 0) return { kind: 'none' };
  const mediaType = String(request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (mediaType !== 'application/json' && !mediaType?.endsWith('+json')) return { kind: 'unsupported-media-type' };
  const raw = Buffer.concat(chunks).toString('utf8');
  try {
    return { kind: 'json', value: JSON.parse(raw) as unknown, raw };
  } catch {
    return { kind: 'malformed' };
  }
}
