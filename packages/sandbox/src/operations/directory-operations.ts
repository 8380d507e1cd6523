// Regions, service centers, practice areas, lawyers and law firms.
import { JINING_CITY, JINING_DIVISIONS, type JiningDivision } from '../dataset/jining-divisions.js';
import { PRACTICE_AREAS, PRACTICE_AREAS_UNVERIFIED } from '../dataset/practice-areas.js';
import type { Clock } from '../clock.js';
import { shanghaiYear, type Locale } from '@plskit/core';
import type { DirectoryStore, LawyerRow, ServiceCenterRow } from '../store/directory-store.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { fieldMessage } from './field-error.js';
import { placeOf } from './service-point-operations.js';
import { ProblemError, type ContractOperations } from './operation.js';

export interface DirectoryDependencies {
  directory: DirectoryStore;
  clock: Clock;
  /** The center's opening hours in @plskit/core's OpeningHours shape. */
  openingHours(center: Pick<ServiceCenterRow, 'level' | 'hours'>): unknown;
}

const DEFAULT_LIMIT = 20;

function region(division: JiningDivision) {
  return {
    code: division.code,
    name: { 'zh-CN': division.nameZh, en: division.nameEn },
    kind: division.kind,
    ...(division.kind === 'city' ? {} : { parent: JINING_CITY.code }),
    statisticalCode: division.statisticalCode,
  };
}

export function lawyerView(row: LawyerRow, now: Date) {
  return {
    id: row.id, name: row.name, sex: row.sex, licenceNumber: row.licenceNumber, category: row.category,
    firm: row.firm, region: row.region, practiceAreas: row.practiceAreas, languages: row.languages,
    firstPracticeYear: row.firstPracticeYear,
    yearsOfPractice: Math.max(0, shanghaiYear(now) - row.firstPracticeYear),
    acceptsLegalAid: row.acceptsLegalAid,
    ...(row.phone ? { phone: row.phone } : {}),
  };
}

function numericCursor(afterSort: string | undefined, locale: Locale): string | undefined {
  if (afterSort !== undefined && !/^\d{1,6}$/.test(afterSort)) {
    throw new ProblemError(400, 'validation-failed', [{ field: 'cursor', code: 'invalid', message: fieldMessage('invalid', locale) }]);
  }
  return afterSort;
}

const notFound = (): ProblemError => new ProblemError(404, 'not-found');

type DirectoryOperationId = 'listRegions' | 'listPracticeAreas' | 'listServiceCenters' | 'searchLawyers' | 'getLawyer' | 'searchLawFirms' | 'getLawFirm';

export function directoryOperations({ directory, clock, openingHours }: DirectoryDependencies): Pick<ContractOperations, DirectoryOperationId> {
  const regions = { items: [JINING_CITY, ...JINING_DIVISIONS].map(region) };
  const practiceAreas = { items: PRACTICE_AREAS, unverified: PRACTICE_AREAS_UNVERIFIED };
  const centerView = ({ township, location, ...center }: ServiceCenterRow) => ({ ...center, hours: openingHours(center), ...placeOf({ township, location }) });
  return {
    // constant lists: one object each, so the reply serializes and hashes them once
    listRegions: () => ({ status: 200, body: regions }),

    listPracticeAreas: () => ({ status: 200, body: practiceAreas }),

    listServiceCenters: async ({ query, locale }) => {
      const page = await directory.serviceCenters({
        region: query.region, level: query.level, service: query.service, limit: query.limit ?? DEFAULT_LIMIT,
        afterSort: numericCursor(decodeCursor(query.cursor, locale), locale),
      });
      return {
        status: 200,
        body: { items: page.items.map(centerView), total: page.total, nextCursor: encodeCursor(page.nextAfterId) },
      };
    },

    searchLawyers: async ({ query, locale, now }) => {
      const { minYears } = query;
      const page = await directory.lawyers({
        q: query.q?.trim() || undefined,
        region: query.region, practiceArea: query.practiceArea, category: query.category, language: query.language,
        acceptsLegalAid: query.acceptsLegalAid,
        ...(minYears !== undefined ? { firstPracticeYearAtMost: shanghaiYear(now) - minYears } : {}),
        limit: query.limit ?? DEFAULT_LIMIT,
        afterId: decodeCursor(query.cursor, locale),
      });
      return {
        status: 200,
        body: { items: page.items.map((row) => lawyerView(row, now)), total: page.total, nextCursor: encodeCursor(page.nextAfterId) },
      };
    },

    getLawyer: async ({ params }) => {
      const row = await directory.lawyer(params.id);
      if (!row) throw notFound();
      return { status: 200, body: lawyerView(row, clock()) };
    },

    searchLawFirms: async ({ query, locale }) => {
      const page = await directory.lawFirms({
        q: query.q?.trim() || undefined,
        region: query.region, practiceArea: query.practiceArea, limit: query.limit ?? DEFAULT_LIMIT,
        afterId: decodeCursor(query.cursor, locale),
      });
      return { status: 200, body: { items: page.items, total: page.total, nextCursor: encodeCursor(page.nextAfterId) } };
    },

    getLawFirm: async ({ params }) => {
      const firm = await directory.lawFirm(params.id);
      if (!firm) throw notFound();
      return { status: 200, body: firm };
    },
  };
}
