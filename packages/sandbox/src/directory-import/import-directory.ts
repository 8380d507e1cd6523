// `plskit-sandbox import`: the city's rosters (CSV or XLSX) into the directory,
// all or nothing. Every problem in every file is reported in one run; the
// directory changes only when there are none.
import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { shanghaiYear } from '@plskit/core';
import type { DirectoryWriter } from '../store/directory-writer.js';
import { KIND_ORDER, type RecordKind } from './directory-layout.js';
import type { ImportProblem } from './import-problem.js';
import { planImport, type ImportCounts } from './import-plan.js';
import { noEntries, readRecords } from './read-records.js';
import { readTables, type Table } from './read-tables.js';

export interface ImportReport {
  /** True when the directory was changed (never on a dry run). */
  imported: boolean;
  problems: ImportProblem[];
  /** What the import does (or, with problems or a dry run, would do) per kind it was given. */
  counts: ImportCounts;
}

export interface ImportOptions {
  /** The import's instant, recorded as dataset_meta.imported_at; its year bounds the years in the files. */
  now: Date;
  /** Check everything and report, write nothing. */
  dryRun?: boolean;
}

/** The files to read: the paths given, a folder standing for its .csv and .xlsx files. */
async function expand(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const isFolder = await stat(path).then((s) => s.isDirectory(), () => false);
    if (!isFolder) { files.push(path); continue; }
    const names = (await readdir(path)).filter((n) => ['.csv', '.xlsx'].includes(extname(n).toLowerCase()) && !n.startsWith('~$'));
    files.push(...names.sort().map((n) => join(path, n)));
  }
  return files;
}

export async function importDirectory(writer: DirectoryWriter, paths: readonly string[], options: ImportOptions): Promise<ImportReport> {
  const problems: ImportProblem[] = [];
  const tables: Table[] = [];
  const files = await expand(paths);
  for (const file of files) {
    const read = await readTables(file);
    problems.push(...read.problems);
    tables.push(...read.tables);
  }
  const entries = noEntries();
  const thisYear = shanghaiYear(options.now);
  // firms first, so a lawyer's firm is known when the lawyers are compared
  const ordered = [...tables].sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
  for (const table of ordered) problems.push(...readRecords(table, thisYear, entries));
  const given = new Set<RecordKind>(tables.map((t) => t.kind));
  return writer.replace((snapshot) => {
    const plan = planImport(entries, given, snapshot);
    // in the order of the files, then of the rows (file-wide problems first)
    const position = (p: ImportProblem) => files.findIndex((f) => basename(f) === p.file);
    const all = [...problems, ...plan.problems]
      .sort((a, b) => position(a) - position(b) || (a.row ?? 0) - (b.row ?? 0));
    const write = all.length === 0 && !options.dryRun && given.size > 0;
    return {
      ...(write && plan.replacement ? { replacement: plan.replacement } : {}),
      result: { imported: write, problems: all, counts: plan.counts },
    };
  }, options.now.toISOString());
}
