import { provide } from '@lit/context';
import { LitElement, css, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { createClient, type Client } from '../api/client.js';
import { clientContext } from '../context/client-context.js';
import { settingsContext, type ProviderSettings } from '../context/settings-context.js';
import { toLocale } from '../locale/locale.js';
import { PLSKIT_ELEMENTS_VERSION } from '../version.js';

/**
 * Shares configuration with every plskit element inside it: one API client,
 * the locale, the default region and senior mode. It renders only its children.
 *
 * @tag pls-provider
 * @summary Shared configuration for the plskit elements inside it.
 * @slot - The page content holding plskit elements.
 */
export class PlsProvider extends LitElement {
  static readonly plskitVersion = PLSKIT_ELEMENTS_VERSION;
  static override styles = css`:host { display: contents; }`;

  /** API origin in front of `/v1`, e.g. "https://api.example.gov.cn/" or "/". */
  @property({ attribute: 'api-base' }) apiBase?: string;

  /** Partner key sent as X-Partner-Key. */
  @property({ attribute: 'partner-key' }) partnerKey?: string;

  /** "zh-CN" (default) or "en" for every element inside that sets none itself. */
  @property() locale?: string;

  /** Default GB/T 2260 region code (e.g. "370811") for the elements inside. */
  @property() region?: string;

  /** Senior mode (适老化) for every element inside. */
  @property({ type: Boolean, reflect: true }) senior = false;

  /** A fetch implementation for the shared client (e.g. Storybook's in-browser handler). */
  @property({ attribute: false }) fetch?: typeof fetch;

  @provide({ context: clientContext })
  protected client: Client | undefined;

  @provide({ context: settingsContext })
  protected settings: ProviderSettings = { senior: false };

  protected override willUpdate(changed: PropertyValues<this>): void {
    const locale = toLocale(this.locale);
    if (changed.has('apiBase') || changed.has('partnerKey') || changed.has('locale') || changed.has('fetch')) {
      this.client = this.apiBase
        ? createClient({
          baseUrl: this.apiBase,
          ...(locale ? { locale } : {}),
          ...(this.partnerKey ? { partnerKey: this.partnerKey } : {}),
          ...(this.fetch ? { fetch: this.fetch } : {}),
        })
        : undefined;
    }
    if (changed.has('locale') || changed.has('region') || changed.has('senior')) {
      // a new object, so that subscribed consumers are told
      this.settings = { senior: this.senior, ...(locale ? { locale } : {}), ...(this.region ? { region: this.region } : {}) };
    }
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
