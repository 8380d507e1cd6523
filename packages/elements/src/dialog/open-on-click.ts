// The one document-level listener that opens a <pls-dialog> from the page's own
// markup, `<button data-pls-open="book">`, so a page needs no script of its own
// (a strict CSP forbids inline handlers). Installed once per page by the
// dialog's defining entry and by the CDN loader, whichever comes first: a
// click before the dialog's code has arrived opens it when it has.

const INSTALLED = Symbol.for('plskit:open-dialogs');

/** What a dialog of any plskit copy offers the listener (no import of the class: the loader carries this file). */
interface Openable extends HTMLElement {
  show(opener?: Element, trigger?: string): void;
}

export function openDialogsOnClick(): void {
  const page = globalThis as { [INSTALLED]?: boolean };
  if (page[INSTALLED] || typeof document === 'undefined') return;
  page[INSTALLED] = true;
  document.addEventListener('click', (event) => {
    if (event.defaultPrevented) return;
    // composedPath: an opener inside another element's shadow root counts too
    const opener = event.composedPath().find((node): node is Element => node instanceof Element && node.hasAttribute('data-pls-open'));
    const dialog = opener && document.getElementById(opener.getAttribute('data-pls-open') ?? '');
    if (!opener || dialog?.localName !== 'pls-dialog') return;
    // a link's href stays the page's way in where scripts do not run
    event.preventDefault();
    void customElements.whenDefined('pls-dialog').then(() => (dialog as Openable).show(opener, 'data-pls-open'));
  });
}
