// Reads a JSON body for the methods that carry one: 413, 400 or 415 as problems.
import { ProblemError } from '../../operations/operation.js';
import { readJsonBody } from '../request-body.js';
import type { Routed } from './exchange.js';

/** The body as read: `hasBody` tells an absent body from a JSON null. */
export interface ReadBody {
  body: unknown;
  hasBody: boolean;
}

const NONE: ReadBody = { body: undefined, hasBody: false };

const WITH_BODY = new Set(['POST', 'PUT', 'PATCH']);

export function body(limit: number): (exchange: Routed) => ReadBody | Promise<ReadBody> {
  return (exchange) => (WITH_BODY.has(exchange.method) ? jsonBody(exchange, limit) : NONE);
}

async function jsonBody(exchange: Routed, limit: number): Promise<ReadBody> {
  const read = await readJsonBody(exchange.request, limit);
  switch (read.kind) {
    case 'too-large': throw new ProblemError(413, 'payload-too-large', undefined, undefined, { Connection: 'close' });
    case 'malformed': throw new ProblemError(400, 'malformed-json');
    case 'unsupported-media-type': throw new ProblemError(415, 'unsupported-media-type');
    case 'json': return { body: read.value, hasBody: true };
    case 'none': return NONE;
  }
}
