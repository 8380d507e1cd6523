import { consume } from '@lit/context';
import { LitElement, html, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ApiProblem } from '../api/api-problem.js';
import { createClient, type Client } from '../api/client.js';
import { clientContext } from '../context/client-context.js';
import { settingsContext, type ProviderSettings } from '../context/settings-context.js';
import { PlsErrorEvent } from '../events/pls-error-event.js';
import { DEFAULT_LOCALE, toLocale, type Locale } from '../locale/locale.js';
import { PLSKIT_ELEMENTS_VERSION } from '../version.js';

/**
 * What every plskit element shares: configuration from its own attributes or
 * from the nearest <pls-provider> (the attribute wins), an API client, the
 * screen-reader live region and error reporting to the host.
 */
export abstract class PlsElement extends LitElement {
  /** define() compares it to tell copies of the same version from others. */
  static readonly plskitVersion = PLSKIT_ELEMENTS_VERSION;

  /** API origin in front of `/v1`; without it the element uses its provider's client. */
  @property({ attribute: 'api-base' }) apiBase?: string;

  /** Partner key sent as X-Partner-Key with the element's own client. */
  @property({ attribute: 'partner-key' }) partnerKey?: string;

  /** "zh-CN" (default) or "en"; overrides the provider's locale. */
  @property() locale?: string;

  /** GB/T 2260 region code (e.g. "370811"); overrides the provider's default region. */
  @property() region?: string;

  /** Senior mode (适老化): larger text and targets, stronger contrast. On if set here or on the provider. */
  @property({ type: Boolean, reflect: true }) senior = false;

  /** A fetch implementation for this element's own client (e.g. Storybook's in-browser handler). */
  @property({ attribute: false }) fetch?: typeof fetch;

  @consume({ context: clientContext, subscribe: true })
  @state()
  protected providedClient?: Client;

  @consume({ context: settingsContext, subscribe: true })
  @state()
  protected providerSettings?: ProviderSettings;

  /** Text for the polite live region: what changed, in words. */
  @state() protected announcement = '';

  #onOnline = (): void => this.backOnline();

  override connectedCallback(): void {
    super.connectedCallback();
    globalThis.addEventListener?.('online', this.#onOnline);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    globalThis.removeEventListener?.('online', this.#onOnline);
  }

  /** The browser is back online: an element showing a failure retries here. */
  protected backOnline(): void {}

  #ownClient?: { key: string; fetch: typeof fetch | undefined; client: Client };

  get effectiveLocale(): Locale {
    return toLocale(this.locale) ?? this.providerSettings?.locale ?? DEFAULT_LOCALE;
  }

  get effectiveRegion(): string | undefined {
    return this.region || this.providerSettings?.region || undefined;
  }

  get effectiveSenior(): boolean {
    return this.senior || (this.providerSettings?.senior ?? false);
  }

  /** The element's own client when it has `api-base`, else the provider's. */
  protected get client(): Client | undefined {
    if (!this.apiBase) return this.providedClient;
    const key = `${this.apiBase}\n${this.partnerKey ?? ''}\n${this.effectiveLocale}`;
    if (this.#ownClient?.key !== key || this.#ownClient.fetch !== this.fetch) {
      const client = createClient({
        baseUrl: this.apiBase, locale: this.effectiveLocale,
        ...(this.partnerKey ? { partnerKey: this.partnerKey } : {}),
        ...(this.fetch ? { fetch: this.fetch } : {}),
      });
      this.#ownClient = { key, fetch: this.fetch, client };
    }
    return this.#ownClient.client;
  }

  /** A client, or the problem that says none is configured. */
  protected requireClient(): Client {
    const client = this.client;
    if (!client) throw new ApiProblem(0, 'not-configured');
    return client;
  }

  /** Tells the host (pls-error) what failed, with nothing personal in it. */
  protected reportProblem(operation: string, problem: ApiProblem): void {
    this.dispatchEvent(new PlsErrorEvent({
      source: this.localName, operation, status: problem.status, code: problem.code,
    }));
  }

  /** Always rendered, so screen readers already watch it before it changes. */
  protected renderLiveRegion(): TemplateResult {
    return html`<p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</p>`;
  }

  /** The class list of the element's root wrapper (senior mode switches tokens). */
  protected get rootClass(): string {
    return this.effectiveSenior ? 'root senior' : 'root';
  }
}
