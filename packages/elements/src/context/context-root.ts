import { ContextRoot } from '@lit/context';

const ATTACHED = Symbol.for('plskit:context-root');

/**
 * Lets an element find a <pls-provider> that upgrades after it (a page may load
 * the finder's script before the provider's). Once per page, shared by copies.
 */
export function attachContextRoot(): void {
  const page = globalThis as { [ATTACHED]?: boolean };
  if (page[ATTACHED] || typeof document === 'undefined') return;
  page[ATTACHED] = true;
  new ContextRoot().attach(document.documentElement);
}
