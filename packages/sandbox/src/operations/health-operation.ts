// GET /v1/health: liveness, which capabilities work (reads, writes) and what an
// operator checks first after a deploy. Past the directory's counts (taken
// once) it never touches the database, so it answers even while another
// process holds the write lock or PostgreSQL is gone: what it reports is what
// the last queries found.
import type { Clock } from '../clock.js';
import { shanghaiDateTime } from '@plskit/core';
import type { DirectoryCounts, DirectoryStore } from '../store/directory-store.js';
import type { StorageStatus } from '../store/storage-status.js';
import type { OperationHandler } from './operation.js';

export function healthOperation(directory: DirectoryStore, storage: StorageStatus, clock: Clock): OperationHandler<'getHealth'> {
  // counted once, at start: the directory changes only by an import, which a restart follows
  let dataset: DirectoryCounts | undefined;
  let counting: Promise<void> | undefined;
  // a count the database could not answer (down or locked at start) is asked for again by a later check, never left unhandled
  const count = (): void => {
    counting = directory.counts().then((counts) => { dataset = counts; }, () => undefined).finally(() => { counting = undefined; });
  };
  count();
  return async () => {
    if (!dataset) {
      // a count on its way (the start's) is waited for; after a failed one this reply goes without, and asks again
      if (counting) await counting;
      else count();
    }
    const writesUnavailable = storage.writesUnavailable();
    const readsUnavailable = storage.readsUnavailable();
    const erasurePending = storage.erasurePending();
    return {
      status: 200,
      body: {
        status: writesUnavailable || erasurePending ? 'degraded' : 'ok',
        time: shanghaiDateTime(clock()),
        capabilities: { reads: !readsUnavailable, writes: !writesUnavailable },
        ...(writesUnavailable ? { storage: writesUnavailable } : {}),
        ...(erasurePending ? { erasure: 'pending' as const } : {}),
        ...(dataset ? { dataset } : {}),
      },
    };
  };
}
