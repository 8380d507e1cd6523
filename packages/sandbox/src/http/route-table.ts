// Routing compiled once at start-up from the contract: a map of the literal
// paths and, per templated path, one regular expression. A request costs one
// map lookup or a few regex tests, never a rebuild of the operation list.
import type { Contract } from '../contract.js';

export interface Route {
  operationId: string;
  method: string;
  /** The contract's path template, e.g. /v1/lawyers/{id}: what logs name. */
  template: string;
  /** `security: []`: open to all, no partner key (health). */
  open: boolean;
  /** `security: [{ staffBearer: [] }]`: a staff operation, its bearer token verified before anything else (no partner key). */
  staff: boolean;
}

export type RouteMatch =
  | { kind: 'found'; route: Route; params: Record<string, string> }
  /** The path exists with other methods (405, which names them in Allow), or not at all (404). */
  | { kind: 'method-not-allowed'; allow: readonly string[] }
  | { kind: 'not-found' }
  /** A path segment is not a valid percent-encoding (400, not a URIError). */
  | { kind: 'malformed'; param: string };

interface TemplatedPath {
  pattern: RegExp;
  names: string[];
  byMethod: Map<string, Route>;
}

/** The methods a path answers, as Allow lists them: its operations', HEAD with GET, and OPTIONS (CORS preflight). */
const allowOf = (byMethod: Map<string, Route>): readonly string[] => [...byMethod.keys(), 'OPTIONS'];

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

export interface RouteTable {
  match(method: string, path: string): RouteMatch;
  /** The route of a path whatever the method was, for replies sent before routing. */
  routeOf(path: string): Route | undefined;
  routes: readonly Route[];
}

export function compileRoutes(contract: Contract): RouteTable {
  const literal = new Map<string, Map<string, Route>>();
  const templated: TemplatedPath[] = [];
  const routes: Route[] = [];
  const paths = (contract.api.definition.paths ?? {}) as Record<string, Record<string, { operationId?: string; security?: Record<string, unknown>[] }>>;
  for (const [template, item] of Object.entries(paths)) {
    const byMethod = new Map<string, Route>();
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation?.operationId) continue;
      const route: Route = {
        operationId: operation.operationId, method: method.toUpperCase(), template,
        open: Array.isArray(operation.security) && operation.security.length === 0,
        staff: Array.isArray(operation.security) && operation.security.some((requirement) => 'staffBearer' in requirement),
      };
      byMethod.set(route.method, route);
      routes.push(route);
    }
    // HEAD is GET without the body (RFC 9110 §9.3.2)
    const get = byMethod.get('GET');
    if (get) byMethod.set('HEAD', get);
    const names = [...template.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] as string);
    if (names.length === 0) {
      literal.set(template, byMethod);
    } else {
      const source = template.split(/\{[^}]+\}/).map((part) => part.replace(/[.*+?^$()|[\]\\]/g, '\\$&')).join('([^/]+)');
      templated.push({ pattern: new RegExp(`^${source}$`), names, byMethod });
    }
  }

  const lookup = (path: string): { byMethod: Map<string, Route>; raw: string[]; names: string[] } | undefined => {
    const exact = literal.get(path);
    if (exact) return { byMethod: exact, raw: [], names: [] };
    for (const candidate of templated) {
      const found = candidate.pattern.exec(path);
      if (found) return { byMethod: candidate.byMethod, raw: found.slice(1), names: candidate.names };
    }
    return undefined;
  };

  return {
    routes,
    routeOf: (path) => {
      const found = lookup(path);
      return found?.byMethod.get('GET') ?? found?.byMethod.values().next().value;
    },
    match(method, path) {
      const found = lookup(path);
      if (!found) return { kind: 'not-found' };
      const route = found.byMethod.get(method);
      if (!route) return { kind: 'method-not-allowed', allow: allowOf(found.byMethod) };
      const params: Record<string, string> = {};
      for (let i = 0; i < found.names.length; i++) {
        const name = found.names[i] as string;
        try {
          params[name] = decodeURIComponent(found.raw[i] as string);
        } catch {
          return { kind: 'malformed', param: name };
        }
      }
      return { kind: 'found', route, params };
    },
  };
}
