import { expect, fixture, html } from '@open-wc/testing';
import 'axe-core/axe.min.js';
import '../src/service-finder/define.js';
import type { PositionSource } from '../src/position/resident-position.js';
import type { PlsServiceFinder } from '../src/service-finder/pls-service-finder.js';
import { axeViolations, faultyFetch, shadow, until } from './harness.js';

// ---- acting as the resident -------------------------------------------------

interface Setup { locale?: string; senior?: boolean; region?: string; bookingPage?: string }

async function finder({ locale, senior, region, bookingPage }: Setup = {}, fetchImpl?: typeof fetch): Promise<PlsServiceFinder> {
  const element = document.createElement('pls-service-finder');
  element.setAttribute('api-base', '/');
  if (locale) element.setAttribute('locale', locale);
  if (region) element.setAttribute('region', region);
  if (bookingPage !== undefined) element.setAttribute('booking-page', bookingPage);
  element.toggleAttribute('senior', senior === true);
  if (fetchImpl) element.fetch = fetchImpl;
  const main = await fixture<HTMLElement>(html`<main>${element}</main>`);
  return main.querySelector('pls-service-finder')!;
}

const part = (element: Element, name: string) => shadow(element).querySelector<HTMLElement>(`[part~="${name}"]`);
const parts = (element: Element, name: string) => [...shadow(element).querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const names = (element: Element) => parts(element, 'point').map((point) => text(point.querySelector('.name')));

async function choose(element: PlsServiceFinder, name: string, value: string): Promise<void> {
  const select = await until(() => shadow(element).querySelector<HTMLSelectElement>(`select[name="${name}"]:not([disabled]) option[value="${value}"]`)
    ?.closest('select'), `${name} ${value}`);
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await element.updateComplete;
}

const listed = (element: PlsServiceFinder) => until(() => part(element, 'total'), 'the list');

/** What the API says, straight from the sandbox. */
async function api(path: string) {
  return (await fetch(path)).json();
}

/** A fetch that records every request the element sends: its URL and body. */
function recordingFetch(sent: string[]): typeof fetch {
  return async (input, init) => {
    sent.push(`${input instanceof Request ? input.url : String(input)} ${typeof init?.body === 'string' ? init.body : ''}`);
    return fetch(input, init);
  };
}

function positionAt(latitude: number, longitude: number, asked: { count: number }): PositionSource {
  return {
    getCurrentPosition(success) {
      asked.count += 1;
      setTimeout(() => success({ coords: { latitude, longitude, accuracy: 20 } } as GeolocationPosition), 10);
    },
  };
}

// ---- the cases --------------------------------------------------------

describe('<pls-service-finder> against the sandbox', () => {
  it('finds a village’s legal adviser in three choices, without a position: county, township, village', async () => {
    const element = await finder();
    expect(part(element, 'results')).to.equal(null);
    await choose(element, 'county', '370811');
    await listed(element);
    await choose(element, 'township', '370811018');
    const advisers = (await api('/v1/service-points?township=370811018&kind=village-legal-adviser&limit=100')).items;
    const chosen = advisers[2];
    await choose(element, 'village', chosen.village);
    await until(() => part(element, 'own-adviser'), 'the village’s adviser');
    const first = parts(element, 'point')[0]!;
    expect(text(first.querySelector('.name'))).to.equal(chosen.name);
    expect(text(part(element, 'own-adviser'))).to.equal('本村法律顾问');
    expect(text(first)).to.contain('驻村时间：每');
    // every point listed stands in the township
    expect(text(part(element, 'total'))).to.match(/^共\d+处$/);
    expect(await axeViolations(element)).to.deep.equal([]);
  });

  it('sorts by the distance measured in the page once the resident asks, and no request or event carries the position', async () => {
    const sent: string[] = [];
    const events: string[] = [];
    const element = await finder({ region: '370811' }, recordingFetch(sent));
    for (const name of ['pls-service-point-select', 'pls-error']) element.addEventListener(name, (event) => events.push(JSON.stringify((event as CustomEvent).detail)));
    const asked = { count: 0 };
    element.positionSource = positionAt(0, 0, asked);
    await listed(element);
    // stand at a point of another township: it comes first
    const target = (await api('/v1/service-points/sc-370811-14'));
    const latitude = target.location.latitude + 0.00031;
    const longitude = target.location.longitude - 0.00027;
    element.positionSource = positionAt(latitude, longitude, asked);
    expect(asked.count, 'never asked before the press').to.equal(0);
    part(element, 'location-button')!.click();
    await until(() => part(element, 'distance'), 'distances');
    expect(asked.count).to.equal(1);
    expect(text(parts(element, 'point')[0]!.querySelector('.name'))).to.equal(target.name);
    expect(text(part(element, 'distance'))).to.match(/直线约\d+米 · 步行约5分钟，驾车约5分钟（估算） · 步行估算在15分钟内/);
    expect(text(part(element, 'reach-note'))).to.contain('15分钟');
    // the list below is nearest first
    const metres = parts(element, 'distance').map((d) => Number(/直线约([\d.,]+)(米|公里)/.exec(text(d))!.slice(1, 3)
      .reduce((value, unit) => String(Number(value.replace(',', '')) * (unit === '公里' ? 1000 : 1)))));
    expect(metres).to.deep.equal([...metres].sort((a, b) => a - b));
    // open a point (an event), change the township (no new request): nothing sent or told carries the position
    parts(element, 'details-button')[0]!.click();
    await until(() => part(element, 'detail'), 'detail');
    part(element, 'back-button')!.click();
    await choose(element, 'township', '370811018');
    expect(events).to.have.length(1);
    const degrees = [latitude, longitude].flatMap((value) => [value.toFixed(3), value.toFixed(4), String(value)]);
    for (const line of [...sent, ...events]) {
      for (const value of degrees) expect(line, line).not.to.contain(value);
      expect(line).not.to.match(/lat|lng|lon|position|distance/i);
    }
    expect(sent.every((line) => line.includes('/v1/service-points?') || line.includes('/v1/regions'))).to.equal(true);
    expect(JSON.parse(events[0]!)).to.deep.equal({ pointId: 'sc-370811-14', kind: 'public-legal-service-center', region: '370811', bookable: true });
  });

  it('shows a point’s details: a tel: link, its days or hours, and “book a visit” for a center that can be booked', async () => {
    const element = await finder({ region: '370811', bookingPage: '/book' });
    await listed(element);
    await choose(element, 'township', '370811018');
    shadow(element).querySelector<HTMLElement>('[data-point="sc-370811-14"]')!.click();
    const detail = await until(() => part(element, 'detail'), 'detail');
    await until(() => shadow(element).activeElement?.id === 'detail-name', 'focus on the heading');
    expect(part(element, 'call-link')!.getAttribute('href')).to.match(/^tel:[\d+]+$/);
    expect(part(element, 'book-link')!.getAttribute('href')).to.equal('/book#pls-book=sc-370811-14.legal-consultation');
    expect(text(detail)).to.contain('办公时间');
    expect(await axeViolations(element)).to.deep.equal([]);
    // "ask a question" hands over to the page's <pls-legal-question>: the county, never a topic the finder cannot know
    const asked: unknown[] = [];
    const ask = (event: Event) => asked.push((event as CustomEvent).detail);
    document.addEventListener('pls-question-request', ask);
    part(element, 'ask-button')!.click();
    document.removeEventListener('pls-question-request', ask);
    expect(asked).to.deep.equal([{ topic: null, region: '370811', source: 'pls-service-finder' }]);
    part(element, 'back-button')!.click();
    await until(() => shadow(element).activeElement?.getAttribute('data-point') === 'sc-370811-14', 'focus back on the point');
    // an adviser: duty days and WeChat group, no booking
    const adviser = (await api('/v1/service-points?township=370811018&kind=village-legal-adviser&limit=1')).items[0];
    shadow(element).querySelector<HTMLElement>(`[data-point="${adviser.id}"]`)!.click();
    await until(() => part(element, 'detail'), 'adviser detail');
    expect(text(part(element, 'detail'))).to.contain('驻村时间');
    expect(part(element, 'book-link')).to.equal(null);
  });

  it('filters by kind with counts, and keeps the element count flat over the whole city’s 1,360 points', async () => {
    const element = await finder({ region: '370800' });
    await listed(element);
    expect(text(part(element, 'total'))).to.equal('共1,360处');
    const first = shadow(element).querySelectorAll('*').length;
    // show every point, scrolling to the end each time as a resident would
    for (let more = part(element, 'load-more-button'); more; more = part(element, 'load-more-button')) {
      more.click();
      await element.updateComplete;
      more.scrollIntoView();
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 30)));
    }
    const blocks = new Set([...shadow(element).querySelectorAll<HTMLElement>('[data-block]')].map((item) => item.dataset.block));
    expect(blocks.size, 'blocks of 10 for 1,360 points').to.equal(136);
    await until(() => parts(element, 'point').length < 120, 'far blocks stood in for by spacers', 15_000);
    expect(shadow(element).querySelectorAll('*').length, 'elements with 1,360 points shown').to.be.lessThan(first * 2);
    const notary = shadow(element).querySelector<HTMLInputElement>('input[name="kind"][value="notary-office"]')!;
    expect(text(notary.closest('label'))).to.contain('(12)');
    notary.click();
    await element.updateComplete;
    expect(text(part(element, 'total'))).to.equal('共12处');
  });

  it('follows a region set later by the host: the new county’s points, no choice carried over', async () => {
    const element = await finder({ region: '370811' });
    await listed(element);
    await choose(element, 'township', '370811018');
    const rencheng = text(part(element, 'total'));
    element.setAttribute('region', '370881');
    await until(() => text(part(element, 'total')) !== rencheng && shadow(element).querySelector('select[name="township"] option[value^="370881"]'), 'Qufu’s points');
    expect(shadow(element).querySelector<HTMLSelectElement>('select[name="township"]')!.value).to.equal('');
    const qufu = (await api('/v1/service-points?region=370881&limit=1')).total;
    expect(text(part(element, 'total'))).to.equal(`共${qufu.toLocaleString('en')}处`);
  });

  it('shows hostile names as text', async () => {
    const element = await finder({ region: '370811' });
    await listed(element);
    await choose(element, 'township', '370811002');
    await until(() => names(element).some((name) => name.includes('测试')), 'the hostile adviser');
    expect(shadow(element).querySelector('img, svg')).to.equal(null);
  });

  it('shows a failure with a retry and tells the host, then recovers', async () => {
    const errors: string[] = [];
    // listening before the element exists: the failure may be told before fixture() returns
    const told = (event: Event) => errors.push((event as CustomEvent).detail.operation);
    document.addEventListener('pls-error', told);
    let failures = 0;
    const element = await finder({ region: '370811' }, faultyFetch((url) => (url.pathname === '/v1/service-points' && failures++ === 0 ? 'status=503' : undefined)));
    const retry = await until(() => part(element, 'retry-button'), 'retry');
    document.removeEventListener('pls-error', told);
    expect(errors).to.include('list-service-points');
    retry.click();
    await listed(element);
  });

  it('speaks English, and in senior mode every control is at least 60 px', async () => {
    const element = await finder({ region: '370811', locale: 'en', senior: true });
    await listed(element);
    expect(text(part(element, 'total'))).to.match(/^\d+ places$/);
    for (const target of shadow(element).querySelectorAll<HTMLElement>('button, select, label.kind-choice')) {
      expect(target.getBoundingClientRect().height, target.localName).to.be.at.least(60);
    }
    expect(await axeViolations(element)).to.deep.equal([]);
  });
});
