// `plskit-sandbox migrate`: brings the database PLSKIT_DB names (a SQLite file
// or a postgres:// URL) up to the newest schema and says which versions it holds. The server does the same on
// start; running it first lets an operator upgrade before switching traffic.
import type { CommandIo } from './command-io.js';
import { openCommandStorage } from './command-storage.js';

export async function runMigrateCommand(args: readonly string[], io: CommandIo): Promise<number> {
  if (args.length > 0) { io.err('usage: plskit-sandbox migrate'); return 2; }
  const engine = await openCommandStorage(io);
  try {
    io.out(`schema versions (${engine.engine}): ${(await engine.migrations()).join(', ')}`);
    return 0;
  } finally {
    await engine.close();
  }
}
