import type pg from 'pg';
import type { KeyRing } from '../../crypto/key-ring.js';
import type { Migration } from '../migration.js';

/** A migration whose data step runs on the migrating connection, inside its transaction. */
export type PostgresMigration = Migration<(client: pg.ClientBase, keys: KeyRing | undefined) => Promise<void>>;
