// The build's size budgets (.size-limit.json lists every file each page and
// later screen loads), and the built files a budget stands for.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const cdn = join(root, 'packages/elements/dist/cdn');

export const budgets = JSON.parse(readFileSync(join(root, '.size-limit.json'), 'utf8'));
const chunks = readdirSync(join(cdn, 'chunks'));

/** A budget's path as the files it stands for (a hashed name is a pattern there). */
export function files(path) {
  return [path].flat().map((file) => {
    const name = file.replace(/^packages\/elements\/dist\/cdn\//, '');
    if (!name.includes('????????')) return join(cdn, name);
    const [prefix, suffix] = name.replace(/^chunks\//, '').split('????????');
    return join(cdn, 'chunks', chunks.find((chunk) => chunk.startsWith(prefix) && chunk.endsWith(suffix) && chunk.length === prefix.length + 8 + suffix.length));
  });
}
