// From a table of cells to the directory's records, one rule per column; every
// cell that does not read becomes a problem at its row and column, and the
// rest of the table is still read so that one run reports everything.
import { NOTARY_MATTER_CODES, type OpeningHours } from '@plskit/core';
import type { LawFirmRecord, LawyerRecord, ServiceCenterRecord } from '../dataset/jining-dataset.js';
import { JINING_CITY } from '../dataset/jining-divisions.js';
import { JINING_TOWNSHIPS } from '../dataset/jining-townships.data.js';
import type { GeoLocation, PointDetails, PointService, ServicePointRecord } from '../dataset/service-point-record.js';
import {
  COLUMNS, isPointRecordKind, normalizeHeading, POINT_RECORD_KINDS, type ColumnSpec, type PointRecordKind, type RecordKind,
} from './directory-layout.js';
import { cellText } from './field-rules.js';
import { printable, type ImportProblem, type ImportProblemCode } from './import-problem.js';
import { allYearHours, parseWeekHours, seasonalHours } from './opening-hours-text.js';
import type { Cell } from './cell.js';
import type { Table } from './read-tables.js';

/** Where a record came from, to report the problems found when records are compared. */
export interface Origin {
  file: string;
  sheet?: string;
  row: number;
  /** Column labels by key, e.g. licenceNumber → "执业证号 (D)". */
  columns: Record<string, string>;
  /** Keys whose cell did not read (already reported): later checks leave them alone. */
  unread: ReadonlySet<string>;
}

export type Located<T> = T & { origin: Origin };

/** A lawyer as the file names the firm: by name or credit code, matched later. */
export type LawyerEntry = Omit<LawyerRecord, 'firmId' | 'region'> & { firm: string | null; region: string | null };
export type FirmEntry = LawFirmRecord & { creditCode: string };
export type CenterEntry = ServiceCenterRecord & { hours: OpeningHours | null };

export type Entries = {
  'law-firms': Located<FirmEntry>[];
  lawyers: Located<LawyerEntry>[];
  'service-centers': Located<CenterEntry>[];
} & Record<PointRecordKind, Located<ServicePointRecord>[]>;


/** Column letters as a spreadsheet shows them: A … Z, AA … */
function letter(index: number): string {
  let n = index + 1;
  let result = '';
  while (n > 0) {
    result = String.fromCharCode(65 + ((n - 1) % 26)) + result;
    n = Math.floor((n - 1) / 26);
  }
  return result;
}

interface ColumnMap { index: Record<string, number>; labels: Record<string, string>; problems: ImportProblem[] }

function mapColumns(table: Table): ColumnMap {
  const at = (row: number | null, column: string | null, code: ImportProblemCode): ImportProblem =>
    ({ file: table.file, ...(table.sheet !== undefined ? { sheet: table.sheet } : {}), row, column, code });
  const index: Record<string, number> = {};
  const labels: Record<string, string> = {};
  const problems: ImportProblem[] = [];
  const headings = table.headings.map(normalizeHeading);
  for (const spec of COLUMNS[table.kind]) {
    const aliases = spec.headings.map(normalizeHeading);
    const found = headings.flatMap((heading, i) => (aliases.includes(heading) ? [i] : []));
    const [first, second] = found;
    if (first === undefined) {
      if (spec.required) problems.push(at(1, `${spec.headings[0]} / ${spec.headings[1]}`, 'missing-column'));
      continue;
    }
    if (second !== undefined) problems.push(at(1, `${printable(table.headings[second] ?? '')} (${letter(second)})`, 'duplicate-column'));
    index[spec.key] = first;
    labels[spec.key] = `${printable(table.headings[first] ?? '')} (${letter(first)})`;
  }
  return { index, labels, problems };
}

type Values = Record<string, unknown>;

/**
 * A row's values by column key. A required value that did not read is missing
 * here, but then the row has a problem and its record is never written.
 */
interface RowValues {
  id?: string; name: string; creditCode?: string; region?: string; address: string; phone?: string;
  sex: 'male' | 'female'; licenceNumber?: string; category: LawyerRecord['category']; firm?: string;
  practiceAreas?: string[]; languages?: string[]; firstPracticeYear: number; acceptsLegalAid?: 'yes' | 'no';
  level: ServiceCenterRecord['level']; services: ServiceCenterRecord['services'];
  township?: string; longitude?: number; latitude?: number; precision?: number; village?: string; affiliation?: string;
  wechatGroup?: string; duty?: PointDetails['duty']; appraisalCategories?: PointDetails['appraisalCategories'];
  notaryMatters?: string[]; foreignUse?: 'yes' | 'no';
}

/** What each kind of point offers (a roster of one kind lists no services). */
const POINT_SERVICES: Record<PointRecordKind, PointService[]> = {
  'notary-offices': ['notarization'],
  'village-legal-advisers': ['legal-consultation', 'mediation'],
  'forensic-appraisal-bodies': ['forensic-appraisal'],
  'mediation-committees': ['mediation'],
  'legal-aid-centers': ['legal-aid-application', 'legal-consultation'],
};

type Report = (column: string, code: ImportProblemCode) => void;

/** The row's township (a code, or a name within its region; any of the city's for a city point) and its location. */
function place(v: RowValues, labels: Record<string, string>, unread: ReadonlySet<string>, report: Report):
  { township: string | null; location: GeoLocation | null } {
  let township: string | null = null;
  if (v.township !== undefined && v.region !== undefined) {
    const inRegion = (county: string) => v.region === JINING_CITY.code || county === v.region;
    const found = JINING_TOWNSHIPS.find((t) => (t.code === v.township || t.name === v.township) && inRegion(t.county));
    if (found) township = found.code;
    else report(labels.township as string, 'unknown-township');
  }
  const keys = ['longitude', 'latitude', 'precision'] as const;
  const given = keys.filter((key) => v[key] !== undefined);
  // a coordinate that did not read is already reported
  if (given.length === 0 || keys.some((key) => unread.has(key))) return { township, location: null };
  if (given.length < 3) {
    report(labels[given[0] as string] as string, 'location-incomplete');
    return { township, location: null };
  }
  return { township, location: { latitude: v.latitude as number, longitude: v.longitude as number, precision: v.precision as number } };
}

/** A point of one of the network's kinds other than the centers. */
function pointRecord(kind: PointRecordKind, v: RowValues, where: ReturnType<typeof place>, hours: OpeningHours | null, origin: Origin):
  Located<ServicePointRecord> {
  const details: PointDetails = {
    ...(v.duty ? { duty: v.duty } : {}), ...(v.affiliation ? { affiliation: v.affiliation } : {}),
    ...(v.wechatGroup ? { wechatGroup: v.wechatGroup } : {}), ...(v.appraisalCategories ? { appraisalCategories: v.appraisalCategories } : {}),
    // a notary office without a list handles the whole catalogue
    ...(kind === 'notary-offices' ? { notaryMatters: v.notaryMatters ?? [...NOTARY_MATTER_CODES], foreignUse: v.foreignUse === 'yes' } : {}),
  };
  return {
    id: v.id as string, kind: POINT_RECORD_KINDS[kind], name: v.name, region: v.region as string, township: where.township,
    village: v.village ?? null, address: v.address, phone: v.phone as string, services: POINT_SERVICES[kind], hours,
    location: where.location, details, origin,
  };
}

function readRow(table: Table, map: ColumnMap, cells: Cell[], row: number, thisYear: number):
  { values: Values; problems: ImportProblem[] } {
  const values: Values = {};
  const problems: ImportProblem[] = [];
  const report = (spec: ColumnSpec, code: ImportProblemCode): void => {
    problems.push({
      file: table.file, ...(table.sheet !== undefined ? { sheet: table.sheet } : {}), row,
      column: map.labels[spec.key] as string, code,
    });
  };
  for (const spec of COLUMNS[table.kind]) {
    const i = map.index[spec.key];
    if (i === undefined) continue;
    const cell = cells[i] ?? null;
    if (cellText(cell) === '') {
      if (spec.required) report(spec, 'required');
      continue;
    }
    const read = spec.rule(cell, thisYear);
    if ('problem' in read) report(spec, read.problem);
    else values[spec.key] = read.value;
  }
  return { values, problems };
}

/** The hours from the one or two hours columns; null keeps the default hours (a center's level's, or none). */
function rosterHours(values: Values, labels: Record<string, string>, report: (column: string, code: ImportProblemCode) => void):
  OpeningHours | null {
  const { hours, summerHours, winterHours } = values as Record<string, string | undefined>;
  if (hours === undefined && summerHours === undefined && winterHours === undefined) return null;
  if (hours !== undefined && (summerHours !== undefined || winterHours !== undefined)) {
    report(labels.hours as string, 'hours-conflict');
    return null;
  }
  if (hours === undefined && (summerHours === undefined || winterHours === undefined)) {
    report((labels.summerHours ?? labels.winterHours) as string, 'hours-conflict');
    return null;
  }
  const read = (text: string, key: string) => {
    const week = parseWeekHours(text);
    if (!week) report(labels[key] as string, 'invalid-hours');
    return week;
  };
  if (hours !== undefined) {
    const week = read(hours, 'hours');
    return week ? allYearHours(week) : null;
  }
  const summer = read(summerHours as string, 'summerHours');
  const winter = read(winterHours as string, 'winterHours');
  return summer && winter ? seasonalHours(summer, winter) : null;
}

/** The records of one table, each with its origin, and the problems of its cells. */
export function readRecords(table: Table, thisYear: number, entries: Entries): ImportProblem[] {
  const map = mapColumns(table);
  if (map.problems.some((p) => p.code === 'missing-column')) return map.problems;
  const problems = [...map.problems];
  for (const { row, cells } of table.rows) {
    const read = readRow(table, map, cells, row, thisYear);
    problems.push(...read.problems);
    const unread = new Set(read.problems.map((p) => Object.keys(map.labels).find((key) => map.labels[key] === p.column) ?? ''));
    const origin: Origin = {
      file: table.file, ...(table.sheet !== undefined ? { sheet: table.sheet } : {}), row, columns: map.labels, unread,
    };
    const v = read.values as unknown as RowValues;
    const report: Report = (column, code) => problems.push({
      file: table.file, ...(table.sheet !== undefined ? { sheet: table.sheet } : {}), row, column, code,
    });
    switch (table.kind) {
      case 'law-firms': {
        const code = v.creditCode as string | undefined;
        entries['law-firms'].push({
          id: v.id ?? (code ? `lf-${code}` : ''), name: v.name, creditCode: code ?? '', region: v.region as string,
          address: v.address, phone: v.phone as string, origin,
        });
        break;
      }
      case 'lawyers':
        entries.lawyers.push({
          id: v.id ?? `lw-${v.licenceNumber ?? ''}`, name: v.name, sex: v.sex, licenceNumber: v.licenceNumber as string,
          category: v.category, firm: v.firm ?? null, region: v.region ?? null, practiceAreas: v.practiceAreas ?? [],
          languages: v.languages ?? ['zh'], firstPracticeYear: v.firstPracticeYear,
          acceptsLegalAid: v.acceptsLegalAid === 'yes', phone: v.phone ?? null, origin,
        });
        break;
      case 'service-centers': {
        const hours = rosterHours(read.values, map.labels, report);
        entries['service-centers'].push({
          id: v.id as string, name: v.name, level: v.level, region: v.region as string, address: v.address, phone: v.phone as string,
          services: v.services, hours, ...place(v, map.labels, unread, report), origin,
        });
        break;
      }
      default:
        if (isPointRecordKind(table.kind)) {
          const where = place(v, map.labels, unread, report);
          entries[table.kind].push(pointRecord(table.kind, v, where, rosterHours(read.values, map.labels, report), origin));
        }
    }
  }
  return problems;
}

export const noEntries = (): Entries => ({
  'law-firms': [], lawyers: [], 'service-centers': [],
  ...Object.fromEntries(Object.keys(POINT_RECORD_KINDS).map((kind) => [kind, [] as Located<ServicePointRecord>[]])) as
    Record<PointRecordKind, Located<ServicePointRecord>[]>,
});

export type { RecordKind };
