// The directory's version as the reply cache and the directory store ask for
// it on every request: one read of the file serves the asks of a tenth of a
// second, a write by another connection (another process, an import) is seen
// once that has passed, a write through the same connection at once.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/store/sqlite/sqlite-database.js';
import { DIRECTORY_VERSION_MAX_AGE_MS, directoryVersionOf, directoryWritten } from '../src/store/sqlite/sqlite-directory-version.js';

const dir = mkdtempSync(join(tmpdir(), 'plskit-directory-version-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const addFirm = (db: ReturnType<typeof openDatabase>, id: string) =>
  db.prepare("INSERT INTO law_firms (id, name, region, address, phone) VALUES (?, '示例律师事务所', '370811', '地址', '0537-0000000')").run(id);

describe('directory version', () => {
  it('reuses one read for a tenth of a second, then sees another connection\'s write', async () => {
    const file = join(dir, 'other.db');
    const served = openDatabase(file);
    const other = openDatabase(file);
    try {
      const version = directoryVersionOf(served);
      const before = version();
      addFirm(other, 'lf-other');
      // within the tenth of a second the read is reused: the write is not seen yet
      expect(version()).toBe(before);
      await new Promise((resolve) => setTimeout(resolve, DIRECTORY_VERSION_MAX_AGE_MS + 5));
      expect(version()).not.toBe(before);
    } finally {
      other.close();
      served.close();
    }
  });

  it('sees a write through its own connection at once', () => {
    const db = openDatabase(join(dir, 'own.db'));
    try {
      const version = directoryVersionOf(db);
      const before = version();
      addFirm(db, 'lf-own');
      directoryWritten(db);
      expect(version()).not.toBe(before);
      // every ask of one connection shares the read: a second reader sees the same
      expect(directoryVersionOf(db)()).toBe(version());
    } finally {
      db.close();
    }
  });
});
