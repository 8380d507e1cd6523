// `plskit-sandbox import` reads files an operator was sent: a file far beyond
// any roster, or a workbook whose compressed parts expand a thousandfold, is
// refused with a problem before it fills the memory; a part that expands
// beyond what it declares is never expanded further; and what the messages
// quote from a file (its name, a heading) reaches the terminal without
// control characters (escape sequences, carriage returns).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { runImportCommand } from '../../src/directory-import/import-command.js';
import { readTables } from '../../src/directory-import/read-tables.js';
import { generateJiningDataset } from '../../src/dataset/jining-dataset.js';
import { csv, LAWYER_HEADINGS, lawyerRows } from '../roster-files.js';

const work = mkdtempSync(join(tmpdir(), 'plskit-import-limits-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const workbook = resolve(fileURLToPath(import.meta.url), '../../../examples/directory/jining-directory.xlsx');
let folders = 0;
const folder = (): string => {
  const dir = join(work, String(++folders));
  mkdirSync(dir);
  return dir;
};

/** Sets the uncompressed size an archive declares for its part `name`, in its local header and its central directory. */
function declareSize(archive: Uint8Array, name: string, size: number): Uint8Array {
  const bytes = Buffer.from(archive);
  const encoded = Buffer.from(name);
  for (const [signature, nameAt, sizeAt] of [[0x04034b50, 30, 22], [0x02014b50, 46, 24]] as const) {
    for (let at = bytes.indexOf(Buffer.from([0x50, 0x4b])); at !== -1; at = bytes.indexOf(Buffer.from([0x50, 0x4b]), at + 1)) {
      if (bytes.readUInt32LE(at) === signature && bytes.subarray(at + nameAt, at + nameAt + encoded.length).equals(encoded)) {
        bytes.writeUInt32LE(size, at + sizeAt);
      }
    }
  }
  return bytes;
}

const firstSheet = (parts: Record<string, Uint8Array>): string => Object.keys(parts).find((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n)) as string;

const codes = async (path: string) => (await readTables(path)).problems.map((p) => p.code);

describe('import limits', () => {
  it('refuses a file over the size limit unread', async () => {
    const file = join(folder(), '律师.csv');
    writeFileSync(file, '');
    truncateSync(file, 33 * 1024 * 1024); // sparse: no disk spent
    expect(await codes(file)).toEqual(['file-too-large']);
  });

  it('refuses a workbook whose parts declare more than the unzip limit, before expanding any', async () => {
    const parts = unzipSync(readFileSync(workbook));
    const file = join(folder(), 'directory.xlsx');
    writeFileSync(file, declareSize(readFileSync(workbook), firstSheet(parts), 300 * 1024 * 1024));
    expect(await codes(file)).toEqual(['unzipped-too-large']);
    const err: string[] = [];
    expect(await runImportCommand(['--lang', 'en', file], { env: { PLSKIT_DB: join(work, 'a.db') }, out: () => undefined, err: (l) => err.push(l) })).toBe(1);
    expect(err[0]).toBe('directory.xlsx: the workbook would expand to over 256 MB and was not read: save it again from the spreadsheet program, or split it');
  });

  it('never expands a part beyond the size it declares (a bomb declaring a small size is not read)', async () => {
    const parts = unzipSync(readFileSync(workbook));
    const sheet = firstSheet(parts);
    const original = parts[sheet] as Uint8Array;
    const text = Buffer.from(original).toString('utf8');
    // 40 MB of blanks inside the sheet: valid XML that expands from a few kilobytes
    const bomb = text.replace('<sheetData>', `<sheetData>${' '.repeat(40 * 1024 * 1024)}`);
    const archive = zipSync({ ...parts, [sheet]: strToU8(bomb) }, { level: 9 });
    const file = join(folder(), 'directory.xlsx');
    writeFileSync(file, declareSize(archive, sheet, original.length));
    expect(await codes(file)).toEqual(['file-unreadable']);
  });

  it('prints file names and headings without control characters', async () => {
    const dir = folder();
    const file = '\u001b]0;owned\u0007\u001b[2J-律师.csv';
    // a heading the importer reads as 姓名 (whitespace does not count), holding a carriage return and a vertical tab
    const [lawyer = []] = lawyerRows(generateJiningDataset());
    writeFileSync(join(dir, file), csv([['\r\u000b姓名\r', ...LAWYER_HEADINGS.slice(1)], ['', ...lawyer.slice(1)]]));
    const err: string[] = [];
    expect(await runImportCommand(['--lang', 'en', dir], { env: { PLSKIT_DB: join(work, 'b.db') }, out: () => undefined, err: (l) => err.push(l) })).toBe(1);
    expect(err.length).toBeGreaterThan(1);
    for (const line of err) expect(line).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    expect(err).toContain(']0;owned[2J-律师.csv, row 2, 姓名 (A): a value is required');
  });
});
