// A reply as it comes off the wire (status, headers, the body's bytes still
// compressed), for the tests of compression, ETags and the reply cache, which
// must see exactly what the server sent; fetch would decompress it.
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

export interface RawReply { status: number; headers: IncomingHttpHeaders; body: Buffer }

export function rawGet(url: string, headers: Record<string, string> = {}, method = 'GET'): Promise<RawReply> {
  return new Promise((resolve, reject) => {
    httpRequest(url, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk)).on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject).end();
  });
}

/** The body as text, decompressed by its Content-Encoding. */
export const decoded = (reply: RawReply): string => {
  const coding = reply.headers['content-encoding'];
  return (coding === 'br' ? brotliDecompressSync(reply.body) : coding === 'gzip' ? gunzipSync(reply.body) : reply.body).toString('utf8');
};
