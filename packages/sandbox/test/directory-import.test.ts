import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import writeXlsxFile from 'write-excel-file/node';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { generateJiningDataset } from '../src/dataset/jining-dataset.js';
import { runImportCommand } from '../src/directory-import/import-command.js';
import { importDirectory } from '../src/directory-import/import-directory.js';
import { formatProblem } from '../src/directory-import/import-problem.js';
import { readTables } from '../src/directory-import/read-tables.js';
import { openDatabase, type SqliteDatabase } from '../src/store/sqlite/sqlite-database.js';
import { sqliteDirectoryStore } from '../src/store/sqlite/sqlite-directory-store.js';
import { sqliteDirectoryWriter } from '../src/store/sqlite/sqlite-directory-writer.js';
import { seedDataset } from '../src/store/sqlite/sqlite-seed.js';
import { sqliteTransactions } from '../src/store/sqlite/sqlite-transactions.js';
import { storageStatus } from '../src/store/storage-status.js';
import { apiSandbox, FIXED_NOW } from './api-sandbox.js';
import { creditCodeFor, csv, FIRM_HEADINGS, LAWYER_HEADINGS, lawyerRows, writeRosters } from './roster-files.js';

const dataset = generateJiningDataset();
const now = new Date(FIXED_NOW);
const examples = resolve(fileURLToPath(import.meta.url), '../../examples/directory');
const work = mkdtempSync(join(tmpdir(), 'plskit-import-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let db: SqliteDatabase;
beforeEach(() => {
  db = openDatabase(':memory:');
  seedDataset(db, dataset, FIXED_NOW);
});

const folder = (name: string): string => {
  const dir = join(work, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
};

/** Every directory row, to tell "nothing changed" from "something changed". */
const directoryDump = (database: SqliteDatabase): string => JSON.stringify(
  ['law_firms', 'lawyers', 'service_centers', 'service_points', 'dataset_meta'].map((t) => database.prepare(`SELECT * FROM ${t} ORDER BY 1`).all()),
);

const importInto = (database: SqliteDatabase, paths: string[], dryRun = false) =>
  importDirectory(sqliteDirectoryWriter(sqliteTransactions(database, storageStatus(false))), paths, { now, dryRun });

describe('plskit-sandbox import', () => {
  it('reports the five bad rows of a 1,604-row lawyer file, by file, row and column, and changes nothing', async () => {
    const rows = lawyerRows(dataset);
    expect(rows).toHaveLength(1604);
    const firstNoFirm = dataset.lawyers.findIndex((l) => l.firmId === null);
    expect(firstNoFirm).toBeGreaterThan(1200);
    // row n of the file is rows[n - 2]: the headings are row 1
    (rows[8] as string[])[2] = '1370820071101234';             // row 10: 16 digits
    (rows[198] as string[])[6] = '婚姻家庭、风水';               // row 200: not in the taxonomy
    (rows[498] as string[])[10] = '0537-55';                   // row 500: not a phone number
    (rows[1198] as string[])[4] = '山东不存在律师事务所';          // row 1200: no such firm
    (rows[firstNoFirm] as string[])[5] = '370999';             // not a division of Jining
    const dir = folder('five-bad');
    writeRosters(dir, dataset, rows);
    const before = directoryDump(db);

    const report = await importInto(db, [dir]);

    expect(report.imported).toBe(false);
    expect(report.problems.map((p) => [p.file, p.row, p.column, p.code])).toEqual([
      ['律师.csv', 10, '执业证号 (C)', 'invalid-licence-number'],
      ['律师.csv', 200, '业务专长 (G)', 'unknown-practice-area'],
      ['律师.csv', 500, '联系电话 (K)', 'invalid-phone'],
      ['律师.csv', 1200, '执业机构 (E)', 'unknown-firm'],
      ['律师.csv', firstNoFirm + 2, '所在区县 (F)', 'invalid-region'],
    ]);
    expect(directoryDump(db)).toBe(before);
    // the report names places, never the cell's content (rosters hold names and phone numbers)
    const text = report.problems.map((p) => formatProblem(p, 'zh-CN') + formatProblem(p, 'en')).join('\n');
    expect(text).not.toContain('0537-55');
    expect(text).not.toContain('1370820071101234');
    expect(formatProblem(report.problems[0]!, 'en')).toBe('律师.csv, row 10, 执业证号 (C): a licence number is 17 digits issued in Jining (starting 13708)');
  });

  it('imports the same file once fixed, and re-importing it updates in place', async () => {
    const dir = folder('fixed');
    writeRosters(dir, dataset);

    const first = await importInto(db, [dir]);
    expect(first.problems).toEqual([]);
    expect(first.imported).toBe(true);
    expect(first.counts.lawyers).toEqual({ added: 1604, updated: 0, removed: 1604 });
    expect(first.counts['law-firms']).toEqual({ added: 109, updated: 0, removed: 109 });
    const directory = sqliteDirectoryStore(sqliteTransactions(db, storageStatus(false)));
    const sample = dataset.lawyers[20]!;
    const found = (await directory.lawyers({ q: sample.licenceNumber, limit: 5 })).items;
    expect(found.map((l) => [l.id, l.name, l.practiceAreas, l.firm?.name])).toEqual([
      [`lw-${sample.licenceNumber}`, sample.name, sample.practiceAreas, dataset.lawFirms.find((f) => f.id === sample.firmId)?.name],
    ]);
    // the hostile names arrive byte for byte (no normalization of names)
    expect((await directory.lawyer(`lw-${dataset.lawyers[2]!.licenceNumber}`))?.name).toBe(dataset.lawyers[2]!.name);

    // a lawyer moves to another firm and changes phone: the next roster updates the same record
    const rows = lawyerRows(dataset);
    const moved = rows[20] as string[];
    moved[4] = dataset.lawFirms[5]!.name;
    moved[10] = '0537-5559999';
    writeRosters(dir, dataset, rows);
    const again = await importInto(db, [dir]);
    expect(again.counts.lawyers).toEqual({ added: 0, updated: 1604, removed: 0 });
    const after = await directory.lawyer(`lw-${sample.licenceNumber}`);
    expect([after?.firm?.id, after?.phone]).toEqual([`lf-${creditCodeFor(6)}`, '0537-5559999']);
    expect(await directory.counts()).toMatchObject({ lawyers: 1604, lawFirms: 109 });
  });

  it('writes nothing on a dry run, and says what it would do', async () => {
    const dir = folder('dry');
    writeRosters(dir, dataset);
    const before = directoryDump(db);
    const report = await importInto(db, [dir], true);
    expect([report.imported, report.problems, report.counts.lawyers]).toEqual([false, [], { added: 1604, updated: 0, removed: 1604 }]);
    expect(directoryDump(db)).toBe(before);
  });

  it('checks what a roster left out would break: a firm lawyers still name, a center with appointments', async () => {
    const dir = folder('left-out');
    writeFileSync(join(dir, 'law-firms.csv'), csv([FIRM_HEADINGS, ['山东新示例律师事务所', '31370000MD0000101W', '370811', '济宁市示例路', '0537-5550000']]));
    db.prepare(`INSERT INTO appointments (reference, manage_token_hash, status, center_id, service, slot_start, slot_end,
      data_key, sealed_contact, shown_contact, phone_key, privacy_notice, created_at, updated_at) VALUES ('JN-AAAA-AAAA', 'x', 'booked', 'sc-370811',
      'mediation', '2026-09-02T09:00:00+08:00', '2026-09-02T09:30:00+08:00', 'dk_x', 'x', '{}', 'x', 'v1', ?, ?)`).run(FIXED_NOW, FIXED_NOW);
    writeFileSync(join(dir, 'service-centers.csv'), readFileSync(join(examples, 'csv/service-centers.csv')));
    const before = directoryDump(db);
    const report = await importInto(db, [dir]);
    const codes = report.problems.map((p) => `${p.code} ${p.record}`);
    expect(codes).toContain('center-has-appointments sc-370811');
    expect(codes.filter((c) => c.startsWith('firm-still-named'))).toHaveLength(109);
    expect(directoryDump(db)).toBe(before);
  });

  it('reads cells that do not read, each with its problem: headings, codes, numbers, hours', async () => {
    const dir = folder('cells');
    writeFileSync(join(dir, 'lawyers.csv'), csv([
      LAWYER_HEADINGS.filter((h) => h !== '执业类别'),
      ['甲', '男', '13708200911000101', '', '', '', '', '', '2009', '', ''],
    ]));
    writeFileSync(join(dir, 'service-centers.csv'), csv([
      ['编号', '名称', '级别', '所在区县', '地址', '联系电话', '服务项目', '办公时间', '夏季办公时间'],
      ['sc-1', '中心', '省级', '370811', '地址', '0537-5550000', '法律咨询、算命', '周一至周五 18:00-08:00', ''],
      ['sc-2', '中心', '县级', '370811', '地址', '0537-5550000', '法律咨询', '', '周一至周五 08:30-12:00'],
    ]));
    writeFileSync(join(dir, 'notes.txt'), 'not a roster');
    const report = await importInto(db, [join(dir, 'lawyers.csv'), join(dir, 'service-centers.csv'), join(dir, 'notes.txt')]);
    expect(report.problems.map((p) => [p.file, p.row, p.column, p.code])).toEqual([
      ['lawyers.csv', 1, '执业类别 / category', 'missing-column'],
      ['service-centers.csv', 2, '级别 (C)', 'invalid-level'],
      ['service-centers.csv', 2, '服务项目 (G)', 'unknown-service'],
      ['service-centers.csv', 2, '办公时间 (H)', 'invalid-hours'],
      ['service-centers.csv', 3, '夏季办公时间 (I)', 'hours-conflict'],
      ['notes.txt', null, null, 'unsupported-file'],
    ]);
  });

  it('reads a roster saved by a spreadsheet program in GB 18030, and English headings', async () => {
    const dir = folder('gbk');
    // 公证处 in GB 18030 is B9 AB D6 A4 B4 A6; "济宁" is BC C3 C4 FE
    const gbk = Buffer.concat([
      Buffer.from('ID,Name,Region,Address,Phone\r\nno-1,'), Buffer.from([0xbc, 0xc3, 0xc4, 0xfe, 0xb9, 0xab, 0xd6, 0xa4, 0xb4, 0xa6]),
      Buffer.from(',370811,x,0537-5550000\r\n'),
    ]);
    writeFileSync(join(dir, 'notary-offices.csv'), gbk);
    const report = await importInto(db, [dir]);
    expect(report.problems).toEqual([]);
    const offices = await sqliteDirectoryStore(sqliteTransactions(db, storageStatus(false))).servicePoints({ kind: 'notary-office', limit: 10 });
    expect(offices.items.map(({ id, name, region, address, phone }) => ({ id, name, region, address, phone })))
      .toEqual([{ id: 'no-1', name: '济宁公证处', region: '370811', address: 'x', phone: '0537-5550000' }]);
  });

  it('refuses a licence number an XLSX cell holds as a number (Excel keeps 15 digits)', async () => {
    const dir = folder('xlsx-number');
    await writeXlsxFile([{
      sheet: '律师',
      data: [LAWYER_HEADINGS.map((value) => ({ value })), ['甲', '男', 13708200911000101, '公职', '', '370811', '', '', 2009, '否', '']
        .map((value) => (typeof value === 'number' ? { value, type: Number } : { value: value || undefined, type: String }))],
    }]).toFile(join(dir, 'roster.xlsx'));
    const report = await importInto(db, [dir]);
    expect(report.problems.map((p) => [p.file, p.sheet, p.row, p.column, p.code])).toEqual([
      ['roster.xlsx', '律师', 2, '执业证号 (C)', 'stored-as-number'],
    ]);
  });

  it('ships example files that import, CSV and XLSX alike, and the API then serves each center\'s own hours', async () => {
    const workbook = await readTables(join(examples, 'jining-directory.xlsx'));
    const csvTables = await Promise.all(['law-firms', 'lawyers', 'service-centers', 'notary-offices', 'village-legal-advisers',
      'forensic-appraisal-bodies', 'mediation-committees', 'legal-aid-centers']
      .map((name) => readTables(join(examples, `csv/${name}.csv`))));
    const cellsAsText = (rows: { cells: unknown[] }[]) => rows.map((r) => r.cells.map((c) => (c === null ? '' : String(c))));
    expect(workbook.tables.map((t) => [t.kind, t.headings, cellsAsText(t.rows)]))
      .toEqual(csvTables.map(({ tables: [t] }) => [t!.kind, t!.headings, cellsAsText(t!.rows)]));

    const file = join(folder('examples'), 'sandbox.db');
    const fileDb = openDatabase(file);
    seedDataset(fileDb, dataset, FIXED_NOW);
    const report = await importInto(fileDb, [join(examples, 'jining-directory.xlsx')]);
    expect(report.problems.map((p) => formatProblem(p, 'en'))).toEqual([]);
    expect(report.counts).toEqual({
      'law-firms': { added: 3, updated: 0, removed: 109 }, lawyers: { added: 6, updated: 0, removed: 1604 },
      'service-centers': { added: 0, updated: 3, removed: 169 }, 'notary-offices': { added: 2, updated: 0, removed: 12 },
      'village-legal-advisers': { added: 2, updated: 0, removed: 994 }, 'forensic-appraisal-bodies': { added: 0, updated: 1, removed: 13 },
      'mediation-committees': { added: 0, updated: 1, removed: 155 }, 'legal-aid-centers': { added: 0, updated: 1, removed: 11 },
    });
    fileDb.close();

    // an imported file is never re-seeded, and serves its centers' own hours
    const sandbox = await apiSandbox({ db: file });
    try {
      const centers = await (await fetch(`${sandbox.url}/v1/service-centers?region=370881`)).json();
      const center = centers.items.find((c: { id: string }) => c.id === 'sc-370881');
      expect(center.hours.seasons[0].weekdays['6']).toEqual([{ start: '09:00', end: '12:00' }]);
      // 2026-09-05 is a Saturday: open 09:00-12:00 at Qufu, six 30-minute slots
      const day = await (await fetch(`${sandbox.url}/v1/appointments/availability?center=sc-370881&service=mediation&from=2026-09-05&to=2026-09-05`)).json();
      expect([day.days[0].status, day.days[0].slots.length, day.days[0].slots[0].start]).toEqual(['open', 6, '2026-09-05T09:00:00+08:00']);
      const lawyers = await (await fetch(`${sandbox.url}/v1/lawyers?limit=50`)).json();
      expect(lawyers.total).toBe(6);
      expect(sandbox.responseViolations()).toEqual([]);
    } finally {
      await sandbox.close();
    }
  });

  it('runs as a command: problems on stderr in the terminal\'s language, exit 1; a clean import exits 0', async () => {
    const file = join(folder('command'), 'sandbox.db');
    const out: string[] = [];
    const err: string[] = [];
    const io = { env: { PLSKIT_DB: file, LANG: 'zh_CN.UTF-8' }, out: (l: string) => out.push(l), err: (l: string) => err.push(l), now };
    const bad = folder('command-bad');
    writeFileSync(join(bad, '公证处.csv'), csv([['编号', '名称', '所在区县', '地址', '联系电话'], ['no-1', '公证处', '济南市', '地址', '0537-5550000']]));
    expect(await runImportCommand([bad], io)).toBe(1);
    expect(err).toEqual(['公证处.csv，第2行，所在区县 (C): 不是济宁市的区县代码或名称', '发现 1 个问题，目录未作任何更改。']);
    expect(await runImportCommand(['--lang', 'en', join(examples, 'csv')], io)).toBe(0);
    expect(out).toEqual([
      'Imported:', '  law firms: 3 added, 0 updated, 0 removed', '  lawyers: 6 added, 0 updated, 0 removed',
      '  service centers: 3 added, 0 updated, 0 removed', '  notary offices: 2 added, 0 updated, 0 removed',
      '  village legal advisers: 2 added, 0 updated, 0 removed', '  forensic-appraisal bodies: 1 added, 0 updated, 0 removed',
      '  mediation committees: 1 added, 0 updated, 0 removed', '  legal-aid centers: 1 added, 0 updated, 0 removed',
    ]);
    expect(await runImportCommand(['--frobnicate'], io)).toBe(2);
  });
});
