#!/usr/bin/env node
// Writes the example workbook packages/sandbox/examples/directory/jining-directory.xlsx
// from the example CSV files in csv/ beside it: one sheet per file, named in Chinese as a
// justice bureau's workbook would be. Codes stay text cells (a 17-digit licence
// number in a number cell loses digits); years are number cells.
// Run after editing the CSV files; the import tests check the two agree.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import writeXlsxFile from 'write-excel-file/node';

const dir = 'packages/sandbox/examples/directory';
const csvDir = join(dir, 'csv');
const SHEETS = [['律师事务所', 'law-firms.csv'], ['律师', 'lawyers.csv'], ['公共法律服务中心', 'service-centers.csv'], ['公证处', 'notary-offices.csv'],
  ['村居法律顾问', 'village-legal-advisers.csv'], ['司法鉴定机构', 'forensic-appraisal-bodies.csv'], ['人民调解委员会', 'mediation-committees.csv'],
  ['法律援助中心', 'legal-aid-centers.csv']];

/** The small RFC 4180 reader the examples need (quoted fields with commas). */
function parse(text) {
  return text.trim().split(/\r?\n/).map((line) => [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)]
    .filter((m, i, all) => i < all.length - 1 || m[0] !== '')
    .map((m) => m[1].startsWith('"') ? m[1].slice(1, -1).replace(/""/g, '"') : m[1]));
}

const sheets = SHEETS.map(([sheet, file]) => {
  const [headings, ...rows] = parse(readFileSync(join(csvDir, file), 'utf8'));
  const data = [
    headings.map((value) => ({ value, fontWeight: 'bold' })),
    ...rows.map((row) => row.map((value, i) => (/年份$/.test(headings[i]) && value
      ? { type: Number, value: Number(value) }
      : { type: String, value: value === '' ? null : value }))),
  ];
  return { sheet, data };
});

await writeXlsxFile(sheets).toFile(join(dir, 'jining-directory.xlsx'));
console.log(`wrote ${join(dir, 'jining-directory.xlsx')}`);
