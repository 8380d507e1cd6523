// Requests Node's parser refuses before any handler runs (a head over the
// limit, a malformed request line, a head that never finishes) still get a
// problem+json answer instead of Node's bare status line. There are no parsed
// headers yet: the title is in the default language.
import { randomUUID } from 'node:crypto';
import type { Socket } from 'node:net';
import type { SandboxLogger } from '../logger.js';
import type { ClientPseudonym } from './client-pseudonym.js';
import { unmapped } from './forwarded-client.js';
import { problem } from './problem.js';

interface ParserError extends Error {
  code?: string;
  rawPacket?: Buffer;
}

/** The status and code for a parser error; the request line alone over the limit is 414. */
export function clientErrorProblem(error: ParserError, maxUrlLength: number): { status: number; code: string } {
  if (error.code === 'HPE_HEADER_OVERFLOW') {
    const head = error.rawPacket?.toString('latin1') ?? '';
    const lineEnd = head.indexOf('\r\n');
    return (lineEnd === -1 ? head.length : lineEnd) > maxUrlLength
      ? { status: 414, code: 'uri-too-long' }
      : { status: 431, code: 'header-fields-too-large' };
  }
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') return { status: 408, code: 'request-timeout' };
  return { status: 400, code: 'bad-request' };
}

export function answerClientError(logger: SandboxLogger, maxUrlLength: number, pseudonym: ClientPseudonym) {
  return (error: ParserError, socket: Socket): void => {
    // a reset connection has no one to answer
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const { status, code } = clientErrorProblem(error, maxUrlLength);
    const requestId = randomUUID();
    const body = JSON.stringify(problem('zh-CN', status, code));
    logger({ level: 'info', event: 'client-error', status, code, requestId, client: pseudonym(unmapped(socket.remoteAddress ?? 'unknown')) });
    socket.end([
      `HTTP/1.1 ${status} ${code}`,
      'Content-Type: application/problem+json',
      `Content-Length: ${Buffer.byteLength(body)}`,
      'Content-Language: zh-CN',
      `X-Request-Id: ${requestId}`,
      'X-Content-Type-Options: nosniff',
      'Cache-Control: no-store',
      'Connection: close',
      '',
      body,
    ].join('\r\n'));
  };
}
