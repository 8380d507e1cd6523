import type { ReactiveElement } from 'lit';
import { property } from 'lit/decorators.js';
import { createConnection, type Connection } from '../api/connection.js';
import type { LocaleTag } from '../locale/locale.js';
import { warnOnce, whileRegistering, type StringOverrides } from '../locale/wording.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Constructor<T> = abstract new (...args: any[]) => T;

/** The configuration a <pls-provider> and every element accept, declared once. */
export declare class PlsConfigurationProperties {
  apiBase?: string;
  partnerKey?: string;
  locale?: LocaleTag;
  region?: string;
  hotline?: string;
  senior: boolean;
  strings?: StringOverrides;
  localePacks?: string;
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

    /** "zh-CN" (default), "en", or a registered locale pack's tag such as "ko" (a tag such as "en-GB" is matched too). An element's own locale wins over its provider's. */
    @property() locale?: LocaleTag;

    /** GB/T 2260 region code (e.g. "370811"). An element's own region wins over its provider's. */
    @property() region?: string;

    /**
     * The public legal service hotline that `<pls-appointment-booker>` and `<pls-legal-question>` tell residents
     * to call (default "12348"; "12345" where the city merged 12348 into it). Set it once on `<pls-provider>` for
     * the whole page; an element's own hotline wins over its provider's. The other elements accept it, as they
     * accept every provider setting, but name no number.
     */
    @property() hotline?: string;

    /** Senior mode (适老化): larger text and targets, stronger contrast. On if set on the element or its provider. */
    @property({ type: Boolean, reflect: true }) senior = false;

    /**
     * Own wording of any string, by locale, table and key: `{"zh-CN": {"lawyer-finder": {"title": "找律师"}}}`
     * (JSON in the attribute). On a provider, for every element inside it; an element's own wins.
     */
    @property({ type: Object }) strings?: StringOverrides;

    /**
     * Locale packs for the page, as `<locale>=<url of its JSON file>` separated by spaces
     * ("ko=/wording/ko.json zh-Hant=/wording/zh-Hant.json"); each file is fetched when an element first shows its locale.
     */
    @property({ attribute: 'locale-packs' })
    get localePacks(): string | undefined {
      return this.#localePacks;
    }

    set localePacks(list: string | undefined) {
      const old = this.#localePacks;
      this.#localePacks = list;
      // elements hold their first render until the packs are registered, so it already shows the pack
      if (list) {
        whileRegistering(import('../locale/register-wording.js').then(({ registerLocalePackList }) => registerLocalePackList(list))
          .catch((error: unknown) => warnOnce(`locale-packs: ${String(error)}`)));
      }
      this.requestUpdate('localePacks', old);
    }

    #localePacks?: string;

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
