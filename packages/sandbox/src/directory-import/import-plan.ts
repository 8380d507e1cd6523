// The checks that compare records with each other and with the directory
// already stored: repeated ids, licence numbers and firm names; a lawyer's
// firm; what removing a firm or a center would break. Then the replacement to
// write, or nothing at all when any problem was found.
import type { LawyerRecord } from '../dataset/jining-dataset.js';
import type { DirectoryReplacement, DirectorySnapshot } from '../store/directory-writer.js';
import { POINT_RECORD_KINDS, type PointRecordKind, type RecordKind } from './directory-layout.js';
import type { ImportProblem, ImportProblemCode } from './import-problem.js';
import type { Entries, Located, Origin } from './read-records.js';

export interface KindCounts { added: number; updated: number; removed: number }

export type ImportCounts = Partial<Record<RecordKind, KindCounts>>;

function problemAt(origin: Origin, key: string, code: ImportProblemCode, fallbackColumn?: string): ImportProblem {
  return {
    file: origin.file, ...(origin.sheet !== undefined ? { sheet: origin.sheet } : {}), row: origin.row,
    column: origin.columns[key] ?? fallbackColumn ?? null, code,
  };
}

const same = (text: string): string => text.normalize('NFKC').replace(/\s+/g, '').toUpperCase();

/** A problem at every record whose value under `by` an earlier record already had. */
function repeated<T>(records: Located<T>[], by: (r: T) => string | undefined, column: (r: Located<T>) => string): ImportProblem[] {
  const seen = new Set<string>();
  const problems: ImportProblem[] = [];
  for (const record of records) {
    const value = by(record);
    if (!value) continue;
    if (seen.has(same(value))) problems.push(problemAt(record.origin, column(record), 'duplicate'));
    seen.add(same(value));
  }
  return problems;
}

/** An id the file gives; a derived id (lw-<licence number>) repeats only when its source does, reported there. */
const givenId = (r: { id: string; origin: Origin }): string | undefined => (r.origin.columns.id ? r.id : undefined);

function counts(before: readonly string[], after: readonly string[]): KindCounts {
  const old = new Set(before);
  const now = new Set(after);
  return {
    added: after.filter((id) => !old.has(id)).length,
    updated: after.filter((id) => old.has(id)).length,
    removed: before.filter((id) => !now.has(id)).length,
  };
}

/**
 * A center's or point's id is unique across the whole network (GET /v1/service-points/{id}
 * names one): a record of a kind given may not take the id of a record of another kind,
 * as given in this import or, for a kind not given, as stored.
 */
function idsTakenAcrossKinds(entries: Entries, given: ReadonlySet<RecordKind>, snapshot: DirectorySnapshot): ImportProblem[] {
  const networkKinds: RecordKind[] = ['service-centers', ...Object.keys(POINT_RECORD_KINDS) as PointRecordKind[]];
  const idsOf = (kind: RecordKind): string[] => {
    if (given.has(kind)) return (kind === 'service-centers' ? entries[kind] : entries[kind as PointRecordKind]).map((r) => r.id);
    return kind === 'service-centers' ? snapshot.centerIds : snapshot.pointIds[POINT_RECORD_KINDS[kind as PointRecordKind]];
  };
  const holders = new Map<string, Set<RecordKind>>();
  for (const kind of networkKinds) for (const id of idsOf(kind)) holders.set(id, (holders.get(id) ?? new Set()).add(kind));
  return networkKinds.filter((kind) => given.has(kind)).flatMap((kind) =>
    (kind === 'service-centers' ? entries[kind] : entries[kind as PointRecordKind])
      .filter((record) => (holders.get(record.id)?.size ?? 0) > 1)
      .map((record) => problemAt(record.origin, 'id', 'id-taken')));
}

export interface ImportPlan { problems: ImportProblem[]; replacement?: DirectoryReplacement; counts: ImportCounts }

export function planImport(entries: Entries, given: ReadonlySet<RecordKind>, snapshot: DirectorySnapshot): ImportPlan {
  const firms = entries['law-firms'];
  const lawyers = entries.lawyers;
  const centers = entries['service-centers'];
  const pointKinds = (Object.keys(POINT_RECORD_KINDS) as PointRecordKind[]).filter((kind) => given.has(kind));
  const problems: ImportProblem[] = [
    ...repeated(firms, givenId, () => 'id'),
    ...repeated(firms, (f) => f.creditCode, () => 'creditCode'),
    ...repeated(firms, (f) => f.name, () => 'name'),
    ...repeated(lawyers, givenId, () => 'id'),
    ...repeated(lawyers, (l) => l.licenceNumber, () => 'licenceNumber'),
    ...repeated(centers, (c) => c.id, () => 'id'),
    ...pointKinds.flatMap((kind) => repeated(entries[kind], (p) => p.id, () => 'id')),
    ...idsTakenAcrossKinds(entries, given, snapshot),
  ];

  // a lawyer names the firm by name or credit code: one of this import's firms, or with no firm file, one stored
  const firmsByKey = new Map<string, { id: string; region: string }>();
  if (given.has('law-firms')) {
    for (const f of firms) {
      firmsByKey.set(same(f.name), f);
      firmsByKey.set(same(f.creditCode), f);
    }
  } else {
    for (const f of snapshot.firms) firmsByKey.set(same(f.name), f);
  }
  const resolvedLawyers: LawyerRecord[] = lawyers.map(({ origin, firm, region, ...lawyer }) => {
    const bound = lawyer.category === 'full-time' || lawyer.category === 'part-time';
    const found = firm ? firmsByKey.get(same(firm)) : undefined;
    const checked = (key: string) => !origin.unread.has(key);
    if (firm && !found) problems.push(problemAt(origin, 'firm', 'unknown-firm'));
    if (checked('firm') && checked('category')) {
      if (bound && !firm) problems.push(problemAt(origin, 'firm', 'firm-required', origin.columns.category));
      if (!bound && firm) problems.push(problemAt(origin, 'firm', 'firm-not-allowed'));
    }
    // a lawyer's region defaults to the firm's
    if (!region && !firm && checked('region') && checked('firm')) {
      problems.push(problemAt(origin, 'region', 'required', '所在区县 / region'));
    }
    return { ...lawyer, firmId: found?.id ?? null, region: region ?? found?.region ?? '' };
  });

  // removing a kind's records must not strand what still points at them
  if (given.has('law-firms') && !given.has('lawyers')) {
    const kept = new Set(firms.map((f) => f.id));
    const file = firms[0]?.origin;
    const stranded = new Set(snapshot.lawyers.flatMap((l) => (l.firmId && !kept.has(l.firmId) ? [l.firmId] : [])));
    for (const id of stranded) {
      problems.push({ file: file?.file ?? '', ...(file?.sheet !== undefined ? { sheet: file.sheet } : {}), row: null, column: null, code: 'firm-still-named', record: id });
    }
  }
  if (given.has('service-centers')) {
    const kept = new Set(centers.map((c) => c.id));
    const file = centers[0]?.origin;
    for (const id of snapshot.centersWithAppointments.filter((c) => !kept.has(c))) {
      problems.push({ file: file?.file ?? '', ...(file?.sheet !== undefined ? { sheet: file.sheet } : {}), row: null, column: null, code: 'center-has-appointments', record: id });
    }
  }

  const plannedCounts: ImportCounts = {};
  const replacement: DirectoryReplacement = {};
  const strip = <T extends { origin: Origin }>({ origin: _origin, ...record }: T): Omit<T, 'origin'> => record;
  if (given.has('law-firms')) {
    replacement['law-firms'] = firms.map(({ creditCode: _code, ...firm }) => strip(firm));
    plannedCounts['law-firms'] = counts(snapshot.firms.map((f) => f.id), firms.map((f) => f.id));
  }
  if (given.has('lawyers')) {
    replacement.lawyers = resolvedLawyers;
    plannedCounts.lawyers = counts(snapshot.lawyers.map((l) => l.id), lawyers.map((l) => l.id));
  }
  if (given.has('service-centers')) {
    replacement['service-centers'] = centers.map(strip);
    plannedCounts['service-centers'] = counts(snapshot.centerIds, centers.map((c) => c.id));
  }
  for (const kind of pointKinds) {
    const pointKind = POINT_RECORD_KINDS[kind];
    (replacement.points ??= {})[pointKind] = entries[kind].map(strip);
    plannedCounts[kind] = counts(snapshot.pointIds[pointKind], entries[kind].map((p) => p.id));
  }
  return { problems, counts: plannedCounts, ...(problems.length === 0 ? { replacement } : {}) };
}
