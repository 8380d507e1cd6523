// Everything outside /v1/: the contract (/openapi.yaml), the demo page and the
// elements bundle, and the redirects to them. Only GET and HEAD.
import type { Contract } from '../../contract.js';
import { ProblemError } from '../../operations/operation.js';
import { PAGE_SECURITY_HEADERS } from '../page-security.js';
import { REVALIDATE } from '../cache-policy.js';
import { contentHash } from '../entity-tag.js';
import { sendRepresentation, type Representation } from '../representation.js';
import { resolveStaticFile, staticRepresentation } from '../static-files.js';
import { header, type Exchange } from './exchange.js';
import type { SentReply } from './reply.js';

export interface StaticRoot {
  prefix: string;
  dir: string;
  /** The demo page's CSP and friends; the bundle needs only nosniff. */
  page?: boolean;
}

/** A reply to send, or undefined once the file itself was sent. */
export function site(contract: Contract, roots: readonly StaticRoot[]): (exchange: Exchange) => SentReply | undefined {
  const body = Buffer.from(contract.text);
  const openapi: Representation = { body, hash: contentHash(body), contentType: 'application/yaml; charset=utf-8', cacheControl: REVALIDATE, lasting: true };
  return (exchange: Exchange) => {
    const { method, path, response, request } = exchange;
    const negotiation = { acceptEncoding: header(request, 'accept-encoding'), ifNoneMatch: header(request, 'if-none-match') };
    if (method !== 'GET' && method !== 'HEAD') throw new ProblemError(404, 'not-found');
    if (path === '/openapi.yaml') {
      exchange.routeName = path;
      sendRepresentation(response, 200, openapi, negotiation, { ...exchange.headers });
      return undefined;
    }
    // the npm package has no demo page: / redirects only where there is one
    if (path === '/' && roots.some((root) => root.prefix === '/demo/')) {
      exchange.routeName = path;
      return { status: 302, headers: { Location: '/demo/' } };
    }
    for (const root of roots) {
      if (path === root.prefix.slice(0, -1)) {
        exchange.routeName = path;
        return { status: 301, headers: { Location: root.prefix } };
      }
      if (!path.startsWith(root.prefix)) continue;
      exchange.routeName = `${root.prefix}*`;
      const file = resolveStaticFile(root.dir, path.slice(root.prefix.length));
      if (file) {
        sendRepresentation(response, 200, staticRepresentation(file), negotiation,
          root.page ? { ...exchange.headers, ...PAGE_SECURITY_HEADERS } : { ...exchange.headers });
        return undefined;
      }
    }
    throw new ProblemError(404, 'not-found');
  };
}
