// `plskit-sandbox data-key new|status|rewrap`: the key-encryption keys.
//   new      prints a new key for PLSKIT_DATA_KEY (and its id)
//   status   the ring's keys by id, and how many data keys each one wraps
//   rewrap   wraps every data key under the ring's first key; after it, the
//            other keys wrap nothing and can be dropped from PLSKIT_DATA_KEY
// Rotating: put a new key first in PLSKIT_DATA_KEY (the old one after it),
// restart the nodes, run `rewrap` once, then drop the old key. No key is ever
// printed except by `new`.
import type { CommandIo } from './command-io.js';
import { commandDatabase, openCommandStorage } from './command-storage.js';
import { keyIdOf, newKeyText } from './crypto/key-ring.js';

const USAGE = 'usage: plskit-sandbox data-key new|status|rewrap';

export async function runDataKeyCommand(args: readonly string[], io: CommandIo): Promise<number> {
  const [action, ...rest] = args;
  if (rest.length > 0 || !['new', 'status', 'rewrap'].includes(action ?? '')) { io.err(USAGE); return 2; }
  if (action === 'new') {
    const key = newKeyText();
    io.out(key);
    io.err(`id ${keyIdOf(Buffer.from(key, 'base64'))}: put it first in PLSKIT_DATA_KEY (keep the old key after it until \`data-key rewrap\` has run)`);
    return 0;
  }
  const database = commandDatabase(io);
  const { keys } = database;
  const engine = await openCommandStorage(io, database);
  try {
    if (action === 'rewrap') io.out(`re-wrapped ${await engine.dataKeys.rewrap()} data keys under ${keys.current.id}`);
    const census = await engine.dataKeys.census();
    for (const id of keys.byId.keys()) {
      io.out(`${id}${id === keys.current.id ? ' (current)' : ''}: wraps ${census.get(id) ?? 0} data keys${id !== keys.current.id && !census.get(id) ? ', can be dropped' : ''}`);
    }
    const unknown = [...census.keys()].filter((id) => !keys.byId.has(id));
    for (const id of unknown) io.err(`${id}: wraps ${census.get(id)} data keys, but PLSKIT_DATA_KEY does not hold it: give it back, or those records cannot be read`);
    return unknown.length ? 1 : 0;
  } finally {
    await engine.close();
  }
}
