// Finds a locator's elements in the page, the way Playwright's CSS locators do:
// a descendant selector reaches through open shadow roots ("pls-booker
// [part~=slots] input" finds the input inside the booker's shadow root), each
// step searches inside the elements the step before found, and a text (or
// name) matches when it contains the string, in any case, or matches the
// pattern. Runs in the page: sent as source, so it closes over nothing.

/**
 * @typedef {string | { source: string, flags: string }} Text
 * @param {Array<{ css?: string, label?: Text, role?: 'button' | 'heading', name?: Text, text?: Text, pick?: number }>} steps
 * @returns {Array<{ element: Element, visible: boolean, enabled: boolean }>}
 */
export function locate(steps) {
  /** The compound selectors of a descendant selector: split at top-level white space. */
  const compounds = (selector) => {
    const parts = [];
    let depth = 0;
    let quote = '';
    let current = '';
    for (const char of selector.trim()) {
      if (quote) quote = char === quote ? '' : quote;
      else if (char === '"' || char === "'") quote = char;
      else if (char === '[' || char === '(') depth += 1;
      else if (char === ']' || char === ')') depth -= 1;
      else if (depth === 0 && /[>+~]/.test(char)) throw new Error(`only descendant selectors reach into shadow roots: ${selector}`);
      if (depth === 0 && !quote && /\s/.test(char)) {
        if (current) parts.push(current);
        current = '';
      } else {
        current += char;
      }
    }
    if (current) parts.push(current);
    return parts;
  };
  /** Every element under `scope`, each element's shadow root before its children. */
  const under = (scope) => {
    const found = [];
    const walk = (node) => {
      for (const child of node.children) {
        found.push(child);
        if (child.shadowRoot) walk(child.shadowRoot);
        walk(child);
      }
    };
    if (scope.shadowRoot) walk(scope.shadowRoot);
    walk(scope);
    return found;
  };
  const parentOf = (element) => element.parentElement ?? (element.parentNode instanceof ShadowRoot ? element.parentNode.host : null);
  const query = (scope, selector) => {
    const [last, ...before] = compounds(selector).reverse();
    return under(scope).filter((element) => {
      if (!element.matches(last)) return false;
      let node = element;
      for (const compound of before) {
        do {
          node = parentOf(node);
          if (!node || node === scope) return false;
        } while (!node.matches(compound));
      }
      return true;
    });
  };
  const normal = (text) => text.replace(/\s+/g, ' ').trim();
  const textOf = (element) => normal(element.textContent);
  const matches = (actual, text) => (typeof text === 'string'
    ? normal(actual).toLowerCase().includes(normal(text).toLowerCase())
    : new RegExp(text.source, text.flags).test(normal(actual)));
  // the accessible name as far as the journeys need it: aria-label, else the <label>s, else the text
  const nameOf = (element) => element.getAttribute('aria-label') ?? ([...(element.labels ?? [])].map(textOf).join(' ') || textOf(element));
  const roles = { button: 'button, [role="button"], input[type="button"], input[type="submit"]', heading: 'h1, h2, h3, h4, h5, h6, [role="heading"]' };
  const within = (scopes, keep) => [...new Set(scopes.flatMap((scope) => under(scope).filter(keep)))];

  let found = [document];
  for (const step of steps) {
    if (step.css) found = [...new Set(found.flatMap((scope) => query(scope, step.css)))];
    if (step.label !== undefined) found = within(found, (element) => element.labels?.length > 0 && matches(nameOf(element), step.label));
    if (step.role) found = within(found, (element) => element.matches(roles[step.role]) && (step.name === undefined || matches(nameOf(element), step.name)));
    if (step.text !== undefined) found = found.filter((element) => matches(element.textContent, step.text));
    if (step.pick !== undefined) found = found.slice(step.pick < 0 ? found.length + step.pick : step.pick).slice(0, 1);
  }
  return found.map((element) => ({
    element,
    visible: element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden',
    enabled: !element.matches(':disabled'),
  }));
}
