import { html, type PropertyValues, type ReactiveElement, type TemplateResult } from 'lit';
import { property, query } from 'lit/decorators.js';
import { PlsElement } from '../base/pls-element.js';
import { dialogText } from './dialog.strings.js';
import { dialogStyles } from './pls-dialog.styles.js';
import { PlsDialogCloseEvent, type PlsDialogCloseDetail } from './pls-dialog-close-event.js';
import { PlsDialogOpenEvent } from './pls-dialog-open-event.js';

/** The element that has focus, inside shadow roots too (an opener may be a widget's own button). */
function focusedElement(): Element | null {
  let focused = document.activeElement;
  while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
  return focused;
}

/**
 * Any plskit widget in the browser's own modal dialog: focus moves to its
 * title when it opens and back to what opened it when it closes; Escape, the
 * close button or a click beside it closes it; the page behind is inert and
 * does not scroll away. A page opens it without script: any element with
 * `data-pls-open="<the dialog's id>"` (a button, a link), or a widget's
 * hand-off event named in `open-on` (the checklist's "book a visit" opens a
 * booker with the service and center set).
 *
 * @tag pls-dialog
 * @summary Any widget in a native modal dialog, opened by `data-pls-open` or a hand-off event, without host script.
 *
 * @slot - The widget (or anything else) the dialog shows.
 *
 * @event {PlsDialogOpenEvent} pls-dialog-open - The dialog opened. Detail: `{ trigger }`: "data-pls-open", the hand-off event's name, or "show".
 * @event {PlsDialogCloseEvent} pls-dialog-close - The dialog closed and focus is back on its opener. Detail: `{ reason }`: "close-button", "escape", "backdrop" or "close".
 * @event {PlsErrorEvent} pls-error - What every plskit element reports; the dialog itself sends no requests, the widget inside reports its own.
 *
 * @csspart dialog - The native dialog.
 * @csspart header - The bar with the title and the close button.
 * @csspart title - The title (the dialog's name).
 * @csspart close-button - The close button.
 * @csspart body - What holds the slotted widget.
 */
export class PlsDialog extends PlsElement {
  static override styles = dialogStyles;
  static override textTables = [dialogText];

  /** The dialog's title and accessible name, e.g. "预约办理" (default: "公共法律服务" / "Public legal services"). */
  @property() label?: string;

  /** Whether it is open; set by show() and close(), and by the page through `data-pls-open`. */
  @property({ type: Boolean, reflect: true }) open = false;

  /**
   * Hand-off events it answers, separated by spaces (e.g. "pls-book-request"): when one reaches the
   * document, its detail's fields that the slotted element declares as properties are set on it
   * (the booker's `service`, `center`, `region`) and the dialog opens.
   */
  @property({ attribute: 'open-on' }) openOn?: string;

  @query('dialog') private dialog?: HTMLDialogElement;

  #opener: Element | null = null;
  #trigger = 'show';
  #closing: PlsDialogCloseDetail['reason'] = 'escape';
  #answering: string[] = [];

  /** Opens the dialog; `opener` (what has focus, by default) gets focus back when it closes. */
  show(opener: Element | null = focusedElement(), trigger = 'show'): void {
    if (this.open) return;
    this.#opener = opener;
    this.#trigger = trigger;
    this.open = true;
  }

  /** Closes the dialog and gives focus back to what opened it. */
  close(): void {
    this.#closing = 'close';
    this.open = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#listen(this.openOn);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#listen(undefined);
    // taken off the page while open: closed, so it opens as a modal again when it is back
    if (this.dialog?.open) this.#closeWith('close');
    this.dialog?.close();
  }

  #listen(events: string | undefined): void {
    for (const name of this.#answering) document.removeEventListener(name, this.#answer);
    this.#answering = this.isConnected ? events?.split(/\s+/).filter(Boolean) ?? [] : [];
    for (const name of this.#answering) document.addEventListener(name, this.#answer);
  }

  /** A hand-off: the request's fields the slotted widget declares as properties go to it, then the dialog opens. */
  #answer = (event: Event): void => {
    const detail = (event as CustomEvent<unknown>).detail;
    if (detail && typeof detail === 'object') {
      for (const widget of this.children) {
        const declared = (widget.constructor as typeof ReactiveElement).elementProperties;
        for (const [name, value] of Object.entries(detail)) {
          if (declared?.has(name) && value !== null && value !== undefined) (widget as unknown as Record<string, unknown>)[name] = value;
        }
      }
    }
    this.show(focusedElement(), event.type);
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('openOn')) this.#listen(this.openOn);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const dialog = this.dialog;
    // a modal needs a document (disconnectedCallback closes one removed while open)
    if (!dialog || !changed.has('open') || !this.isConnected) return;
    if (this.open && !dialog.open) {
      // nothing focused as it opens, so the native close has no focus of its own to give back (WebKit may
      // scroll the page to what it focuses); #closed gives focus back, without scrolling
      (focusedElement() as HTMLElement | null)?.blur?.();
      dialog.showModal();
      // at once, not after paint: showModal has just put focus on the first thing it found
      this.renderRoot.querySelector<HTMLElement>('#title')?.focus({ preventScroll: true });
      this.#closing = 'escape';
      this.dispatchEvent(new PlsDialogOpenEvent({ trigger: this.#trigger }));
    } else if (!this.open && dialog.open) dialog.close();
  }

  /** Whichever way it closed (Escape included), the one place that tidies up. */
  #closed = (): void => {
    this.open = false;
    const opener = this.#opener;
    this.#opener = null;
    if (opener?.isConnected) (opener as HTMLElement).focus?.({ preventScroll: true });
    this.dispatchEvent(new PlsDialogCloseEvent({ reason: this.#closing }));
  };

  #closeWith(reason: PlsDialogCloseDetail['reason']): void {
    this.#closing = reason;
    this.open = false;
  }

  /** A click on the backdrop reaches the dialog itself, outside its box. */
  #onClick = (event: MouseEvent): void => {
    const dialog = this.dialog;
    if (!dialog || event.target !== dialog) return;
    const box = dialog.getBoundingClientRect();
    const inside = event.clientX >= box.left && event.clientX <= box.right && event.clientY >= box.top && event.clientY <= box.bottom;
    if (!inside) this.#closeWith('backdrop');
  };

  protected override render(): TemplateResult {
    const s = dialogText.in(this.displayLocale);
    return html`<dialog class=${this.rootClass} part="dialog" lang=${this.languageTag} aria-labelledby="title"
      @close=${this.#closed} @click=${this.#onClick}>
      <div class="header" part="header">
        <h2 id="title" part="title" tabindex="-1" autofocus>${this.label || s.label}</h2>
        <button type="button" class="close" part="close-button" @click=${() => this.#closeWith('close-button')}>
          <span aria-hidden="true">×</span> ${s.close}</button>
      </div>
      <div class="body" part="body"><slot></slot></div>
    </dialog>`;
  }
}
