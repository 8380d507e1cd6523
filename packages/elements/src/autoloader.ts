// The CDN build's entry, plskit.js: a small loader that defines each plskit
// tag the page uses by importing that tag's chunk the first time it sees the
// tag, in the document or in the shadow root of an element it defined. Chunks
// are resolved from the loader's own URL, so one <script type="module"> is the
// whole integration and shared chunks (lit, the SDK) load once per page.
import { PLSKIT_ELEMENTS_VERSION } from './version.js';
import { WIDGET_TAGS } from './widgets.js';

const TAGS: readonly string[] = WIDGET_TAGS;

/** Starts the loader, unless a copy of the same version already runs on the page (then it has nothing to add). */
export function startAutoloader(chunkUrl: (tag: string) => string): void {
  if (typeof document === 'undefined') return;
  const page = globalThis as { [key: symbol]: boolean };
  const running = Symbol.for(`plskit:autoloader:${PLSKIT_ELEMENTS_VERSION}`);
  if (page[running]) return;
  page[running] = true;

  const requested = new Set<string>();
  const observed = new WeakSet<Node>();

  const load = (tag: string): void => {
    if (requested.has(tag)) return;
    requested.add(tag);
    // another copy or version may have defined it already: its chunk still
    // loads, so define() can tell a copy from another version and say so
    import(chunkUrl(tag)).catch((error: unknown) => {
      requested.delete(tag); // offline, say: the next sighting tries again
      console.error(`plskit: <${tag}> could not be loaded`, error);
    });
    void customElements.whenDefined(tag).then(() => {
      for (const element of document.querySelectorAll(tag)) if (element.shadowRoot) watch(element.shadowRoot);
    });
  };

  const discover = (root: ParentNode): void => {
    for (const tag of TAGS) if (!requested.has(tag) && root.querySelector(tag)) load(tag);
  };

  const observer = new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      for (const node of mutation.addedNodes) {
        if (!(node instanceof Element)) continue;
        const tag = node.localName;
        if (TAGS.includes(tag)) {
          load(tag);
          if (node.shadowRoot) watch(node.shadowRoot);
        }
        discover(node);
      }
    }
  });

  function watch(root: Document | ShadowRoot): void {
    if (observed.has(root)) return;
    observed.add(root);
    discover(root);
    observer.observe(root, { childList: true, subtree: true });
  }

  watch(document);
}
