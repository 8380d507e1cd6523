import type Database from 'better-sqlite3';
import type { KeyRing } from '../../crypto/key-ring.js';
import type { Migration } from '../migration.js';

/** A migration whose data step runs inside better-sqlite3's (synchronous) transaction. */
export type SqliteMigration = Migration<(db: Database.Database, keys: KeyRing | undefined) => void>;
