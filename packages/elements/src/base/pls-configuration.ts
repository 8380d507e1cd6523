import type { ReactiveElement } from 'lit';
import { property } from 'lit/decorators.js';
import { createConnection, type Connection } from '../api/connection.js';
import type { Locale } from '../locale/locale.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Constructor<T> = abstract new (...args: any[]) => T;

/** The configuration a <pls-provider> and every element accept, declared once. */
export declare class PlsConfigurationProperties {
  apiBase?: string;
  partnerKey?: string;
  locale?: Locale;
  region?: string;
  senior: boolean;
  fetch?: typeof fetch;
  /** The connection `api-base`, `partner-key` and `fetch` describe, or undefined without `api-base`. */
  protected get ownConnection(): Connection | undefined;
}

/**
 * Adds the shared configuration attributes to a provider or an element. On an
 * element, an attribute it sets wins over its provider's.
 */
export const PlsConfiguration = <T extends Constructor<ReactiveElement>>(superClass: T) => {
  abstract class WithPlsConfiguration extends superClass {
    /** API origin in front of `/v1`, e.g. "https://api.example.gov.cn/" or "/". On an element, it replaces the provider's. */
    @property({ attribute: 'api-base' }) apiBase?: string;

    /** Partner key sent as X-Partner-Key. */
    @property({ attribute: 'partner-key' }) partnerKey?: string;

    /** "zh-CN" (default) or "en" (a tag such as "en-GB" is matched too). An element's own locale wins over its provider's. */
    @property() locale?: Locale;

    /** GB/T 2260 region code (e.g. "370811"). An element's own region wins over its provider's. */
    @property() region?: string;

    /** Senior mode (适老化): larger text and targets, stronger contrast. On if set on the element or its provider. */
    @property({ type: Boolean, reflect: true }) senior = false;

    /** A fetch implementation for the connection (e.g. Storybook's in-browser handler). */
    @property({ attribute: false }) fetch?: typeof fetch;

    #connection?: { key: string; fetch: typeof fetch | undefined; connection: Connection };

    protected get ownConnection(): Connection | undefined {
      if (!this.apiBase) return undefined;
      const key = `${this.apiBase}\n${this.partnerKey ?? ''}`;
      if (this.#connection?.key !== key || this.#connection.fetch !== this.fetch) {
        const connection = createConnection({
          baseUrl: this.apiBase,
          ...(this.partnerKey ? { partnerKey: this.partnerKey } : {}),
          ...(this.fetch ? { fetch: this.fetch } : {}),
        });
        this.#connection = { key, fetch: this.fetch, connection };
      }
      return this.#connection.connection;
    }
  }
  return WithPlsConfiguration as unknown as Constructor<PlsConfigurationProperties> & T;
};
