// The pipeline's parts on their own: the route table compiled from the real
// contract, the host allow-list, the query parser and the parser-error answers.
import { hostname, networkInterfaces } from 'node:os';
import { describe, expect, it } from 'vitest';
import { loadContract } from '../src/contract.js';
import { defaultAllowedHosts, hostAllowList } from '../src/http/allowed-hosts.js';
import { clientErrorProblem } from '../src/http/client-errors.js';
import { parseQuery, requestValidator } from '../src/http/request-validation.js';
import { compileRoutes } from '../src/http/route-table.js';

const contract = loadContract();
const routes = compileRoutes(contract);

describe('the route table', () => {
  it('has every operation of the contract, once', () => {
    const ids = routes.routes.map((route) => route.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(['getHealth', 'searchLawyers', 'getLawyer', 'bookAppointment', 'cancelAppointment']));
  });

  it('matches literal and templated paths, decodes parameters, and serves HEAD as GET', () => {
    expect(routes.match('GET', '/v1/lawyers')).toMatchObject({ kind: 'found', route: { operationId: 'searchLawyers' } });
    expect(routes.match('HEAD', '/v1/lawyers/lw-0001')).toMatchObject({ kind: 'found', route: { operationId: 'getLawyer', template: '/v1/lawyers/{id}' }, params: { id: 'lw-0001' } });
    expect(routes.match('POST', '/v1/appointments/JN-7K3Q-9M2P/cancel')).toMatchObject({ params: { reference: 'JN-7K3Q-9M2P' } });
    expect(routes.match('GET', '/v1/notary/matters/%E5%87%BA')).toMatchObject({ params: { code: '出' } });
    expect(routes.match('GET', '/v1/health')).toMatchObject({ route: { open: true } });
    expect(routes.match('GET', '/v1/lawyers')).toMatchObject({ route: { open: false } });
  });

  it('tells an unknown path (an empty id included) from a known path with another method, and names a malformed escape', () => {
    expect(routes.match('GET', '/v1/lawyers/').kind).toBe('not-found');
    expect(routes.match('GET', '/v1/nothing').kind).toBe('not-found');
    expect(routes.match('DELETE', '/v1/lawyers/lw-1').kind).toBe('method-not-allowed');
    expect(routes.match('GET', '/v1/law-firms/%zz')).toEqual({ kind: 'malformed', param: 'id' });
    expect(routes.routeOf('/v1/appointments')?.operationId).toBe('bookAppointment');
  });
});

describe('the request validator', () => {
  const check = requestValidator(contract);
  it('coerces query types and refuses unknown parameters, by the contract', () => {
    const ok = check('searchLawyers', { params: {}, rawQuery: 'limit=5&acceptsLegalAid=true&q=%E7%8E%8B', headers: {}, body: undefined, hasBody: false });
    expect(ok).toEqual({ valid: true, input: { params: {}, query: { limit: 5, acceptsLegalAid: true, q: '王' } } });
    const bad = check('searchLawyers', { params: {}, rawQuery: 'limit=0&colour=red', headers: {}, body: undefined, hasBody: false });
    expect(bad.valid).toBe(false);
  });

  it('reads a repeated parameter as a list, which a single-valued one refuses', () => {
    expect(parseQuery('a=1&b=2&a=3')).toEqual({ a: ['1', '3'], b: '2' });
    expect(check('searchLawyers', { params: {}, rawQuery: 'limit=5&limit=6', headers: {}, body: undefined, hasBody: false }).valid).toBe(false);
  });
});

describe('the host allow-list', () => {
  it('allows a bare name on any port, a name:port on that port only, case-insensitively', () => {
    const allowed = hostAllowList(['sandbox.example', 'api.example:8443', '[::1]']);
    expect(['sandbox.example', 'Sandbox.Example:8787', 'api.example:8443', '[::1]:8787'].map(allowed)).toEqual([true, true, true, true]);
    expect(['api.example', 'api.example:80', 'evil.example', 'sandbox.example.evil.example', 'sandbox.example:x', undefined].map(allowed))
      .toEqual([false, false, false, false, false, false]);
  });

  it('defaults to the loopback names on a loopback listener, and to the machine\'s own names and addresses on a network one', () => {
    expect(defaultAllowedHosts('127.0.0.1')).toEqual(['localhost', '127.0.0.1', '[::1]']);
    const own = defaultAllowedHosts('0.0.0.0');
    const addresses = Object.values(networkInterfaces()).flatMap((list) => (list ?? []).map((entry) => entry.address));
    expect(own).toEqual(expect.arrayContaining([hostname().toLowerCase(), 'localhost', '127.0.0.1', '[::1]']));
    for (const address of addresses) expect(own).toContain(address.includes(':') ? `[${address.split('%')[0]}]` : address);
    expect(own).not.toContain('0.0.0.0');
    expect(defaultAllowedHosts('192.0.2.9')).toContain('192.0.2.9');
  });
});

describe('answers to requests Node\'s parser refuses', () => {
  const overflow = (head: string) => Object.assign(new Error('overflow'), { code: 'HPE_HEADER_OVERFLOW', rawPacket: Buffer.from(head, 'latin1') });
  it('tells a long request line (414) from a large header block (431)', () => {
    expect(clientErrorProblem(overflow(`GET /${'x'.repeat(9000)}`), 8192)).toEqual({ status: 414, code: 'uri-too-long' });
    expect(clientErrorProblem(overflow(`GET / HTTP/1.1\r\nX-Pad: ${'y'.repeat(9000)}`), 8192)).toEqual({ status: 431, code: 'header-fields-too-large' });
    expect(clientErrorProblem(Object.assign(new Error('t'), { code: 'ERR_HTTP_REQUEST_TIMEOUT' }), 8192)).toEqual({ status: 408, code: 'request-timeout' });
    expect(clientErrorProblem(Object.assign(new Error('m'), { code: 'HPE_INVALID_METHOD' }), 8192)).toEqual({ status: 400, code: 'bad-request' });
  });
});
