// Staff calls carry the city's bearer token. The SDK never signs anyone in:
// the host's own OIDC client holds the token and refreshes it; the SDK asks
// for it before each call (so a refreshed token is used at once) and sends
// it in the Authorization header only, never in a URL.
import type { Transport } from '../transport.js';

/** The token as the host has it: a fixed string, or a function its OIDC client answers (refreshing as needed). */
export type AccessTokenSource = string | (() => string | Promise<string>);

/** A transport whose every call carries `Authorization: Bearer <token>` from `source`. */
export function withAccessToken(send: Transport, source: AccessTokenSource): Transport {
  const token = typeof source === 'function' ? source : () => source;
  return async (spec, call) => {
    const accessToken = await token();
    if (typeof accessToken !== 'string' || accessToken === '') throw new TypeError('plskit staff: getAccessToken() gave no token (sign in first)');
    return send({ ...spec, headers: { ...spec.headers, authorization: `Bearer ${accessToken}` } }, call);
  };
}
