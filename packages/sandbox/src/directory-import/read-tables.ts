// Reads the operator's files into tables of cells: a CSV file is one table
// named by its file name; an XLSX workbook holds one table per sheet, named by
// the sheet. Which records a table holds follows from that name.
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import readXlsxFile from 'read-excel-file/node';
import type { Cell } from './cell.js';
import { decodeCsv, parseCsv } from './csv.js';
import { kindOfName, type RecordKind } from './directory-layout.js';
import type { ImportProblem } from './import-problem.js';

export interface Table {
  kind: RecordKind;
  /** The file's name as given, and the sheet within a workbook. */
  file: string;
  sheet?: string;
  headings: string[];
  /** Data rows with the row number a spreadsheet program shows (the heading row is 1). */
  rows: { row: number; cells: Cell[] }[];
}

const isBlank = (cells: Cell[]): boolean => cells.every((cell) => cell === null || (typeof cell === 'string' && cell.trim() === ''));

function table(kind: RecordKind, file: string, sheet: string | undefined, records: Cell[][]): Table {
  const [headings = [], ...data] = records;
  return {
    kind, file, ...(sheet !== undefined ? { sheet } : {}),
    headings: headings.map((cell) => (cell === null ? '' : String(cell).trim())),
    rows: data.map((cells, i) => ({ row: i + 2, cells })).filter(({ cells }) => !isBlank(cells)),
  };
}

/** The tables of one file, or the problem that stops it from being read at all. */
export async function readTables(path: string): Promise<{ tables: Table[]; problems: ImportProblem[] }> {
  const file = basename(path);
  const extension = extname(file).toLowerCase();
  const unreadable = (code: ImportProblem['code'], sheet?: string) => ({
    tables: [], problems: [{ file, ...(sheet !== undefined ? { sheet } : {}), row: null, column: null, code }],
  });
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch {
    return unreadable('file-unreadable');
  }
  if (extension === '.csv') {
    const kind = kindOfName(basename(file, extname(file)));
    if (!kind) return unreadable('unknown-table');
    return { tables: [table(kind, file, undefined, parseCsv(decodeCsv(bytes)))], problems: [] };
  }
  if (extension === '.xlsx') {
    let sheets: { sheet: string; data: Cell[][] }[];
    try {
      sheets = (await readXlsxFile(bytes)) as { sheet: string; data: Cell[][] }[];
    } catch {
      return unreadable('file-unreadable');
    }
    // a workbook may carry a notes sheet beside the records: sheets of no known name are left out
    const tables = sheets.flatMap(({ sheet, data }) => {
      const kind = kindOfName(sheet);
      return kind ? [table(kind, file, sheet, data)] : [];
    });
    if (tables.length === 0) return unreadable('unknown-table');
    return { tables, problems: [] };
  }
  return unreadable('unsupported-file');
}
