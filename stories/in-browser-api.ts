// What the stories' in-browser API handlers share. Storybook runs with no
// server: each widget's stories answer its requests in the browser, from
// core's code and data where the sandbox uses them too.

/** A JSON reply; an error status goes out as problem details. */
export const json = (body: unknown, status = 200): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': status < 400 ? 'application/json' : 'application/problem+json' } });

/** A problem (RFC 9457) with the contract's stable code (and any of its extra members); the widgets word it themselves. */
export function problem(status: number, code: string, { retryAfter, ...members }: { retryAfter?: number } & Record<string, unknown> = {}): Response {
  const reply = json({ type: 'about:blank', title: code, status, code, ...members }, status);
  if (retryAfter !== undefined) reply.headers.set('Retry-After', String(retryAfter));
  return reply;
}

/** The request's URL, and its path after /v1/ ("lawyers", "appointments/availability", …). */
export function apiRequest(input: RequestInfo | URL): { url: URL; path: string } {
  const url = new URL(input instanceof Request ? input.url : String(input), location.href);
  return { url, path: url.pathname.replace(/^.*\/v1\//, '') };
}
