// A county's rosters of its network (village legal advisers, notary offices,
// appraisal bodies, mediation committees, legal-aid centers) into the
// directory, as lawyers and firms go: all or nothing, every problem named by
// file, row and column, a good file replacing the points of its kind only; and
// a running sandbox serves the new points at once.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import writeXlsxFile from 'write-excel-file/node';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { generateJiningDataset } from '../src/dataset/jining-dataset.js';
import { importDirectory } from '../src/directory-import/import-directory.js';
import { formatProblem } from '../src/directory-import/import-problem.js';
import { openDatabase, type SqliteDatabase } from '../src/store/sqlite/sqlite-database.js';
import { sqliteDirectoryStore } from '../src/store/sqlite/sqlite-directory-store.js';
import { sqliteDirectoryWriter } from '../src/store/sqlite/sqlite-directory-writer.js';
import { seedDataset } from '../src/store/sqlite/sqlite-seed.js';
import { sqliteTransactions } from '../src/store/sqlite/sqlite-transactions.js';
import { storageStatus } from '../src/store/storage-status.js';
import { apiSandbox, FIXED_NOW } from './api-sandbox.js';
import { ADVISER_HEADINGS, adviserRows, csv } from './roster-files.js';

const dataset = generateJiningDataset();
const now = new Date(FIXED_NOW);
const work = mkdtempSync(join(tmpdir(), 'plskit-point-import-'));
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

const dump = (database: SqliteDatabase): string =>
  JSON.stringify(['service_centers', 'service_points', 'dataset_meta'].map((t) => database.prepare(`SELECT * FROM ${t} ORDER BY 1`).all()));

const importInto = (database: SqliteDatabase, paths: string[]) =>
  importDirectory(sqliteDirectoryWriter(sqliteTransactions(database, storageStatus(false))), paths, { now });

const points = (database: SqliteDatabase) => sqliteDirectoryStore(sqliteTransactions(database, storageStatus(false)));

describe('importing the service network', () => {
  it('refuses a 994-row adviser roster with one bad row: nothing is stored, and the row and column are named', async () => {
    const rows = adviserRows(dataset);
    (rows[41] as string[])[7] = '有空就来';            // row 43: duty days that do not read
    const dir = folder('one-bad');
    writeFileSync(join(dir, '村居法律顾问.csv'), csv([ADVISER_HEADINGS, ...rows]));
    const before = dump(db);
    const report = await importInto(db, [dir]);
    expect(report.imported).toBe(false);
    expect(report.problems.map((p) => [p.file, p.row, p.column, p.code])).toEqual([['村居法律顾问.csv', 43, '驻村时间 (H)', 'invalid-duty']]);
    expect(formatProblem(report.problems[0]!, 'zh-CN')).toBe('村居法律顾问.csv，第43行，驻村时间 (H): 驻村时间应如“每周二上午”或“周二、周四下午”');
    expect(dump(db)).toBe(before);
  });

  it('names every place a point cannot be: a township of another county, swapped degrees, a location half given', async () => {
    const rows = adviserRows(dataset).slice(0, 4);
    (rows[0] as string[])[3] = '尼山镇';                  // a town of 曲阜市, not of 任城区
    [(rows[1] as string[])[10], (rows[1] as string[])[11]] = [(rows[1] as string[])[11]!, (rows[1] as string[])[10]!];
    (rows[2] as string[])[12] = '';                         // degrees without their precision
    (rows[3] as string[])[0] = 'sc-370811';                 // a center's id
    const dir = folder('places');
    writeFileSync(join(dir, 'village-legal-advisers.csv'), csv([ADVISER_HEADINGS, ...rows]));
    const before = dump(db);
    const report = await importInto(db, [dir]);
    expect(report.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [2, '乡镇（街道） (D)', 'unknown-township'],
      [3, '经度 (K)', 'outside-jining'],
      [3, '纬度 (L)', 'outside-jining'],
      [4, '经度 (K)', 'location-incomplete'],
      [5, '编号 (A)', 'id-taken'],
    ]);
    expect(dump(db)).toBe(before);
  });

  it('replaces the advisers with a good roster, and leaves every other kind as it was', async () => {
    const rows = adviserRows(dataset).filter((row) => row[2] === '370881');
    const dir = folder('good');
    writeFileSync(join(dir, '2026-村居法律顾问.csv'), csv([ADVISER_HEADINGS, ...rows]));
    const report = await importInto(db, [dir]);
    expect(report.problems).toEqual([]);
    expect(report.counts).toEqual({ 'village-legal-advisers': { added: 0, updated: rows.length, removed: 994 - rows.length } });
    const page = await points(db).servicePoints({ region: '370881', kind: 'village-legal-adviser', limit: 100 });
    const source = dataset.servicePoints.filter((p) => p.kind === 'village-legal-adviser' && p.region === '370881');
    // read back as the dataset had them: the township by its name, the duty days from words, the location in degrees
    expect(page.items.map(({ id, township, village, location, details }) => ({ id, township, village, location, details })))
      .toEqual(source.map(({ id, township, village, location, details }) => ({ id, township, village, location, details })));
    expect((await points(db).servicePoints({ limit: 1 })).totalsByKind).toEqual({
      'public-legal-service-center': 172, 'village-legal-adviser': rows.length, 'notary-office': 12, 'forensic-appraisal-body': 14,
      'mediation-committee': 156, 'legal-aid-center': 12,
    });
  });

  it('reads the other kinds from a workbook: appraisal categories, notary matters by name, hours', async () => {
    const dir = folder('workbook');
    const text = (value: string) => ({ type: String, value });
    await writeXlsxFile([
      { sheet: '司法鉴定机构', data: [['编号', '名称', '所在区县', '地址', '联系电话', '鉴定类别'].map(text),
        ['fa-new', '济宁新示例司法鉴定所', '任城区', '地址', '0537-5550000', '法医、声像资料类'].map(text)] },
      { sheet: '公证处', data: [['编号', '名称', '所在区县', '地址', '联系电话', '业务范围', '涉外公证'].map(text),
        ['no-01', '济宁市示例公证处', '370800', '地址', '0537-5550001', '出生公证、继承、will', '是'].map(text),
        ['no-02', '任城区示例公证处', '任城区', '地址', '0537-5550002', '出生、占卜', ''].map(text)] },
    ]).toFile(join(dir, 'network.xlsx'));
    const bad = await importInto(db, [dir]);
    expect(bad.problems.map((p) => [p.sheet, p.row, p.column, p.code])).toEqual([['公证处', 3, '业务范围 (F)', 'unknown-notary-matter']]);
    await writeXlsxFile([
      { sheet: '司法鉴定机构', data: [['编号', '名称', '所在区县', '地址', '联系电话', '鉴定类别', '办公时间'].map(text),
        ['fa-new', '济宁新示例司法鉴定所', '任城区', '地址', '0537-5550000', '法医、声像资料类', '周一至周五 09:00-17:00'].map(text)] },
    ]).toFile(join(dir, 'network.xlsx'));
    expect((await importInto(db, [dir])).problems).toEqual([]);
    const body = await points(db).servicePoint('fa-new');
    expect(body).toMatchObject({ kind: 'forensic-appraisal-body', services: ['forensic-appraisal'], details: { appraisalCategories: ['forensic-medicine', 'audio-visual'] } });
    expect(body?.hours?.seasons[0]?.weekdays[1]).toEqual([{ start: '09:00', end: '17:00' }]);
    expect((await points(db).servicePoints({ kind: 'forensic-appraisal-body', limit: 20 })).total).toBe(1);
  });

  it('is served at once by a sandbox running on the same file (its replies follow the directory)', async () => {
    const file = join(folder('running'), 'sandbox.db');
    const fileDb = openDatabase(file);
    seedDataset(fileDb, dataset, FIXED_NOW);
    fileDb.close();
    const sandbox = await apiSandbox({ db: file });
    try {
      const count = async () => (await (await fetch(`${sandbox.url}/v1/service-points?kind=village-legal-adviser&limit=1`)).json()).total;
      expect(await count()).toBe(994);
      const dir = folder('running-roster');
      writeFileSync(join(dir, '村居法律顾问.csv'), csv([ADVISER_HEADINGS, ...adviserRows(dataset).slice(0, 3)]));
      const writerDb = openDatabase(file);
      expect((await importInto(writerDb, [dir])).imported).toBe(true);
      writerDb.close();
      await expect.poll(count, { timeout: 5000 }).toBe(3);
      expect(sandbox.responseViolations()).toEqual([]);
    } finally {
      await sandbox.close();
    }
  });
});
