// The whole network of service points: a page of it, with its totals by kind,
// and one point. The API never asks where the resident is; a point's location
// is there for the resident's browser to measure against a position it keeps.
import { townshipByCode } from '../dataset/jining-townships.data.js';
import type { DirectoryStore, ServiceCenterRow } from '../store/directory-store.js';
import { isPointKey, type ServicePointRow } from '../store/service-points.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { fieldMessage } from './field-error.js';
import { ProblemError, type ContractOperations } from './operation.js';

const DEFAULT_LIMIT = 20;

/** A township (its name from the statistical list) and a location, as the contract writes them: left out when unknown. */
export function placeOf({ township, location }: { township: string | null; location: ServiceCenterRow['location'] }) {
  return {
    ...(township ? { township: { code: township, name: townshipByCode(township)?.name ?? township } } : {}),
    ...(location ? { location } : {}),
  };
}

export interface ServicePointDependencies {
  directory: DirectoryStore;
  /** A center's hours: its own, or its level's. */
  openingHours(center: Pick<ServiceCenterRow, 'level' | 'hours'>): unknown;
}

export function servicePointOperations({ directory, openingHours }: ServicePointDependencies):
  Pick<ContractOperations, 'listServicePoints' | 'getServicePoint'> {
  const view = ({ details, township, location, level, village, hours, ...row }: ServicePointRow) => ({
    id: row.id, kind: row.kind, name: row.name, ...(level ? { level } : {}), bookable: level !== null, region: row.region,
    ...placeOf({ township, location }), ...(village ? { village } : {}), address: row.address, phone: row.phone,
    ...(level ? { hours: openingHours({ level, hours }) } : hours ? { hours } : {}),
    services: row.services, ...details,
  });
  return {
    listServicePoints: async ({ query, locale }) => {
      const afterKey = decodeCursor(query.cursor, locale);
      if (afterKey !== undefined && !isPointKey(afterKey)) {
        throw new ProblemError(400, 'validation-failed', [{ field: 'cursor', code: 'invalid', message: fieldMessage('invalid', locale) }]);
      }
      const page = await directory.servicePoints({
        kind: query.kind, region: query.region, township: query.township, service: query.service, q: query.q?.trim() || undefined,
        limit: query.limit ?? DEFAULT_LIMIT, afterKey,
      });
      return {
        status: 200,
        body: { items: page.items.map(view), total: page.total, totalsByKind: page.totalsByKind, nextCursor: encodeCursor(page.nextAfterId) },
      };
    },
    getServicePoint: async ({ params }) => {
      const point = await directory.servicePoint(params.id);
      if (!point) throw new ProblemError(404, 'not-found');
      return { status: 200, body: view(point) };
    },
  };
}
