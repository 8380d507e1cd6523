import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/lawyer-finder/define.js';
import type { PlsErrorEvent } from '../src/base/pls-error-event.js';
import type { PlsLawyerSelectEvent } from '../src/lawyer-finder/pls-lawyer-select-event.js';
import type { Lawyer } from '../src/api/directory-types.js';
import { yearsOfPractice } from '../src/lawyer-finder/lawyer-card.js';
import { lawyerFinderText } from '../src/lawyer-finder/lawyer-finder.strings.js';
import type { PlsLawyerFinder } from '../src/lawyer-finder/pls-lawyer-finder.js';
import { cardNames, cards, faultyFetch, lawyerSearches, select, settled, shadow, textsOf, totalText, until } from './harness.js';

async function typeQuery(finder: PlsLawyerFinder, text: string, submit = false): Promise<void> {
  const input = shadow(finder).querySelector<HTMLInputElement>('input[name="q"]')!;
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  if (submit) shadow(finder).querySelector<HTMLFormElement>('form')!.requestSubmit();
}

async function apiTotal(query: string): Promise<number> {
  const page = (await (await fetch(`/v1/lawyers?${query}&limit=1`)).json()) as { total: number };
  return page.total;
}

describe('years of practice', () => {
  it('should follow the locale\'s plural rules ("1 year", "12 years", "1 年")', async () => {
    await lawyerFinderText.load('en'); // English is its own module, imported when first shown
    const lawyer = (years: number) => ({ yearsOfPractice: years }) as Lawyer;
    expect(yearsOfPractice(lawyer(1), 'en')).to.equal('1 year');
    expect(yearsOfPractice(lawyer(12), 'en')).to.equal('12 years');
    expect(yearsOfPractice(lawyer(1), 'zh-CN')).to.equal('1 年');
  });
});

describe('<pls-lawyer-finder>', () => {
  afterEach(() => history.replaceState(null, '', location.pathname));

  it('should show a placeholder while loading, then the first page and the total', async () => {
    const finder = await fixture<PlsLawyerFinder>(html`<pls-lawyer-finder api-base="/" page-size="5"></pls-lawyer-finder>`);
    expect(shadow(finder).querySelector('[part~="loading"]'), 'loading placeholder').to.be.instanceOf(HTMLElement);
    await settled(finder);
    expect(cards(finder)).to.have.length(5);
    const total = await apiTotal('');
    expect(total).to.be.greaterThan(1000);
    expect(totalText(finder)).to.contain(new Intl.NumberFormat('zh-CN').format(total));
    expect(shadow(finder).querySelector('[role="status"]')!.textContent).to.contain('律师');
  });

  it('should show a page of cards with their firms from one request (no request per firm)', async () => {
    const since = performance.now();
    const finder = await fixture<PlsLawyerFinder>(html`<pls-lawyer-finder api-base="/" page-size="10"></pls-lawyer-finder>`);
    await settled(finder);
    const apiPaths = performance.getEntriesByType('resource').filter((entry) => entry.startTime >= since)
      .map((entry) => new URL(entry.name).pathname).filter((path) => path.startsWith('/v1/'));
    const page = (await (await fetch('/v1/lawyers?limit=10')).json()) as { items: { firm: { address: string } | null }[] };
    const withFirm = page.items.find((lawyer) => lawyer.firm)!;
    expect(shadow(finder).querySelector('[part~="results"]')!.textContent).to.contain(withFirm.firm!.address);
    expect(apiPaths.filter((path) => path.startsWith('/v1/law-firms'))).to.deep.equal([]);
    expect(apiPaths.filter((path) => path === '/v1/lawyers')).to.have.length(1);
  });

  it('should render the hostile names of the dataset as text, never as markup', async () => {
    const alerts: unknown[] = [];
    const realAlert = window.alert;
    window.alert = (message?: unknown) => { alerts.push(message); };
    try {
      const finder = await fixture<PlsLawyerFinder>(html`<pls-lawyer-finder api-base="/" page-size="10"></pls-lawyer-finder>`);
      await settled(finder);
      await typeQuery(finder, '测试', true);
      await until(() => cardNames(finder).some((name) => name.includes('<script>')), 'hostile names');
      const root = shadow(finder);
      const names = cardNames(finder);
      expect(names).to.include('测试<img src=x onerror=alert(1)>');
      expect(names).to.include('测试<script>alert(1)</script>');
      expect(root.querySelectorAll('.cards img, .cards script, .cards svg')).to.have.length(0);
      await until(() => root.textContent?.includes('"><svg onload=alert(1)>'), 'hostile firm name as text');
      expect(root.querySelectorAll('svg')).to.have.length(0);
      // right-to-left names are isolated, so they cannot reorder the labels around them
      expect(root.querySelector('h3 bdi')).to.be.instanceOf(HTMLElement);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(alerts).to.deep.equal([]);
    } finally {
      window.alert = realAlert;
    }
  });

  it('should send each filter in the search request', async () => {
    const finder = await fixture<PlsLawyerFinder>(html`<pls-lawyer-finder api-base="/"></pls-lawyer-finder>`);
    await settled(finder);
    await until(() => shadow(finder).querySelector('select[name="practiceArea"] option[value="labour"]'), 'practice areas');
    select(finder, 'practiceArea', 'labour');
    select(finder, 'category', 'full-time');
    select(finder, 'language', 'en');
    select(finder, 'minYears', '5');
    select(finder, 'region', '370811');
    const legalAid = shadow(finder).querySelector<HTMLInputElement>('input[name="acceptsLegalAid"]')!;
    legalAid.click();
    await until(() => {
      const last = lawyerSearches().at(-1);
      return last?.get('acceptsLegalAid') === 'true' && last;
    }, 'the last request to carry every filter');
    await settled(finder);
    const last = lawyerSearches().at(-1)!;
    expect(Object.fromEntries(last)).to.deep.include({
      practiceArea: 'labour', category: 'full-time', language: 'en', minYears: '5', region: '370811', acceptsLegalAid: 'true',
    });
    const expected = await apiTotal(last.toString().replace(/&?limit=\d+/, ''));
    expect(totalText(finder)).to.contain(String(expected));
  });

  it('should wait for a pause in typing and send one search', async () => {
    const finder = await fixture<PlsLawyerFinder>(html`<pls-lawyer-finder api-base="/"></pls-lawyer-finder>`);
    await settled(finder);
    const since = performance.now();
    for (const text of ['王', '王一', '王一鸣']) await typeQuery(finder, text);
    await until(() => lawyerSearches(since).length > 0, 'the debounced search');
    await settled(finder);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(lawyerSearches(since).map((params) => params.get('q'))).to.deep.equal(['王一鸣']);
  });

  it('should never let a slow, older response overwrite a newer one', async () => {
    const finder = await fixture<PlsLawyerFinder>(html`<pls-lawyer-finder api-base="/"></pls-lawyer-finder>`);
    finder.fetch = faultyFetch((url) => (url.searchParams.get('q') === '王' ? 'latency=1500' : undefined));
    await settled(finder);
    await typeQuery(finder, '王', true);
    await typeQuery(finder, '李', true);
    await settled(finder);
    const newer = await apiTotal(`q=${encodeURIComponent('李')}`);
    const older = await apiTotal(`q=${encodeURIComponent('王')}`);
    expect(newer).to.not.equal(older);
    // wait past the slow response: the screen must still show the newer search
    await new Promise((resolve) => setTimeout(resolve, 1800));
    expect(totalText(finder)).to.contain(String(newer));
  });

  it('should show an error with a retry that works, and tell the host without personal data', async () => {
    const finder = document.createElement('pls-lawyer-finder');
    finder.setAttribute('api-base', '/');
    finder.fetch = faultyFetch((url, call) => (url.pathname === '/v1/lawyers' && call === 0 ? 'status=503' : undefined));
    const failed = oneEvent(document.body, 'pls-error') as Promise<PlsErrorEvent>;
    document.body.append(finder);
    try {
      const event = await failed;
      expect(event.detail).to.deep.equal({ source: 'pls-lawyer-finder', operation: 'search-lawyers', status: 503, code: 'fault-injected' });
      expect(event.composed && event.bubbles).to.equal(true);
      expect(event).to.be.instanceOf(CustomEvent);
      const retry = await until(() => shadow(finder).querySelector<HTMLButtonElement>('[part~="retry-button"]'), 'retry');
      expect(shadow(finder).querySelector('[role="status"]')!.textContent).to.contain('重试');
      retry.click();
      await until(() => cards(finder).length > 0, 'results after retry');
      expect(shadow(finder).querySelector('[part~="error"]')).to.equal(null);
    } finally {
      finder.remove();
    }
  });

  it('should say the request failed when no server answers', async () => {
    // a port where nothing listens: a real failed connection
    const finder = await fixture<PlsLawyerFinder>(html`<pls-lawyer-finder api-base="http://127.0.0.1:9/" locale="en"></pls-lawyer-finder>`);
    const panel = await until(() => shadow(finder).querySelector('[part~="error"]'), 'error panel');
    expect(panel.getAttribute('data-state')).to.equal('error');
    expect(panel.textContent).to.contain('could not be loaded');
  });

  it('should say the resident is offline, and search again when the connection returns', async () => {
    let offline = true;
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => !offline });
    try {
      const finder = document.createElement('pls-lawyer-finder');
      finder.setAttribute('api-base', '/');
      finder.setAttribute('locale', 'en');
      // the network itself is cut while offline (the browser rejects fetch the same way)
      finder.fetch = (input, init) => (offline ? Promise.reject(new TypeError('Failed to fetch')) : fetch(input, init));
      await fixture(html`<div>${finder}</div>`);
      const panel = await until(() => shadow(finder).querySelector('[part~="error"]'), 'error panel');
      expect(panel.getAttribute('data-state')).to.equal('offline');
      expect(panel.textContent).to.contain('You are offline');
      offline = false;
      window.dispatchEvent(new Event('online'));
      await until(() => cards(finder).length > 0, 'results once back online');
    } finally {
      delete (navigator as unknown as Record<string, unknown>).onLine;
    }
  });

  it('should show the empty state when nothing matches', async () => {
    const finder = await fixture<PlsLawyerFinder>(html`<pls-lawyer-finder api-base="/" locale="en"></pls-lawyer-finder>`);
    await settled(finder);
    await typeQuery(finder, 'no-such-lawyer-xyz', true);
    const empty = await until(() => shadow(finder).querySelector('[part~="empty"]'), 'empty state');
    expect(empty.textContent).to.contain('No lawyer matches');
    expect(shadow(finder).querySelector('[role="status"]')!.textContent).to.contain('No lawyer matches');
  });

  it('should say the count again when the resident searches again and it is the same', async () => {
    const finder = await fixture<PlsLawyerFinder>(html`<pls-lawyer-finder api-base="/" locale="en"></pls-lawyer-finder>`);
    await settled(finder);
    const region = shadow(finder).querySelector('[role="status"]')!;
    const total = new Intl.NumberFormat('en').format(await apiTotal(`q=${encodeURIComponent('王')}`));
    const since = performance.now();
    await typeQuery(finder, '王', true);
    const count = await until(() => region.textContent!.startsWith(`${total} lawyer`) && region.textContent!, 'the count said');
    const said = textsOf(region);
    shadow(finder).querySelector<HTMLFormElement>('form')!.requestSubmit();
    await until(() => said.includes(count), 'the same count said again');
    expect(lawyerSearches(since)).to.have.length(2);
  });

  it('should page with "show more" so the DOM grows with what was asked for, never with the total', async () => {
    const finder = await fixture<PlsLawyerFinder>(html`<pls-lawyer-finder api-base="/" page-size="4"></pls-lawyer-finder>`);
    await settled(finder);
    expect(cards(finder)).to.have.length(4);
    const more = shadow(finder).querySelector<HTMLButtonElement>('[part~="load-more-button"]')!;
    more.click();
    await until(() => cards(finder).length === 8, 'second page');
    const ids = cards(finder).map((card) => card.querySelector('button')!.dataset.lawyer);
    expect(new Set(ids).size, 'no duplicates across pages').to.equal(8);
    expect(shadow(finder).querySelectorAll('*').length).to.be.lessThan(600);
    const cursor = lawyerSearches().at(-1)!.get('cursor');
    expect(cursor, 'the second page continues from a cursor').to.be.a('string');
  });

  it('should render only the cards near the viewport: at 500 results the shadow DOM stays under 1,500 elements', async () => {
    const finder = await fixture<PlsLawyerFinder>(html`<pls-lawyer-finder api-base="/" page-size="50"></pls-lawyer-finder>`);
    await settled(finder);
    const shownText = () => shadow(finder).querySelector('.shown')?.textContent ?? '';
    for (let loaded = 50; loaded < 500; loaded += 50) {
      shadow(finder).querySelector<HTMLButtonElement>('[part~="load-more-button"]')!.click();
      await until(() => shownText().includes(String(loaded + 50)), `${loaded + 50} loaded`, 15000);
    }
    // the blocks far below the viewport become spacers once the observer has seen them
    await until(() => shadow(finder).querySelectorAll('*').length < 1500, 'under 1,500 elements', 15000);
    expect(shadow(finder).querySelectorAll('li.spacer').length).to.be.greaterThan(40);
    // scrolling to the end renders the last cards again, and the first ones become spacers
    shadow(finder).querySelector('[part~="load-more-button"]')!.scrollIntoView();
    await until(() => (cards(finder).at(-1)?.dataset.block === '49'), 'the last block rendered', 15000);
    const firstBlock = shadow(finder).querySelector<HTMLElement>('[data-block="0"]')!;
    expect(firstBlock.classList.contains('spacer')).to.equal(true);
    // a spacer keeps its cards' height, so the page does not jump as blocks come and go
    expect(firstBlock.getBoundingClientRect().height, 'the spacer is as tall as ten cards').to.be.greaterThan(500);
    expect(shadow(finder).querySelectorAll('*').length).to.be.lessThan(1500);
    window.scrollTo(0, 0);
  });

  it('should open the detail view with the firm, choose by keyboard, and return focus on Escape', async () => {
    const finder = await fixture<PlsLawyerFinder>(html`<pls-lawyer-finder api-base="/" page-size="10" category="full-time"></pls-lawyer-finder>`);
    await settled(finder);
    const details = shadow(finder).querySelector<HTMLButtonElement>('[part~="details-button"]')!;
    const lawyerId = details.dataset.lawyer!;
    details.focus();
    await sendKeys({ press: 'Enter' });
    const heading = await until(() => shadow(finder).querySelector<HTMLElement>('[part~="detail-name"]'), 'detail view');
    // focus moves after the detail view paints (focusAfterPaint), so wait for it
    await until(() => shadow(finder).activeElement === heading, 'focus on the detail heading');
    const lawyer = (await (await fetch(`/v1/lawyers/${lawyerId}`)).json()) as { firm: { id: string }; region: string };
    const firm = (await (await fetch(`/v1/law-firms/${lawyer.firm.id}`)).json()) as { address: string; phone: string };
    await until(() => shadow(finder).querySelector('[part~="detail"]')!.textContent!.includes(firm.address), 'firm address');
    expect(shadow(finder).querySelector('[part~="detail"]')!.textContent).to.contain(firm.phone);

    const chosen = oneEvent(finder, 'pls-lawyer-select') as Promise<PlsLawyerSelectEvent>;
    shadow(finder).querySelector<HTMLButtonElement>('[part~="select-button"]')!.focus();
    await sendKeys({ press: 'Enter' });
    expect((await chosen).detail).to.deep.equal({ lawyerId, firmId: lawyer.firm.id, region: lawyer.region });
    expect(await chosen, 'host code that checks for a CustomEvent takes it').to.be.instanceOf(CustomEvent);

    await sendKeys({ press: 'Escape' });
    await until(() => shadow(finder).querySelector('[part~="results"]'), 'results again');
    await until(() => shadow(finder).activeElement?.getAttribute('data-lawyer') === lawyerId, 'focus back on the card');
  });

  it('should reach every control with Tab and search with Enter', async () => {
    const finder = await fixture<PlsLawyerFinder>(html`<pls-lawyer-finder api-base="/" locale="en"></pls-lawyer-finder>`);
    await settled(finder);
    const input = shadow(finder).querySelector<HTMLInputElement>('input[name="q"]')!;
    input.focus();
    await sendKeys({ type: '测试' });
    await sendKeys({ press: 'Enter' });
    await until(() => cardNames(finder).some((name) => name.startsWith('测试')), 'search by keyboard');
    const reached: string[] = [];
    const tab = async () => {
      await sendKeys({ press: 'Tab' });
      const active = shadow(finder).activeElement as HTMLElement | null;
      return active?.getAttribute('name') ?? active?.getAttribute('part') ?? active?.localName ?? '';
    };
    for (let i = 0; i < 7; i += 1) reached.push(await tab());
    expect(reached).to.deep.equal(['button', 'region', 'practiceArea', 'category', 'language', 'minYears', 'acceptsLegalAid']);
    // then into the first card: the firm's phone link (when it has a firm), then its details button
    const next = [await tab(), await tab()];
    expect(next).to.include('details-button');
  });

  it('should take preset filters from its attributes', async () => {
    const since = performance.now();
    const finder = await fixture<PlsLawyerFinder>(html`<pls-lawyer-finder api-base="/" region="370812" practice-area="labour" category="full-time" page-size="7"></pls-lawyer-finder>`);
    await settled(finder);
    const first = lawyerSearches(since)[0]!;
    expect(Object.fromEntries(first)).to.deep.equal({ region: '370812', practiceArea: 'labour', category: 'full-time', limit: '7' });
  });

  it('should reflect its filters into the page URL only when the host opts in, and read them back', async () => {
    const plain = await fixture<PlsLawyerFinder>(html`<pls-lawyer-finder api-base="/"></pls-lawyer-finder>`);
    await settled(plain);
    select(plain, 'category', 'legal-aid');
    await settled(plain);
    expect(location.search).to.equal('');

    history.replaceState(null, '', `${location.pathname}?page=keep&lawyer-category=company`);
    const shared = await fixture<PlsLawyerFinder>(html`<pls-lawyer-finder api-base="/" sync-url></pls-lawyer-finder>`);
    await settled(shared);
    expect(shadow(shared).querySelector<HTMLSelectElement>('select[name="category"]')!.value).to.equal('company');
    select(shared, 'language', 'en');
    await until(() => new URLSearchParams(location.search).get('lawyer-language') === 'en', 'URL updated');
    const params = new URLSearchParams(location.search);
    expect(params.get('page'), "the host's own parameter is kept").to.equal('keep');
    expect(params.get('lawyer-category')).to.equal('company');
  });

  it('should ignore link parameters the API would reject, instead of failing', async () => {
    history.replaceState(null, '', `${location.pathname}?lawyer-region=3708-TAIBAIHU&lawyer-min-years=500&lawyer-language=EN!&lawyer-area=labour`);
    const since = performance.now();
    const finder = await fixture<PlsLawyerFinder>(html`<pls-lawyer-finder api-base="/" sync-url page-size="2"></pls-lawyer-finder>`);
    await settled(finder);
    expect(cards(finder)).to.have.length(2);
    expect(Object.fromEntries(lawyerSearches(since)[0]!)).to.deep.equal({ practiceArea: 'labour', limit: '2' });
  });

  it('should say it is not configured when it has neither api-base nor a provider', async () => {
    const finder = await fixture<PlsLawyerFinder>(html`<pls-lawyer-finder locale="en"></pls-lawyer-finder>`);
    const panel = await until(() => shadow(finder).querySelector('[part~="error"]'), 'error panel');
    expect(panel.textContent).to.contain('api-base');
    expect(panel.querySelector('button')).to.equal(null);
  });
});
