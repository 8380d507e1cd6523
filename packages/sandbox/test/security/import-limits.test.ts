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

const PK = (kind: number) => Buffer.from([0x50, 0x4b, kind, kind + 1]);

/** Where the central directory's entry (kind 1) or the local header (kind 3) of part `name` starts, searching from `from`. */
function entryOf(zip: Buffer, kind: 1 | 3, name: string): number {
  const nameAt = kind === 1 ? 46 : 30;
  for (let at = zip.indexOf(PK(kind)); at !== -1; at = zip.indexOf(PK(kind), at + 1)) {
    if (zip.subarray(at + nameAt, at + nameAt + Buffer.byteLength(name)).toString() === name) return at;
  }
  throw new Error(`no ${name}`);
}

/** The archive with part `name` declaring `size` as its uncompressed size in the central directory. */
function declaring(archive: Uint8Array, name: string, size: number): Buffer {
  const zip = Buffer.from(archive);
  zip.writeUInt32LE(size, entryOf(zip, 1, name) + 24);
  return zip;
}

/**
 * The archive with its last part, `name`, rewritten as a streamed entry (general-purpose flag bit 3: no sizes in its
 * local header, a data descriptor after its data) that declares `size`: a reader that streams the entry expands it
 * to its real size, whatever it declares.
 */
function streamedLast(archive: Uint8Array, name: string, size: number): Buffer {
  const zip = Buffer.from(archive);
  const directory = zip.readUInt32LE(zip.lastIndexOf(PK(5)) + 16);
  const local = entryOf(zip, 3, name);
  const head = Buffer.from(zip.subarray(0, directory));
  const descriptor = Buffer.alloc(16);
  descriptor.writeUInt32LE(0x08074b50, 0);
  descriptor.writeUInt32LE(head.readUInt32LE(local + 14), 4);
  descriptor.writeUInt32LE(head.readUInt32LE(local + 18), 8);
  descriptor.writeUInt32LE(size, 12);
  head.writeUInt16LE(head.readUInt16LE(local + 6) | 8, local + 6);
  head.fill(0, local + 14, local + 26);
  const tail = declaring(zip.subarray(directory), name, size);
  const central = entryOf(tail, 1, name);
  tail.writeUInt16LE(tail.readUInt16LE(central + 8) | 8, central + 8);
  tail.writeUInt32LE(directory + descriptor.length, tail.lastIndexOf(PK(5)) + 16);
  return Buffer.concat([head, descriptor, tail]);
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
    writeFileSync(file, declaring(readFileSync(workbook), firstSheet(parts), 300 * 1024 * 1024));
    expect(await codes(file)).toEqual(['unzipped-too-large']);
    const err: string[] = [];
    expect(await runImportCommand(['--lang', 'en', file], { env: { PLSKIT_DB: join(work, 'a.db') }, out: () => undefined, err: (l) => err.push(l) })).toBe(1);
    expect(err[0]).toBe('directory.xlsx: the workbook would expand to over 256 MB and was not read: save it again from the spreadsheet program, or split it');
  });

  it('never expands a part beyond the size it declares: a streamed part that declares a small size is not read', async () => {
    const parts = unzipSync(readFileSync(workbook));
    const sheet = firstSheet(parts);
    const { [sheet]: original = new Uint8Array(), ...others } = parts;
    // a 4 MB comment inside the sheet: valid XML, compressed to a few kilobytes
    const bomb = strToU8(Buffer.from(original).toString('utf8').replace('<sheetData>', `<!--${'x'.repeat(4 * 1024 * 1024)}--><sheetData>`));
    const archive = zipSync({ ...others, [sheet]: bomb }, { level: 9 });
    const dir = folder();
    writeFileSync(join(dir, 'honest.xlsx'), streamedLast(archive, sheet, bomb.length));
    writeFileSync(join(dir, 'lying.xlsx'), streamedLast(archive, sheet, original.length));
    expect(await codes(join(dir, 'honest.xlsx'))).toEqual([]);
    expect(await codes(join(dir, 'lying.xlsx'))).toEqual(['file-unreadable']);
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
