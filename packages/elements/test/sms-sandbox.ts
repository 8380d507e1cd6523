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
