import { consume } from '@lit/context';
import { DEFAULT_HOTLINE } from '@plskit/core';
import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { ApiProblem } from '../api/api-problem.js';
import type { Connection } from '../api/connection.js';
import { problemMessage } from '../async-state/async-state-view.js';
import { asyncStateText } from '../async-state/async-state.strings.js';
import { connectionContext } from '../context/connection-context.js';
import { settingsContext, type ProviderSettings } from '../context/settings-context.js';
import { warmFormats } from '../locale/intl-formats.js';
import { DEFAULT_LOCALE, dataLocale, toLocale, type DisplayLocale, type Locale } from '../locale/locale.js';
import type { LocaleStrings } from '../locale/locale-strings.js';
import { languageTag, localeWithWording, onWordingChange, registering } from '../locale/wording.js';
import { PLSKIT_ELEMENTS_VERSION } from '../version.js';
import { PlsConfiguration } from './pls-configuration.js';
import { PlsErrorEvent } from './pls-error-event.js';

/** Longer than Blink's slowest batching of accessibility updates (350 ms while the page loads), by a few slow frames. */
const SAY_AGAIN_AFTER_MS = 500;

/**
 * What every plskit element shares: configuration from its own attributes or
 * from the nearest <pls-provider> (the attribute wins), the API connection,
 * strings in the element's locale (with the page's, provider's and its own
 * wording, locale/wording.ts), the screen-reader live region and error
 * reporting to the host.
 */
export abstract class PlsElement extends PlsConfiguration(LitElement) {
  /** define() compares it to tell copies of the same version from others. */
  static readonly plskitVersion = PLSKIT_ELEMENTS_VERSION;

  /** The element's string tables; the shared failure and loading texts are always included. */
  protected static textTables: readonly LocaleStrings<unknown>[] = [];

  @consume({ context: connectionContext, subscribe: true })
  @state()
  protected providedConnection?: Connection;

  @consume({ context: settingsContext, subscribe: true })
  @state()
  protected providerSettings?: ProviderSettings;

  /** The words for the live region, and the pause while the same words wait to be said again (the region empty meanwhile). */
  #words = '';
  #sayAgain?: ReturnType<typeof setTimeout>;

  /** Text for the polite live region: what changed, in words ('' for nothing to say); the same words again are said again. */
  protected set announcement(words: string) {
    // A region whose text stays the same says nothing: it is emptied, and
    // given the words after a pause. Words added to an empty region are what
    // every engine and screen reader announces (a trailing space is not:
    // Chromium trims it). The pause outlasts the engines' batching of
    // accessibility updates, as an emptying and a refilling in one batch
    // cancel out (Blink derives live-region events by comparing one tree it
    // sends with the next, every 150 ms).
    clearTimeout(this.#sayAgain);
    this.#sayAgain = words && words === this.#words
      ? setTimeout(() => { this.#sayAgain = undefined; this.requestUpdate(); }, SAY_AGAIN_AFTER_MS)
      : undefined;
    this.#words = words;
    this.requestUpdate();
  }

  protected get announcement(): string {
    return this.#words;
  }

  /**
   * The locale the element shows: the one asked for with its wording, once its
   * strings have loaded; until then the one shown before, so a switch never flashes.
   */
  protected displayLocale: DisplayLocale = DEFAULT_LOCALE;
  #shownOnce = false;
  /** The changes of updates held back for strings: Lit forgets them, the first update that happens gets them. */
  #heldBack: PropertyValues | undefined;

  #onOnline = (): void => this.backOnline();
  #stopWatchingWording?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    globalThis.addEventListener?.('online', this.#onOnline);
    // a pack or wording registered later (or a pack that arrived) may change what is shown
    this.#stopWatchingWording = onWordingChange(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    globalThis.removeEventListener?.('online', this.#onOnline);
    this.#stopWatchingWording?.();
  }

  /** The browser is back online: an element showing a failure retries here. */
  protected backOnline(): void {}

  /** The locale asked for (own attribute, else the provider's, else zh-CN): a shipped locale or a registered pack's tag. */
  get effectiveLocale(): DisplayLocale {
    const provided = this.providerSettings;
    return toLocale(this.locale) ?? toLocale(provided?.localeTag) ?? provided?.locale ?? DEFAULT_LOCALE;
  }

  /** The shipped locale of the locale asked for: the API's data comes in it (its requests' Accept-Language). */
  protected get dataLocale(): Locale {
    return dataLocale(this.effectiveLocale);
  }

  /** The language tag of what is shown, for `lang` (without the private-use subtag of its own wording). */
  protected get languageTag(): string {
    return languageTag(this.displayLocale);
  }

  get effectiveRegion(): string | undefined {
    return this.region || this.providerSettings?.region || undefined;
  }

  /** The hotline residents are told to call (own attribute, else the provider's, else 12348): strings say it as {hotline}. */
  get effectiveHotline(): string {
    return this.hotline || this.providerSettings?.hotline || DEFAULT_HOTLINE;
  }

  get effectiveSenior(): boolean {
    return this.senior || (this.providerSettings?.senior ?? false);
  }

  /** The string tables the element shows: a locale is shown once every one of them is ready in it. */
  protected stringTables(): readonly LocaleStrings<unknown>[] {
    return [asyncStateText, ...(this.constructor as typeof PlsElement).textTables];
  }

  /** Waits for the strings of a locale not loaded yet; the first render waits for them. */
  protected override shouldUpdate(changed: PropertyValues): boolean {
    const wanted = localeWithWording(this.effectiveLocale, [this.providerSettings?.strings, this.strings]);
    const tables = this.stringTables();
    // a locale pack still being registered may be the locale asked for
    if (!registering && tables.every((table) => table.ready(wanted))) {
      if (!this.#shownOnce || this.displayLocale !== wanted) warmFormats(wanted);
      this.displayLocale = wanted;
      this.#shownOnce = true;
    } else {
      Promise.all([registering, ...tables.map((table) => table.load(wanted))]).then(() => this.requestUpdate(), () => this.requestUpdate());
      if (!this.#shownOnce) {
        // the earliest old value of a property wins: it is the one the first render changes from
        this.#heldBack = new Map([...changed, ...(this.#heldBack ?? [])]);
        return false;
      }
    }
    for (const [name, old] of this.#heldBack ?? []) if (!changed.has(name)) changed.set(name, old);
    this.#heldBack = undefined;
    return super.shouldUpdate(changed);
  }

  /** The element's own connection when it has `api-base`, else the provider's. */
  protected get connection(): Connection | undefined {
    return this.ownConnection ?? this.providedConnection;
  }

  /** A connection, or the problem that says none is configured. */
  protected requireConnection(): Connection {
    const connection = this.connection;
    if (!connection) throw new ApiProblem(0, 'not-configured');
    return connection;
  }

  /** Tells the host (pls-error) what failed, with nothing personal in it. */
  protected reportProblem(operation: string, problem: ApiProblem): void {
    this.dispatchEvent(new PlsErrorEvent({
      source: this.localName, operation, status: problem.status, code: problem.code,
    }));
  }

  /** A request's failure, told to the host (pls-error) and to the resident (the live region). */
  protected readonly reportAndAnnounce = (operation: string, problem: ApiProblem): void => {
    this.reportProblem(operation, problem);
    this.announcement = problemMessage(problem, this.displayLocale);
  };

  /** Always rendered, so screen readers already watch it before it changes. */
  protected renderLiveRegion(): TemplateResult {
    return html`<p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.#sayAgain ? '' : this.#words}</p>`;
  }

  /** What focus moves to once it is on screen, and where focus was when that was asked (see moveFocus). */
  #focusWanted: { selector: string; from: Element | null } | undefined;

  /**
   * The one way an element moves focus: to `selector` (the new screen's
   * heading or the error summary, base/focus-targets.ts; a day of the grid) once the update
   * that renders it has painted. focus() needs layout, and forcing it inside
   * the update would hold the click's next paint back by a whole layout. While
   * the target is not rendered yet (a loading placeholder stands in for the
   * screen), the wish is kept for the update that renders it; a later call
   * replaces it. Focus the resident has meanwhile moved to another control of
   * the element, or out of it (the host page's own search field, another
   * widget), stays where they put it.
   */
  protected moveFocus(selector: string): void {
    this.#focusWanted = { selector, from: this.#focused() };
    this.requestUpdate();
  }

  #focused(): Element | null {
    return (this.renderRoot as ShadowRoot).activeElement ?? null;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const wanted = this.#focusWanted;
    if (!wanted) return;
    requestAnimationFrame(() => setTimeout(() => {
      const target = this.#focusWanted === wanted ? this.renderRoot.querySelector<HTMLElement>(wanted.selector) : null;
      if (!target) return;
      this.#focusWanted = undefined;
      const focused = this.#focused();
      if (focused ? focused === wanted.from || !focused.isConnected : !focusElsewhere(this)) target.focus();
    }));
  }

  /** The class list of the element's root wrapper (senior mode switches tokens). */
  protected get rootClass(): string {
    return this.effectiveSenior ? 'root senior' : 'root';
  }
}

/** Focus is on something of the page outside `element` (not lost to the body, as when the control pressed was re-rendered away). */
function focusElsewhere(element: HTMLElement): boolean {
  const active = document.activeElement;
  return active !== null && active !== document.body && active !== element;
}
