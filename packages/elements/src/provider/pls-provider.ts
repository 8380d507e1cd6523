import { provide } from '@lit/context';
import { ReactiveElement, type PropertyValues } from 'lit';
import type { Connection } from '../api/connection.js';
import { PlsConfiguration } from '../base/pls-configuration.js';
import { connectionContext } from '../context/connection-context.js';
import { settingsContext, type ProviderSettings } from '../context/settings-context.js';
import { dataLocale, toLocale } from '../locale/locale.js';
import { PLSKIT_ELEMENTS_VERSION } from '../version.js';

/**
 * Shares configuration with every plskit element inside it: one API
 * connection, the locale, the default region, the hotline, senior mode and wording. It renders
 * nothing and has no shadow root: the page's own content inside it is never
 * moved, wrapped or laid out again when the element upgrades. Style it as the
 * page likes (e.g. `pls-provider { display: contents }`).
 *
 * @tag pls-provider
 * @summary Shared configuration for the plskit elements inside it.
 */
export class PlsProvider extends PlsConfiguration(ReactiveElement) {
  static readonly plskitVersion = PLSKIT_ELEMENTS_VERSION;

  @provide({ context: connectionContext })
  protected connection: Connection | undefined;

  @provide({ context: settingsContext })
  protected settings: ProviderSettings = { senior: false };

  /** No shadow root: the children stay in the page's own tree and layout. */
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('apiBase') || changed.has('partnerKey') || changed.has('fetch')) this.connection = this.ownConnection;
    if (changed.has('locale') || changed.has('region') || changed.has('hotline') || changed.has('senior') || changed.has('strings') || changed.has('localePacks')) {
      const locale = toLocale(this.locale);
      // a new object, so that subscribed consumers are told
      this.settings = {
        senior: this.senior,
        ...(locale ? { locale: dataLocale(locale) } : {}),
        ...(this.locale ? { localeTag: this.locale } : {}),
        ...(this.region ? { region: this.region } : {}),
        ...(this.hotline ? { hotline: this.hotline } : {}),
        ...(this.strings ? { strings: this.strings } : {}),
      };
    }
  }
}
