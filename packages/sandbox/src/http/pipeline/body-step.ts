// Reads a JSON body for the methods that carry one: 413, 400 or 415 as problems.
import { ProblemError } from '../../operations/operation.js';
import { readJsonBody } from '../request-body.js';
import type { Exchange } from './exchange.js';
import type { Step } from './step.js';

const WITH_BODY = new Set(['POST', 'PUT', 'PATCH']);

export function body(limit: number): Step {
  return async (exchange: Exchange) => {
    if (!WITH_BODY.has(exchange.method)) return;
    const read = await readJsonBody(exchange.request, limit);
    switch (read.kind) {
      case 'too-large': throw new ProblemError(413, 'payload-too-large', undefined, undefined, { Connection: 'close' });
      case 'malformed': throw new ProblemError(400, 'malformed-json');
      case 'unsupported-media-type': throw new ProblemError(415, 'unsupported-media-type');
      case 'json':
        exchange.body = read.value;
        exchange.hasBody = true;
        return;
      case 'none': return;
    }
  };
}
