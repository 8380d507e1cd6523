// Acts as the resident and the host page would: waits for what is on screen,
// reads the requests the browser really sent (Resource Timing), no API fakes.
import type { PlsLawyerFinder } from '../src/lawyer-finder/pls-lawyer-finder.js';

// the default buffer (250 entries) fills up within one test file
performance.setResourceTimingBufferSize(100_000);

export async function until<T>(probe: () => T | undefined | null | false, what: string, timeout = 8000): Promise<T> {
  const started = performance.now();
  for (;;) {
    const value = probe();
    if (value) return value;
    if (performance.now() - started > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Each text `node` has from now on, in order, as each change reaches the DOM: a live region's words said again are there twice. */
export function textsOf(node: Node): string[] {
  const texts: string[] = [];
  new MutationObserver(() => texts.push(node.textContent ?? '')).observe(node, { childList: true, characterData: true, subtree: true });
  return texts;
}

export const shadow = (element: Element): ShadowRoot => {
  if (!element.shadowRoot) throw new Error(`<${element.localName}> has no shadow root`);
  return element.shadowRoot;
};

export function cards(finder: PlsLawyerFinder): HTMLElement[] {
  return [...shadow(finder).querySelectorAll<HTMLElement>('[part~="card"]')];
}

export function cardNames(finder: PlsLawyerFinder): string[] {
  return cards(finder).map((card) => card.querySelector('h3')?.textContent?.trim() ?? '');
}

export function totalText(finder: PlsLawyerFinder): string {
  return shadow(finder).querySelector('[part~="total"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** Waits until the finder shows settled results (not loading). */
export async function settled(finder: PlsLawyerFinder): Promise<void> {
  await until(() => {
    const root = shadow(finder);
    const results = root.querySelector('.results');
    return (results && results.getAttribute('aria-busy') === 'false') || root.querySelector('[part~="empty"]')
      || root.querySelector('[part~="error"]');
  }, 'settled results');
}

/** Every /v1/lawyers search the page sent since `since`, as URLSearchParams. */
export function lawyerSearches(since = 0): URLSearchParams[] {
  return performance.getEntriesByType('resource')
    .filter((entry) => entry.startTime >= since)
    .map((entry) => new URL(entry.name))
    .filter((url) => url.pathname === '/v1/lawyers')
    .map((url) => url.searchParams);
}

export function select(finder: PlsLawyerFinder, name: string, value: string): void {
  const control = shadow(finder).querySelector<HTMLSelectElement>(`select[name="${name}"]`);
  if (!control) throw new Error(`no select ${name}`);
  control.value = value;
  control.dispatchEvent(new Event('change', { bubbles: true }));
}

/** A fetch that asks the real sandbox to misbehave (its X-Plskit-Fault header) for chosen requests. */
export function faultyFetch(fault: (url: URL, call: number) => string | undefined): typeof fetch {
  let call = 0;
  return (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    const spec = fault(url, call++);
    if (!spec) return fetch(input, init);
    const headers = new Headers(init?.headers);
    headers.set('X-Plskit-Fault', spec);
    // past the HTTP cache: the test server passes on the sandbox's Cache-Control,
    // and a reference reply an earlier test cached would stand in for the fault
    return fetch(input, { ...init, headers, cache: 'no-store' });
  };
}

/** Runs axe-core at WCAG 2.2 AA over the element (shadow DOM included). */
export async function axeViolations(element: Element): Promise<string[]> {
  const axe = (window as unknown as { axe: { run(context: Element, options: object): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe;
  const result = await axe.run(element, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    resultTypes: ['violations'],
  });
  return result.violations.map((violation) => `${violation.id}: ${JSON.stringify(violation.nodes.map((node) => node.target))}`);
}

/**
 * A fetch that asks the real sandbox, then swaps the body of chosen replies
 * for one that does not match the contract (a 200 all the same), the way a
 * misconfigured proxy or a broken deployment answers.
 */
export function wrongShapeFetch(body: (url: URL) => string | undefined): typeof fetch {
  return async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    const response = await fetch(input, init);
    const replaced = body(url);
    if (replaced === undefined) return response;
    return new Response(replaced, { status: 200, headers: { 'Content-Type': 'application/json' } });
  };
}

/** The element's shadow root and every shadow root inside it. */
function shadowRoots(element: Element): ShadowRoot[] {
  const root = element.shadowRoot;
  if (!root) return [];
  return [root, ...[...root.querySelectorAll('*')].flatMap(shadowRoots)];
}

/** A media query list as it reads on paper: print media matches, screen media does not. */
const onPaper = (media: string) => media.replace(/\b(?:(only|not)\s+)?(print|screen)\b/g, (_, prefix: string | undefined, type: string) =>
  ((type === 'print') === (prefix !== 'not') ? 'all' : 'not all'));

/** A rule's text as it reads on paper, its media queries (at any depth) rewritten. */
function ruleOnPaper(rule: CSSRule): string {
  const inner = (group: CSSGroupingRule) => [...group.cssRules].map(ruleOnPaper).join('\n');
  if (rule instanceof CSSMediaRule) return `@media ${onPaper(rule.media.mediaText)} {\n${inner(rule)}\n}`;
  if (rule instanceof CSSSupportsRule) return `@supports ${rule.conditionText} {\n${inner(rule)}\n}`;
  return rule.cssText;
}

/** A new sheet with the rules of `sheet` as they read on paper. */
function sheetOnPaper(sheet: CSSStyleSheet): CSSStyleSheet {
  const paper = new CSSStyleSheet();
  paper.replaceSync([...sheet.cssRules].map(ruleOnPaper).join('\n'));
  return paper;
}

/**
 * Runs `check` with the element as printed: the @media print rules of its
 * stylesheets (and the page's) apply and the @media screen rules do not.
 * Through the CSSOM rather than the driver, so that it means the same in every
 * engine: Firefox over WebDriver BiDi and WebKit over WebDriver cannot emulate
 * print media. Each shadow root adopts printed copies of its sheets and gets
 * its own back afterwards; the shared sheets themselves are never changed
 * (WebKitGTK 2.50's web process crashed now and then when a test set the
 * mediaText of a rule in a sheet that Lit shares between elements).
 */
export async function asPrinted<T>(element: Element, check: () => T | Promise<T>): Promise<T> {
  const undo: (() => void)[] = [];
  for (const root of [document, ...shadowRoots(element)]) {
    const own = [...root.adoptedStyleSheets]; // a copy: the property is a live array
    root.adoptedStyleSheets = own.map(sheetOnPaper);
    undo.push(() => { root.adoptedStyleSheets = own; });
  }
  const pageSheets = [...document.styleSheets].filter((sheet) => !sheet.disabled);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, ...pageSheets.map(sheetOnPaper)];
  for (const sheet of pageSheets) sheet.disabled = true;
  undo.push(() => { for (const sheet of pageSheets) sheet.disabled = false; });
  try {
    return await check();
  } finally {
    for (const step of undo.reverse()) step();
  }
}

/**
 * A fetch to the second test sandbox (/keyed/v1/, web-test-runner.config.mjs),
 * which keeps the default limits per number (2 future visits, 3 questions waiting).
 */
export const keyedFetch: typeof fetch = (input, init) => {
  const headers = new Headers(init?.headers);
  headers.set('x-partner-key', 'wtr-partner-key');
  return fetch(String(input instanceof Request ? input.url : input).replace('/v1/', '/keyed/v1/'), { ...init, headers });
};
