// One point as a line of the list, and as the detail view: name, kind, where,
// when (an adviser's days at the village, or opening hours), the phone as a
// tel: link, and the hand-off to the booker for a center that can be booked.
import type { DutySession, ServicePoint } from '@plskit/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { openingHoursLines } from '../hours/opening-hours-text.js';
import { bookingLink } from '../links/booking-link.js';
import { formatNumber } from '../locale/intl-formats.js';
import type { DisplayLocale } from '../locale/locale.js';
import { fill } from '../locale/string-table.js';
import type { ListedPoint } from './service-finder-choices.js';
import type { ServiceFinderText } from './service-finder.strings.js';

export interface PointView {
  s: ServiceFinderText;
  locale: DisplayLocale;
  /** The page of <pls-appointment-booker>, or undefined for no booking link. */
  bookingPage: string | undefined;
}

export function dutyText(duty: readonly DutySession[], s: ServiceFinderText): string {
  return fill(s.dutyEvery, { sessions: duty.map((d) => `${s.weekdays[d.weekday - 1]}${s.dutyJoin}${s.dutyParts[d.part]}`).join(s.listSeparator) });
}

function distanceText({ metres, walkMinutes, driveMinutes, reach }: ListedPoint, { s, locale }: PointView): TemplateResult | typeof nothing {
  if (metres === undefined) return nothing;
  const distance = metres < 1000 ? fill(s.m, { value: formatNumber(Math.round(metres / 10) * 10, locale) })
    : fill(s.km, { value: formatNumber(Math.round(metres / 100) / 10, locale) });
  return html`<p class="distance" part="distance">${fill(s.distance, { distance })} ·
    ${fill(s.travel, { walk: walkMinutes ?? 0, drive: driveMinutes ?? 0 })}${reach ? html` · ${s.reach[reach]}` : nothing}</p>`;
}

const where = (point: ServicePoint) => [point.township?.name, point.village].filter(Boolean).join(' ');

export function pointLine(listed: ListedPoint, view: PointView, open: (point: ServicePoint) => void, block: number): TemplateResult {
  const { point } = listed;
  const { s } = view;
  return html`<li class="point${listed.ownAdviser ? ' own' : ''}" part="point" data-block=${block}>
    ${listed.ownAdviser ? html`<p class="badge" part="own-adviser">${s.ownAdviser}</p>` : nothing}
    <h3 class="name">${point.name}</h3>
    <p class="kind">${s.kindNames[point.kind]}${where(point) ? html` · ${where(point)}` : nothing}</p>
    ${point.duty?.length ? html`<p>${s.duty}：${dutyText(point.duty, s)}</p>` : nothing}
    ${distanceText(listed, view)}
    <button type="button" part="details-button" data-point=${point.id} aria-label=${fill(s.detailsOf, { name: point.name })}
      @click=${() => open(point)}>${s.details}</button>
  </li>`;
}

export function pointDetail(listed: ListedPoint, view: PointView, back: () => void, ask: () => void): TemplateResult {
  const { point } = listed;
  const { s, locale } = view;
  const row = (label: string, value: unknown) => html`<dt>${label}</dt><dd>${value}</dd>`;
  const bookable = point.bookable && view.bookingPage !== undefined;
  return html`<section class="detail" part="detail" aria-labelledby="detail-name">
    <button type="button" class="back" part="back-button" @click=${back}>${s.back}</button>
    <h2 id="detail-name" tabindex="-1">${point.name}</h2>
    <p class="kind">${s.kindNames[point.kind]}</p>
    ${distanceText(listed, view)}
    <dl>
      ${row(s.address, point.address)}
      ${row(s.phone, html`<a part="call-link" href=${`tel:${point.phone.replace(/[^\d+]/g, '')}`}>${fill(s.call, { phone: point.phone })}</a>`)}
      ${point.duty?.length ? row(s.duty, dutyText(point.duty, s)) : nothing}
      ${point.hours ? row(s.hours, openingHoursLines(point.hours, locale, s.weekdays).map((line) => html`<span class="line">${line}</span>`)) : nothing}
      ${point.affiliation ? row(s.affiliation, point.affiliation) : nothing}
      ${point.wechatGroup ? row(s.wechatGroup, point.wechatGroup) : nothing}
      ${point.appraisalCategories?.length
        ? row(s.appraisalCategories, point.appraisalCategories.map((c) => s.appraisalNames[c]).join(s.listSeparator)) : nothing}
    </dl>
    ${point.notaryMatters?.length ? html`<p>${fill(s.notaryMatters, { count: point.notaryMatters.length })}</p>` : nothing}
    ${point.foreignUse ? html`<p>${s.foreignUse}</p>` : nothing}
    ${bookable
      ? html`<a class="button primary" part="book-link" href=${bookingLink(view.bookingPage!, point.id, point.services.includes('legal-consultation') ? 'legal-consultation' : point.services[0] ?? 'legal-consultation')}>${s.book}</a>`
      : nothing}
    <button type="button" part="ask-button" @click=${ask}>${s.askQuestion}</button>
  </section>`;
}
