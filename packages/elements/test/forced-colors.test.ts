import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../src/aid-eligibility/define.js';
import '../src/appointment-booker/define.js';
import '../src/dialog/define.js';
import '../src/lawyer-finder/define.js';
import '../src/legal-question/define.js';
import '../src/notary-checklist/define.js';
import '../src/service-finder/define.js';
import '../src/staff-desk/define.js';
import { shadow, until } from './harness.js';

// Windows high contrast (forced colours): the browser replaces the page's
// colours with a few system colours and drops shadows, so whatever a widget
// shows by colour alone is lost. With forced colours on, every widget must keep
// its states apart by more than the colours it chose, show focus as an
// outline, and lose no shape that was drawn only with a background. Chromium
// emulates forced colours through the DevTools protocol
// (scripts/test-runner-forced-colors.mjs); Firefox's and WebKit's drivers
// cannot, so this file runs in Chromium only and skips elsewhere.

const forcedColours = (active: boolean) => executeServerCommand<boolean, { active: boolean }>('plskit-forced-colors', { active });

before(async function () {
  const emulated = await forcedColours(true);
  if (!emulated) {
    // a Chromium that stops emulating must fail, not skip
    expect(navigator.userAgent).not.to.contain('Chrome');
    this.skip();
  }
  await forcedColours(false);
});
afterEach(() => forcedColours(false));

const $ = <T extends HTMLElement = HTMLElement>(element: Element, selector: string) => shadow(element).querySelector<T>(selector);
const $$ = (element: Element, selector: string) => [...shadow(element).querySelectorAll<HTMLElement>(selector)];

// ---- what survives forced colours --------------------------------------------

const transparent = (colour: string) => /rgba\(.*,\s*0\)$/.test(colour) || colour === 'transparent';

/** What an element looks like beyond its own colours: the page's background counts as no background. */
function look(element: Element, canvas: string): string {
  const style = getComputedStyle(element);
  const background = transparent(style.backgroundColor) || style.backgroundColor === canvas ? 'canvas' : style.backgroundColor;
  const sides = ['Top', 'Right', 'Bottom', 'Left'].map((side) => {
    const width = style.getPropertyValue(`border-${side.toLowerCase()}-width`);
    const kind = style.getPropertyValue(`border-${side.toLowerCase()}-style`);
    return kind === 'none' || parseFloat(width) === 0 ? 'none' : `${width} ${kind} ${style.getPropertyValue(`border-${side.toLowerCase()}-color`)}`;
  });
  const outline = style.outlineStyle === 'none' ? 'none' : `${style.outlineWidth} ${style.outlineStyle} ${style.outlineColor}`;
  return [style.color, background, ...sides, outline, style.fontWeight, style.fontStyle, style.textDecorationLine, style.opacity,
    style.backgroundImage].join('|');
}

/** The look of an element and everything in it, as forced colours show it. */
function deepLook(element: Element, host: Element): string {
  const canvas = getComputedStyle($(host, '.root')!).backgroundColor;
  return [element, ...element.querySelectorAll('*')].map((node) => look(node, canvas)).join('\n');
}

/** Two states of a widget tell apart with forced colours on: the elements and what is in them, or (deep: false) their own boxes. */
async function expectApart(what: string, host: Element, first: () => Element, second: () => Element, { deep = true } = {}): Promise<void> {
  const canvas = getComputedStyle($(host, '.root')!).backgroundColor;
  const seen = (element: Element) => (deep ? deepLook(element, host) : look(element, canvas));
  await forcedColours(true);
  expect(matchMedia('(forced-colors: active)').matches, 'forced colours on').to.equal(true);
  expect(seen(first()), what).not.to.equal(seen(second()));
  await forcedColours(false);
}

/**
 * Links tell apart from text by more than their colour (forced colours make
 * every link LinkText and every text CanvasText): an underline or a frame,
 * including a link drawn as a button, whose background forced colours remove.
 */
async function expectLinksApart(host: Element, what: string): Promise<void> {
  const links = $$(host, 'a[href]');
  expect(links.length, `${what}: links`).to.be.greaterThan(0);
  await forcedColours(true);
  const plain = links.filter((link) => {
    const style = getComputedStyle(link);
    return !style.textDecorationLine.includes('underline') && !edged(style);
  }).map((link) => `<a part="${link.getAttribute('part') ?? ''}" class="${link.className}">`);
  await forcedColours(false);
  expect(plain, `${what}: links shown by colour alone`).to.deep.equal([]);
}

/** An element looks different with forced colours on once the resident's action has put it in a state (an invalid field, say). */
async function expectStateShows(what: string, host: Element, element: Element, enter: () => Promise<unknown>): Promise<void> {
  const seen = async () => {
    await forcedColours(true);
    const look = deepLook(element, host);
    await forcedColours(false);
    return look;
  };
  const before = await seen();
  await enter();
  (focused() as HTMLElement | null)?.blur();
  expect(await seen(), what).not.to.equal(before);
}

const CONTROLS = 'input, select, textarea, button, progress, meter, img, svg';
const hasContent = (element: Element) => Boolean(element.textContent?.trim()) || element.matches(CONTROLS) || Boolean(element.querySelector(CONTROLS));
const painted = (style: CSSStyleDeclaration) => !transparent(style.backgroundColor) || style.backgroundImage !== 'none'
  || style.maskImage !== 'none' || style.boxShadow !== 'none';
const edged = (style: CSSStyleDeclaration) => ['top', 'right', 'bottom', 'left'].some((side) =>
  parseFloat(style.getPropertyValue(`border-${side}-width`)) > 0 && !['none', 'hidden'].includes(style.getPropertyValue(`border-${side}-style`)))
  || style.outlineStyle !== 'none';

/**
 * Shapes with no words in them that a widget draws with a background, an image
 * or a shadow (a placeholder, an icon, a bar) must still show with forced
 * colours on: by a border, an outline, a system colour or their image.
 */
async function expectNoShapeLost(host: Element, what: string): Promise<void> {
  const background = (element: Element | null): string => {
    for (let node = element; node; node = node.parentElement) {
      const colour = getComputedStyle(node).backgroundColor;
      if (!transparent(colour)) return colour;
    }
    return 'canvas';
  };
  const shapes = $$(host, '*').filter((element) => {
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && !hasContent(element) && painted(style)
      && (style.backgroundColor !== background(element.parentElement) || style.backgroundImage !== 'none' || style.boxShadow !== 'none');
  });
  await forcedColours(true);
  const lost = shapes.filter((element) => {
    const style = getComputedStyle(element);
    return !edged(style) && style.backgroundImage === 'none' && style.maskImage === 'none'
      && style.backgroundColor === background(element.parentElement);
  }).map((element) => `<${element.localName} class="${element.className}">`);
  await forcedColours(false);
  expect(lost, `${what}: shapes drawn by colour alone`).to.deep.equal([]);
}

/** The element focus is on, inside shadow roots. */
function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * Tabs through every control of the widget from a button before it, and with
 * forced colours on each one shows focus by an outline at least 2px wide in a
 * colour other than the background's.
 */
async function expectFocusVisible(host: HTMLElement, what: string): Promise<void> {
  const start = document.createElement('button');
  start.textContent = 'before';
  host.before(start);
  start.focus();
  await forcedColours(true);
  const faint: string[] = [];
  let reached = 0;
  for (let step = 0; step < 40; step += 1) {
    await sendKeys({ press: 'Tab' });
    const control = focused();
    if (!control || !host.contains(control.getRootNode() instanceof ShadowRoot ? (control.getRootNode() as ShadowRoot).host : control)) break;
    reached += 1;
    const style = getComputedStyle(control);
    const canvas = getComputedStyle($(host, '.root') ?? host).backgroundColor;
    if (style.outlineStyle === 'none' || parseFloat(style.outlineWidth) < 2 || style.outlineColor === canvas) {
      faint.push(`<${control.localName} type="${control.getAttribute('type') ?? ''}" part="${control.getAttribute('part') ?? ''}">: ${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`);
    }
  }
  await forcedColours(false);
  start.remove();
  expect(reached, `${what}: controls reached by Tab`).to.be.greaterThan(0);
  expect(faint, `${what}: focus without a visible outline`).to.deep.equal([]);
}

// ---- the widgets ---------------------------------------------------------------

async function widget<T extends HTMLElement>(tag: string, attributes: Record<string, string> = {}, setup?: (element: T) => void): Promise<T> {
  const element = document.createElement(tag) as T;
  element.setAttribute('api-base', '/');
  element.setAttribute('locale', 'en');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  setup?.(element);
  const main = await fixture<HTMLElement>(html`<main>${element}</main>`);
  return main.querySelector(tag) as T;
}

async function staffToken(): Promise<string> {
  const reply = await fetch('/__plskit/staff-token', { method: 'POST', body: JSON.stringify({ roles: ['center-staff'], centers: ['sc-370811'] }) });
  return reply.text();
}

async function bookVisit(slotStart: string): Promise<string> {
  const notice = await (await fetch('/v1/privacy-notices/appointments')).json();
  const reply = await fetch('/v1/appointments', {
    method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
    body: JSON.stringify({ center: 'sc-370811', service: 'mediation', slotStart, contact: { name: 'Forced Colours', phone: '13600136000' },
      consent: { privacyNotice: notice.version, agreed: true } }),
  });
  expect(reply.status).to.equal(201);
  return (await reply.json()).reference;
}

describe('forced colours (Windows high contrast), Chromium', () => {
  it('the placeholders shown while a widget loads stay visible', async () => {
    const finder = await widget('pls-lawyer-finder', {}, (element) => { (element as unknown as { fetch: typeof fetch }).fetch = () => new Promise(() => {}); });
    await until(() => $(finder, '.skeleton'), 'the loading placeholders');
    await expectNoShapeLost(finder, 'lawyer finder, loading');
  });

  it('lawyer finder: focus shows on every control; the main button stands out; links show as links; nothing drawn by colour is lost', async () => {
    const finder = await widget('pls-lawyer-finder', { 'page-size': '3' });
    await until(() => $(finder, '[part~="card"]'), 'the results');
    await expectNoShapeLost(finder, 'lawyer finder');
    await expectLinksApart(finder, 'lawyer finder');
    await expectFocusVisible(finder, 'lawyer finder');
    await expectApart('the main button against another', finder, () => $(finder, 'button.primary')!, () => $(finder, '[part~="details-button"]')!);
  });

  it('service finder: a disabled choice differs from an enabled one; the village\'s own adviser stands out; links show as links; focus shows', async () => {
    const finder = await widget('pls-service-finder', { 'booking-page': '/book' });
    const county = await until(() => $<HTMLSelectElement>(finder, 'select[name="county"]'), 'the county choice');
    await expectApart('a disabled select against an enabled one', finder, () => county, () => $(finder, 'select[name="township"]')!);
    await expectFocusVisible(finder, 'service finder');
    const choose = async (name: string, value: string) => {
      const select = await until(() => $(finder, `select[name="${name}"]:not([disabled]) option[value="${value}"]`)?.closest('select'), `${name} ${value}`);
      select.value = value;
      select.dispatchEvent(new Event('change'));
    };
    await choose('county', '370811');
    await choose('township', '370811018');
    const advisers = (await (await fetch('/v1/service-points?township=370811018&kind=village-legal-adviser&limit=100')).json()).items;
    await choose('village', advisers[2].village);
    await until(() => $(finder, '[part~="own-adviser"]'), 'the village\'s own adviser');
    const [own, other] = $$(finder, '[part~="point"]');
    await expectApart('the village\'s own adviser against another point', finder, () => own!, () => other!, { deep: false });
    await expectNoShapeLost(finder, 'service finder, the points');
    // a center's detail: "book a visit" is a link drawn as a main button
    await choose('village', '');
    (await until(() => $(finder, '[data-point="sc-370811-14"]'), 'the center')).click();
    await until(() => $(finder, '[part~="book-link"]'), 'the detail with its booking link');
    await expectLinksApart(finder, 'service finder, a center\'s detail');
  });

  it('booker: the chosen day, an open day and a shut day tell apart; focus shows on every control', async () => {
    const booker = await widget('pls-appointment-booker', { region: '370811', service: 'legal-aid-application' });
    (await until(() => $(booker, '#c-sc-370811'), 'the centers')).click();
    await expectFocusVisible(booker, 'booker, where');
    $(booker, '[part~="continue-button"]')!.click();
    await until(() => $$(booker, 'td[aria-disabled="false"]').length > 1, 'two open days');
    const [chosen, other] = $$(booker, 'td[aria-disabled="false"]');
    chosen!.click();
    await until(() => chosen!.getAttribute('aria-selected') === 'true', 'the day chosen');
    (focused() as HTMLElement | null)?.blur();
    await expectApart('the chosen day against an open day', booker, () => chosen!, () => other!);
    await expectApart('a shut day against an open day', booker, () => $(booker, 'td.shut')!, () => other!);
    await expectNoShapeLost(booker, 'booker, when');
    await expectFocusVisible(booker, 'booker, when');
  });

  it('legal question: a refused field differs from the same field before; focus shows', async () => {
    const form = await widget('pls-legal-question', { region: '370811' });
    (await until(() => $(form, '#t-labour'), 'the topics')).click();
    await expectFocusVisible(form, 'legal question, topics');
    $(form, '[part~="continue-button"]')!.click();
    const question = await until(() => $(form, '#question'), 'the question step');
    await expectStateShows('an invalid field against itself before', form, question, () => {
      $(form, '[part~="continue-button"]')!.click();
      return until(() => question.getAttribute('aria-invalid') === 'true', 'the empty question refused');
    });
  });

  it('notary checklist: an unanswered question differs from itself before; focus shows', async () => {
    const checklist = await widget('pls-notary-checklist', { region: '370811', matter: 'gift' });
    const fieldset = await until(() => $(checklist, '[part~="questions"] fieldset'), 'the questions');
    await expectFocusVisible(checklist, 'notary checklist, questions');
    await expectStateShows('an unanswered question against itself before', checklist, fieldset, () => {
      $(checklist, '[part~="continue-button"]')!.click();
      return until(() => fieldset.getAttribute('aria-invalid') === 'true', 'the question marked');
    });
  });

  it('legal-aid checker: focus shows on the start screen and a question; nothing drawn by colour is lost', async () => {
    const checker = await widget('pls-aid-eligibility', { region: '370811' });
    await until(() => $(checker, '[part~="start-button"]'), 'the start screen');
    await expectFocusVisible(checker, 'checker, start');
    $(checker, '[part~="start-button"]')!.click();
    await until(() => $(checker, 'form[data-question]'), 'the first question');
    await expectNoShapeLost(checker, 'checker, question');
    await expectFocusVisible(checker, 'checker, question');
  });

  it('staff desk: a checked-in visit differs from a booked one; focus shows', async () => {
    const [booked, arrived] = [await bookVisit('2026-09-01T16:00:00+08:00'), await bookVisit('2026-09-01T16:30:00+08:00')];
    const token = await staffToken();
    const desk = await widget('pls-staff-desk', { date: '2026-09-01' }, (element) => { (element as unknown as { accessToken: string }).accessToken = token; });
    const row = (reference: string) => $$(desk, '[part~="visit"]').find((tr) => tr.querySelector('th')?.textContent?.trim() === reference);
    await until(() => row(booked) && row(arrived), 'both visits in the roster');
    row(arrived)!.querySelector<HTMLElement>('[part~="check-in-button"]')!.click();
    await until(() => row(arrived)?.getAttribute('data-status') === 'checked-in', 'the visitor checked in');
    (focused() as HTMLElement | null)?.blur();
    const status = (reference: string) => row(reference)!.querySelector('[part~="status"]')!;
    await expectApart('a checked-in status against a booked one', desk, () => status(arrived), () => status(booked));
    await expectNoShapeLost(desk, 'staff desk');
    await expectFocusVisible(desk, 'staff desk');
  });

  it('dialog: its edge and its controls\' focus show', async () => {
    const main = await fixture<HTMLElement>(html`<main><button type="button" data-pls-open="fc-dialog">Book</button>
      <pls-dialog id="fc-dialog" label="Book a visit" locale="en"><pls-appointment-booker api-base="/" locale="en" region="370811"
        service="legal-aid-application"></pls-appointment-booker></pls-dialog></main>`);
    main.querySelector('button')!.click();
    const dialog = main.querySelector('pls-dialog')!;
    const native = await until(() => $<HTMLDialogElement>(dialog, 'dialog[open]'), 'the dialog open');
    await forcedColours(true);
    const edge = getComputedStyle(native);
    expect(`${edge.borderTopStyle} ${parseFloat(edge.borderTopWidth) > 0}`, 'the dialog\'s edge').to.equal('solid true');
    await forcedColours(false);
    // focus starts on the dialog's title; Tab reaches its first control
    await until(() => shadow(dialog).activeElement, 'focus in the dialog');
    await sendKeys({ press: 'Tab' });
    await forcedColours(true);
    const style = getComputedStyle(focused()!);
    expect(`${style.outlineStyle} ${parseFloat(style.outlineWidth) >= 2}`, 'focus in the dialog').to.equal('solid true');
    await forcedColours(false);
  });

  it('staff desk, booking for a caller: focus shows on the caller\'s step with the notice read out; nothing drawn by colour is lost', async () => {
    const reply = await fetch('/__plskit/staff-token', { method: 'POST', body: JSON.stringify({ roles: ['hotline-operator'], centers: [] }) });
    const token = await reply.text();
    const desk = await widget('pls-staff-desk', { center: 'sc-370811', date: '2026-09-01' }, (element) => { (element as unknown as { accessToken: string }).accessToken = token; });
    (await until(() => $(desk, '[part~="book-for-caller-button"]'), 'the roster')).click();
    const service = await until(() => $<HTMLSelectElement>(desk, '#service'), 'the service step');
    service.value = 'legal-consultation';
    service.dispatchEvent(new Event('change'));
    await until(() => $(desk, '#c-sc-370811'), 'the centers');
    $(desk, '[part~="continue-button"]')!.click();
    (await until(() => $(desk, 'td[aria-disabled="false"]'), 'an open day')).click();
    (await until(() => $(desk, '[part~="slots"] input:not([disabled])'), 'an open time')).click();
    $(desk, '[part~="continue-button"]')!.click();
    await until(() => $(desk, '#consent'), 'the caller\'s step');
    await expectNoShapeLost(desk, 'caller booking, the caller');
    await expectFocusVisible(desk, 'caller booking, the caller');
  });
});
