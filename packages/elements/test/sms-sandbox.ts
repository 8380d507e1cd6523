// The sandbox that confirms numbers by a texted code (/sms/v1/,
// PLSKIT_PHONE_VERIFICATION=sms, web-test-runner.config.mjs), and the codes
// read where a resident reads them: the text messages its SMS gateway on
// loopback received.

const href = (input: RequestInfo | URL) => String(input instanceof Request ? input.url : input);

/**
 * A widget's fetch to the sandbox that confirms numbers, and the bodies of
 * what it sent (`sent('/appointments')`: by the path's ending); `intercept`
 * may answer a request itself.
 */
export function confirming(intercept?: (url: string, init: RequestInit | undefined) => Promise<Response> | undefined) {
  const posted: { url: string; body: Record<string, unknown> }[] = [];
  const send: typeof fetch = (input, init) => {
    const url = href(input).replace('/v1/', '/sms/v1/');
    if (init?.method === 'POST') posted.push({ url, body: JSON.parse(String(init.body)) });
    return intercept?.(url, init) ?? fetch(url, init);
  };
  return { fetch: send, sent: (ending: string) => posted.filter((post) => post.url.endsWith(ending)).map((post) => post.body) };
}

/** The code the SMS gateway received for `phone`. */
export async function textedCode(phone: string): Promise<string> {
  const started = performance.now();
  for (;;) {
    const code = await (await fetch(`/__plskit/sms-code?to=${phone}`)).text();
    if (code) return code;
    if (performance.now() - started > 8000) throw new Error(`no code texted to ${phone}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * For `confirming`: the first request to `ending` goes out once more first
 * under another Idempotency-Key, as another tab sending with the same token,
 * so the widget's own request finds the token used (403 phone-verification-invalid).
 */
export function tokenUsedFirst(ending: string): (url: string, init: RequestInit | undefined) => Promise<Response> | undefined {
  let used = false;
  return (url, init) => {
    if (used || !url.endsWith(ending)) return undefined;
    used = true;
    const headers = new Headers(init!.headers);
    headers.set('idempotency-key', `other-tab-${crypto.randomUUID()}`);
    return fetch(url, { ...init, headers }).then(() => fetch(url, init));
  };
}

/** The code step's modules (view, controller, words, look) the page has fetched: none where numbers are not confirmed. */
export const codeStepModules = (): string[] => performance.getEntriesByType('resource').map((entry) => entry.name)
  .filter((name) => name.includes('/elements/src/phone-code/phone-code'));
