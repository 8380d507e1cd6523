// `plskit-sandbox import [--dry-run] [--lang zh-CN|en] <file or folder>…`
// into the database PLSKIT_DB names (default .plskit/sandbox.db). Prints every
// problem with its file, row and column; exits 0 when imported (or, on a dry
// run, when it would be), 1 when anything is wrong, 2 on a usage error.
import { matchLocale, type Locale } from '@plskit/core';
import type { CommandIo } from '../command-io.js';
import { commandDatabase } from '../command-storage.js';
import { openDirectoryWriter } from '../store/open-storage.js';
import { KIND_ORDER } from './directory-layout.js';
import { importDirectory } from './import-directory.js';
import { formatProblem } from './import-problem.js';

const USAGE = 'usage: plskit-sandbox import [--dry-run] [--lang zh-CN|en] <file.csv|file.xlsx|folder>…';

const HEADINGS: Record<Locale, Record<string, string>> = {
  'zh-CN': {
    problems: '发现 {n} 个问题，目录未作任何更改。', imported: '已导入：', wouldImport: '检查通过（试运行，未写入）：',
    'law-firms': '律师事务所', lawyers: '律师', 'service-centers': '公共法律服务中心', 'notary-offices': '公证处',
    'village-legal-advisers': '村居法律顾问', 'forensic-appraisal-bodies': '司法鉴定机构', 'mediation-committees': '人民调解委员会',
    'legal-aid-centers': '法律援助中心',
    counts: '新增 {added}，更新 {updated}，移除 {removed}', nothing: '没有可导入的文件。',
  },
  en: {
    problems: '{n} problem(s) found; the directory was not changed.', imported: 'Imported:', wouldImport: 'All checks pass (dry run, nothing written):',
    'law-firms': 'law firms', lawyers: 'lawyers', 'service-centers': 'service centers', 'notary-offices': 'notary offices',
    'village-legal-advisers': 'village legal advisers', 'forensic-appraisal-bodies': 'forensic-appraisal bodies',
    'mediation-committees': 'mediation committees', 'legal-aid-centers': 'legal-aid centers',
    counts: '{added} added, {updated} updated, {removed} removed', nothing: 'No file to import.',
  },
};

const fill = (template: string, values: Record<string, number>): string =>
  template.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));

export async function runImportCommand(args: readonly string[], io: CommandIo): Promise<number> {
  // the terminal's language (LANG=zh_CN.UTF-8 → zh-CN), as a browser's would be
  let locale = matchLocale((io.env.LC_ALL || io.env.LANG || '').split('.')[0]?.replace('_', '-'));
  let dryRun = false;
  const paths: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--dry-run') dryRun = true;
    else if (arg === '--lang') locale = matchLocale(args[++i]);
    else if (arg.startsWith('--')) { io.err(USAGE); return 2; }
    else paths.push(arg);
  }
  if (paths.length === 0) { io.err(USAGE); return 2; }
  const text = HEADINGS[locale];
  const { db, keys } = commandDatabase(io);
  const writer = await openDirectoryWriter(db, keys);
  try {
    const report = await importDirectory(writer, paths, { now: io.now ?? new Date(), dryRun });
    for (const problem of report.problems) io.err(formatProblem(problem, locale));
    if (report.problems.length > 0) {
      io.err(fill(text.problems as string, { n: report.problems.length }));
      return 1;
    }
    const kinds = KIND_ORDER.filter((kind) => report.counts[kind]);
    if (kinds.length === 0) { io.err(text.nothing as string); return 1; }
    io.out(report.imported ? text.imported as string : text.wouldImport as string);
    for (const kind of kinds) io.out(`  ${text[kind]}: ${fill(text.counts as string, { ...report.counts[kind] })}`);
    return 0;
  } finally {
    await writer.close();
  }
}
