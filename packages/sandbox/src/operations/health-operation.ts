// GET /v1/health: liveness plus what a operator checks first after a deploy.
import type { Clock } from '../clock.js';
import { shanghaiDateTime } from '@plskit/core';
import type { DirectoryStore } from '../store/directory-store.js';
import type { OperationHandler } from './operation.js';

export function healthOperation(directory: DirectoryStore, clock: Clock): OperationHandler {
  const counts = directory.counts();
  return () => ({
    status: 200,
    body: { status: 'ok', time: shanghaiDateTime(clock()), dataset: counts },
  });
}
