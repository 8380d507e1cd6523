// Regions, service centers, practice areas, lawyers and law firms.
import { JINING_CITY, JINING_DIVISIONS, type JiningDivision } from '../dataset/jining-divisions.js';
import type { Clock } from '../clock.js';
import type { Locale } from '../http/locale.js';
import { shanghaiYear } from '../shanghai-time.js';
import type { DirectoryStore, LawyerRow } from '../store/directory-store.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { ProblemError, type OperationHandler } from './operation.js';

export interface DirectoryDependencies {
  directory: DirectoryStore;
  clock: Clock;
}

const DEFAULT_LIMIT = 20;

function region(division: JiningDivision, locale: Locale) {
  return {
    code: division.code,
    name: locale === 'en' ? division.nameEn : division.nameZh,
    kind: division.kind,
    statistical: division.statistical,
    parent: division.kind === 'city' ? null : JINING_CITY.code,
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

const notFound = (): ProblemError => new ProblemError(404, 'not-found');

export function directoryOperations({ directory, clock }: DirectoryDependencies): Record<string, OperationHandler> {
  return {
    listRegions: ({ locale }) => ({
      status: 200,
      body: { items: [JINING_CITY, ...JINING_DIVISIONS].map((d) => region(d, locale)) },
    }),

    listServiceCenters: ({ query }) => ({
      status: 200,
      body: {
        items: directory.serviceCenters({
          region: query.region as string | undefined, level: query.level as string | undefined,
          service: query.service as string | undefined,
        }),
      },
    }),

    listLawyers: ({ query, locale, now }) => {
      const minYears = query.minYears as number | undefined;
      const page = directory.lawyers({
        q: (query.q as string | undefined)?.trim() || undefined,
        region: query.region as string | undefined,
        practiceArea: query.practiceArea as string | undefined,
        category: query.category as string | undefined,
        language: query.language as string | undefined,
        acceptsLegalAid: query.acceptsLegalAid as boolean | undefined,
        ...(minYears !== undefined ? { firstPracticeYearAtMost: shanghaiYear(now) - minYears } : {}),
        limit: (query.limit as number | undefined) ?? DEFAULT_LIMIT,
        afterId: decodeCursor(query.cursor, locale),
      });
      return {
        status: 200,
        body: { items: page.items.map((row) => lawyerView(row, now)), total: page.total, nextCursor: encodeCursor(page.nextAfterId) },
      };
    },

    getLawyer: ({ params }) => {
      const row = directory.lawyer(params.id ?? '');
      if (!row) throw notFound();
      return { status: 200, body: lawyerView(row, clock()) };
    },

    listLawFirms: ({ query, locale }) => {
      const page = directory.lawFirms({
        q: (query.q as string | undefined)?.trim() || undefined,
        region: query.region as string | undefined,
        practiceArea: query.practiceArea as string | undefined,
        limit: (query.limit as number | undefined) ?? DEFAULT_LIMIT,
        afterId: decodeCursor(query.cursor, locale),
      });
      return { status: 200, body: { items: page.items, total: page.total, nextCursor: encodeCursor(page.nextAfterId) } };
    },

    getLawFirm: ({ params }) => {
      const firm = directory.lawFirm(params.id ?? '');
      if (!firm) throw notFound();
      return { status: 200, body: firm };
    },
  };
}
