// Everything outside /v1/: the contract (/openapi.yaml), the demo page and the
// elements bundle, and the redirects to them. Only GET and HEAD.
import type { Contract } from '../../contract.js';
import { ProblemError } from '../../operations/operation.js';
import { PAGE_SECURITY_HEADERS } from '../page-security.js';
import { resolveStaticFile, sendStaticFile } from '../static-files.js';
import type { Exchange } from './exchange.js';
import type { Step } from './step.js';

export interface StaticRoot {
  prefix: string;
  dir: string;
  /** The demo page's CSP and friends; the bundle needs only nosniff. */
  page?: boolean;
}

export function site(contract: Contract, roots: readonly StaticRoot[]): Step {
  return (exchange: Exchange) => {
    const { method, path, response } = exchange;
    if (method !== 'GET' && method !== 'HEAD') throw new ProblemError(404, 'not-found');
    if (path === '/openapi.yaml') {
      exchange.routeName = path;
      response.writeHead(200, {
        ...exchange.headers, 'Content-Type': 'application/yaml; charset=utf-8', 'Cache-Control': 'no-cache',
        'X-Content-Type-Options': 'nosniff',
      }).end(contract.text);
      return;
    }
    // the npm package has no demo page: / redirects only where there is one
    if (path === '/' && roots.some((root) => root.prefix === '/demo/')) {
      exchange.routeName = path;
      exchange.reply = { status: 302, headers: { Location: '/demo/' } };
      return;
    }
    for (const root of roots) {
      if (path === root.prefix.slice(0, -1)) {
        exchange.routeName = path;
        exchange.reply = { status: 301, headers: { Location: root.prefix } };
        return;
      }
      if (!path.startsWith(root.prefix)) continue;
      exchange.routeName = `${root.prefix}*`;
      const file = resolveStaticFile(root.dir, path.slice(root.prefix.length));
      if (file) return sendStaticFile(response, file, root.page ? { ...exchange.headers, ...PAGE_SECURITY_HEADERS } : exchange.headers);
    }
    throw new ProblemError(404, 'not-found');
  };
}
