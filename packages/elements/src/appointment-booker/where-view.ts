// Step 1, what for and where: the service, the county or district, and a
// center that offers the service there: one line each (a county has up to 18),
// narrowed by township, with the address, phone and hours of the chosen one.
import { nearestFirst, SERVICE_CODES, type GeoPosition, type ServiceCode } from '@plskit/core';
import type { ServiceCenter } from '@plskit/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import type { Region } from '../api/directory-types.js';
import type { AsyncState } from '../async-state/async-state.js';
import { errorView, loadingView } from '../async-state/async-state-view.js';
import { stepHeading } from '../base/focus-targets.js';
import { errorSummary, fieldError, type FieldProblem } from '../error-summary/error-summary.js';
import { localized, type DisplayLocale } from '../locale/locale.js';
import type { AppointmentBookerText } from './appointment-booker.strings.js';
import { openingHoursLines } from '../hours/opening-hours-text.js';

export interface WhereScreen {
  text: AppointmentBookerText;
  locale: DisplayLocale;
  problems: readonly FieldProblem[];
  service: ServiceCode | undefined;
  region: string | undefined;
  center: string | undefined;
  /** The township whose station (and the county's centers) the list narrows to. */
  township: string | undefined;
  /** The resident's position, in the page only: the centers nearest first. */
  position: GeoPosition | undefined;
  locating: boolean;
  regions: AsyncState<Region[]>;
  centers: AsyncState<ServiceCenter[]>;
  chooseService(service: ServiceCode | undefined): void;
  chooseRegion(region: string | undefined): void;
  chooseCenter(center: string): void;
  chooseTownship(township: string | undefined): void;
  /** Sorts the centers by distance from the resident; without it (a caller on the phone is elsewhere) no such button. */
  locate?(): void;
  retryCenters(): void;
  submit(): void;
}

/** A county's townships that have a center, in code order. */
function townshipsOf(centers: readonly ServiceCenter[]): { code: string; name: string }[] {
  const byCode = new Map(centers.flatMap((c) => (c.township ? [[c.township.code, c.township] as const] : [])));
  return [...byCode.values()].sort((a, b) => a.code.localeCompare(b.code));
}

/** The township's own stations, and the centers that serve the whole county (or city). */
const serves = (center: ServiceCenter, township: string | undefined) =>
  !township || center.level !== 'township' || center.township?.code === township;

function townshipChoice(screen: WhereScreen, townships: { code: string; name: string }[]): TemplateResult | typeof nothing {
  const { text } = screen;
  if (townships.length < 2) return nothing;
  return html`<div class="field">
    <label for="township">${text.townshipLabel}</label>
    <select id="township" @change=${(e: Event) => screen.chooseTownship((e.target as HTMLSelectElement).value || undefined)}>
      <option value="" ?selected=${!screen.township}>${text.anyTownship}</option>
      ${townships.map((t) => html`<option value=${t.code} ?selected=${t.code === screen.township}>${t.name}</option>`)}
    </select>
  </div>`;
}

function centerList(screen: WhereScreen): TemplateResult | typeof nothing {
  const { text, locale, centers } = screen;
  if (centers.status === 'idle') return nothing;
  if (centers.status === 'loading') return loadingView(locale, 3);
  if (centers.status === 'error') return errorView(centers.problem, locale, screen.retryCenters);
  if (!centers.value.length) return html`<p>${text.noCenters}</p>`;
  const kept = centers.value.filter((center) => serves(center, screen.township));
  const shown = screen.position ? nearestFirst(kept, screen.position).map(({ place }) => place) : kept;
  return html`${townshipChoice(screen, townshipsOf(centers.value))}
  ${screen.locate && centers.value.some((center) => center.location) ? html`<p>${screen.position ? text.sortedByDistance : html`<button type="button"
    part="location-button" ?disabled=${screen.locating} @click=${screen.locate}>${screen.locating ? text.locating : text.useLocation}</button>`}</p>` : nothing}
  <fieldset id="center-list" tabindex="-1">
    <legend>${text.centerLabel}</legend>
    ${fieldError(screen.problems, 'center-list', locale)}
    <div class="choices">${shown.map((center) => html`<div class="choice center" part="center">
      <input type="radio" name="center" id=${`c-${center.id}`} value=${center.id} .checked=${center.id === screen.center}
        @change=${() => screen.chooseCenter(center.id)}>
      <label for=${`c-${center.id}`}>
        ${center.level === 'township' && center.township
          ? html`<strong>${text.stationOf.replace('{township}', center.township.name)}</strong>`
          : html`<strong>${center.name}</strong> <span class="level">${text.levels[center.level]}</span>`}
        ${center.id === screen.center ? html`${center.level === 'township' ? html`<span class="detail">${center.name}</span>` : nothing}
          <span class="detail">${center.address}</span>
          <span class="detail">${text.phone} ${center.phone}</span>
          <span class="detail">${text.hours} ${openingHoursLines(center.hours, locale, text.weekdays).join(' / ')}</span>` : nothing}
      </label></div>`)}</div>
  </fieldset>`;
}

export function whereView(screen: WhereScreen): TemplateResult {
  const { text, locale, problems } = screen;
  const regions = screen.regions.status === 'ready' ? screen.regions.value : [];
  return html`<form novalidate @submit=${(event: Event) => { event.preventDefault(); screen.submit(); }}>
    ${stepHeading(text.whereTitle)}
    ${errorSummary(problems, locale)}
    <div class="field">
      <label for="service">${text.serviceLabel}</label>
      ${fieldError(problems, 'service', locale)}
      <select id="service" aria-invalid=${problems.some((p) => p.field === 'service') ? 'true' : 'false'}
        @change=${(e: Event) => screen.chooseService(((e.target as HTMLSelectElement).value || undefined) as ServiceCode | undefined)}>
        <option value="" ?selected=${!screen.service}>—</option>
        ${SERVICE_CODES.map((code) => html`<option value=${code} ?selected=${code === screen.service}>${text.services[code]}</option>`)}
      </select>
    </div>
    <div class="field">
      <label for="region">${text.regionLabel}</label>
      <select id="region" ?disabled=${screen.regions.status === 'loading'}
        @change=${(e: Event) => screen.chooseRegion((e.target as HTMLSelectElement).value || undefined)}>
        <option value="" ?selected=${!screen.region}>—</option>
        ${regions.map((r) => html`<option value=${r.code} ?selected=${r.code === screen.region}>${localized(r.name, locale)}</option>`)}
      </select>
    </div>
    ${centerList(screen)}
    <button class="primary" part="continue-button">${text.continue}</button>
  </form>`;
}
