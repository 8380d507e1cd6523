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

/** Where the operator confirms numbers: the code is 046183; a wrong one, too many codes, or a lost confirmation at booking. */
export type CodeMode = 'code' | 'code-wrong' | 'code-locked' | 'too-many-codes' | 'code-refused';
export const CODE_MODES: readonly string[] = ['code', 'code-wrong', 'code-locked', 'too-many-codes', 'code-refused'] satisfies CodeMode[];

/** The code step's replies, as the sandbox gives them with PLSKIT_PHONE_VERIFICATION=sms, for a widget in `mode`. */
export function phoneVerificationReply(mode: string, path: string, purpose: 'booking' | 'work-order'): Response | undefined {
  if (!CODE_MODES.includes(mode)) return undefined;
  if (path === 'phone-verifications') {
    return mode === 'too-many-codes' ? problem(429, 'too-many-codes', { retryAfter: 1800 })
      : json({ id: 'pv_3Fq9ZkP2mW7xR4tY8bN1cV6d', purpose, expiresAt: '2026-09-01T09:05:00+08:00', resendAfter: 60, attempts: 5 }, 201);
  }
  if (!path.endsWith('/confirm')) return undefined;
  if (mode === 'code-wrong') return problem(422, 'verification-code-incorrect', { attemptsLeft: 3 });
  if (mode === 'code-locked') return problem(409, 'verification-locked');
  return json({ verificationToken: 'pv_3Fq9ZkP2mW7xR4tY8bN1cV6d.Xb3kQ9s0mT2vW8yZ1aC4dE6fG7hJ5kL3nP0qR2sU4vW', purpose, expiresAt: '2026-09-01T09:15:00+08:00' });
}
