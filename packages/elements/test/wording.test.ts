// A site's own wording and languages, as a partner sets them and a resident
// reads them: one string of one element, of every element inside a provider,
// of the whole page; a locale pack (a JSON file of the same keys) fetched only
// when shown, falling back key by key; Traditional Chinese never silently
// simplified. Against the real sandbox.
import 'axe-core/axe.min.js';
import { expect, fixture, html } from '@open-wc/testing';
import '../src/lawyer-finder/define.js';
import '../src/provider/define.js';
import type { PlsLawyerFinder } from '../src/lawyer-finder/pls-lawyer-finder.js';
import { registerLocalePack, registerStrings } from '../src/locale/register-wording.js';
import { axeViolations, faultyFetch, settled, shadow, until } from './harness.js';

const PACK = '/packages/elements/test/fixtures/locale-pack.ko.json';

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const label = (finder: PlsLawyerFinder) => text(shadow(finder).querySelector('label[for="q"]'));
const searchButton = (finder: PlsLawyerFinder) => text(shadow(finder).querySelector('button[type="submit"]'));
const liveRegion = (finder: PlsLawyerFinder) => text(shadow(finder).querySelector('[role="status"]'));
const packFetches = () => performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith('locale-pack.ko.json')).length;

/** Collects what plskit says on the console while `run` runs. */
async function warnings(run: () => Promise<void>): Promise<string[]> {
  const said: string[] = [];
  const warn = console.warn;
  console.warn = (message: unknown) => { said.push(String(message)); };
  try {
    await run();
  } finally {
    console.warn = warn;
  }
  return said;
}

async function shownIn(finder: PlsLawyerFinder, searchLabel: string): Promise<void> {
  await until(() => label(finder) === searchLabel, `the label "${searchLabel}" (it reads "${label(finder)}")`);
}

describe('wording a widget for one locale', () => {
  it('should show an element\'s own wording of one string, and leave every other string and element as shipped', async () => {
    const main = await fixture<HTMLElement>(html`<main>
      <pls-lawyer-finder api-base="/" page-size="2" strings='{"zh-CN": {"lawyer-finder": {"searchLabel": "任城区律师的姓名"}}}'></pls-lawyer-finder>
      <pls-lawyer-finder api-base="/" page-size="2"></pls-lawyer-finder></main>`);
    const [own, plain] = [...main.querySelectorAll('pls-lawyer-finder')];
    await shownIn(own!, '任城区律师的姓名');
    expect(searchButton(own!), 'a key it does not word stays as shipped').to.equal('搜索');
    expect(label(plain!)).to.equal('姓名、律所或执业证号');
    expect(shadow(own!).querySelector('[part~="base"]')!.getAttribute('lang'), 'lang stays the language').to.equal('zh-CN');
    await settled(own!);
    expect(await axeViolations(own!)).to.deep.equal([]);
  });

  it('should word only the locale it names: the same element in English reads as shipped', async () => {
    const finder = await fixture<PlsLawyerFinder>(html`<pls-lawyer-finder api-base="/" page-size="2"></pls-lawyer-finder>`);
    finder.strings = { 'zh-CN': { 'lawyer-finder': { searchButton: '查找' } }, en: { 'lawyer-finder': { searchButton: 'Look up' } } };
    await until(() => searchButton(finder) === '查找', 'the zh-CN wording');
    finder.locale = 'en';
    await until(() => searchButton(finder) === 'Look up', 'the English wording');
    expect(label(finder)).to.equal('Name, law firm or licence number');
  });

  it('should reach what the element says outside its screen too: the live region\'s count after a search', async () => {
    const finder = await fixture<PlsLawyerFinder>(html`<pls-lawyer-finder api-base="/" page-size="2"
      strings='{"zh-CN": {"lawyer-finder": {"totalOther": "共有{count}位律师可以帮您"}}}'></pls-lawyer-finder>`);
    await settled(finder);
    await until(() => /^共有[\d,]+位律师可以帮您$/.test(liveRegion(finder)), `the worded count in the live region (it says "${liveRegion(finder)}")`);
    expect(text(shadow(finder).querySelector('[part~="total"]'))).to.match(/^共有[\d,]+位律师可以帮您/);
  });

  it('should give every element inside a provider the provider\'s wording, an element\'s own winning', async () => {
    const main = await fixture<HTMLElement>(html`<pls-provider api-base="/" strings='{"zh-CN": {"lawyer-finder": {"searchButton": "找", "searchLabel": "律师姓名"}}}'>
      <pls-lawyer-finder page-size="2"></pls-lawyer-finder>
      <pls-lawyer-finder page-size="2" strings='{"zh-CN": {"lawyer-finder": {"searchButton": "查"}}}'></pls-lawyer-finder></pls-provider>`);
    const [first, second] = [...main.querySelectorAll('pls-lawyer-finder')];
    await shownIn(first!, '律师姓名');
    await shownIn(second!, '律师姓名');
    expect(searchButton(first!)).to.equal('找');
    expect(searchButton(second!)).to.equal('查');
  });

  it('should word the whole page with registerStrings, shared tables included, and take it back', async () => {
    const finder = await fixture<PlsLawyerFinder>(html`<pls-lawyer-finder api-base="/" page-size="2"></pls-lawyer-finder>`);
    await shownIn(finder, '姓名、律所或执业证号');
    const takeBack = registerStrings('zh-CN', { 'lawyer-finder': { searchLabel: '全市律师' }, 'async-state': { retry: '再查一次' } });
    await shownIn(finder, '全市律师');
    const failing = await fixture<PlsLawyerFinder>(html`<pls-lawyer-finder api-base="/" page-size="2"
      .fetch=${faultyFetch((url) => (url.pathname === '/v1/lawyers' ? 'status=503' : undefined))}></pls-lawyer-finder>`);
    const retry = await until(() => shadow(failing).querySelector('[part~="retry-button"]'), 'the failure panel');
    expect(text(retry)).to.equal('再查一次');
    takeBack();
    await shownIn(finder, '姓名、律所或执业证号');
  });

  it('should say once which key it does not know, and show the rest', async () => {
    const said = await warnings(async () => {
      const finder = await fixture<PlsLawyerFinder>(html`<pls-lawyer-finder api-base="/" page-size="2"
        strings='{"zh-CN": {"lawyer-finder": {"serchLabel": "拼错了", "searchButton": "搜"}}}'></pls-lawyer-finder>`);
      await until(() => searchButton(finder) === '搜', 'the worded button');
      expect(label(finder)).to.equal('姓名、律所或执业证号');
    });
    expect(said.filter((line) => line.includes('"serchLabel"'))).to.have.length(1);
  });

  it('should keep one locale for an element given a new but equal object on every render (as React passes props)', async () => {
    const finder = await fixture<PlsLawyerFinder>(html`<pls-lawyer-finder api-base="/" page-size="2"></pls-lawyer-finder>`);
    const wording = () => ({ 'zh-CN': { 'lawyer-finder': { searchButton: '找一找' } } });
    finder.strings = wording();
    await until(() => searchButton(finder) === '找一找', 'the wording');
    const shown = (finder as unknown as { displayLocale: string }).displayLocale;
    for (let render = 0; render < 5; render += 1) {
      finder.strings = wording();
      await finder.updateComplete;
    }
    expect((finder as unknown as { displayLocale: string }).displayLocale).to.equal(shown);
  });
});

describe('a locale pack', () => {
  it('should be fetched only when an element shows its locale, then show its words, each missing key in English', async () => {
    const finder = await fixture<PlsLawyerFinder>(html`<pls-lawyer-finder api-base="/" page-size="2" locale-packs="ko=${PACK}"></pls-lawyer-finder>`);
    await shownIn(finder, '姓名、律所或执业证号');
    expect(packFetches(), 'not fetched while nobody reads Korean').to.equal(0);
    finder.locale = 'ko-KR' as never;
    await shownIn(finder, '이름, 법률사무소 또는 자격증 번호');
    expect(packFetches()).to.equal(1);
    expect(searchButton(finder)).to.equal('검색');
    expect(text(shadow(finder).querySelector('[part~="filters"] legend')), 'a key the pack lacks falls back to English').to.equal('Filters');
    expect(shadow(finder).querySelector('[part~="base"]')!.getAttribute('lang')).to.equal('ko');
    await settled(finder);
    const categories = [...shadow(finder).querySelectorAll('select[name="category"] option')].map((option) => text(option));
    expect(categories, 'a map is laid over code by code').to.include.members(['전임 변호사', 'Part-time lawyer']);
    // the API's data (region names) comes in the pack's fallback locale
    await until(() => shadow(finder).querySelectorAll('select[name="region"] option').length > 1, 'the regions');
    expect(text(shadow(finder).querySelector('select[name="region"] option[value="370811"]'))).to.equal('Rencheng District');
    expect(await axeViolations(finder)).to.deep.equal([]);
  });

  it('should take a page\'s wording over the pack, and a pack registered after the element rendered', async () => {
    const finder = await fixture<PlsLawyerFinder>(html`<pls-lawyer-finder api-base="/" page-size="2" locale="ja"></pls-lawyer-finder>`);
    await shownIn(finder, '姓名、律所或执业证号');
    registerLocalePack('ja', async () => ({ 'lawyer-finder': { searchLabel: '弁護士の名前', searchButton: '検索' } }));
    registerStrings('ja', { 'lawyer-finder': { searchButton: '探す' } });
    await shownIn(finder, '弁護士の名前');
    expect(searchButton(finder)).to.equal('探す');
  });

  it('should never leave the widget blank when its pack cannot be fetched: it falls back, says so, and tries again once back online', async () => {
    let attempts = 0;
    const said = await warnings(async () => {
      registerLocalePack('de', async () => {
        attempts += 1;
        if (attempts === 1) throw new TypeError('Failed to fetch');
        return { 'lawyer-finder': { searchButton: 'Suchen' } };
      });
      const finder = await fixture<PlsLawyerFinder>(html`<pls-lawyer-finder api-base="/" page-size="2" locale="de"></pls-lawyer-finder>`);
      await shownIn(finder, 'Name, law firm or licence number');
      expect(searchButton(finder)).to.equal('Search');
      window.dispatchEvent(new Event('online'));
      await until(() => searchButton(finder) === 'Suchen', 'the pack, fetched again');
    });
    expect(said.some((line) => line.includes('locale pack for de could not be loaded'))).to.equal(true);
    expect(attempts).to.equal(2);
  });

  it('should show Traditional Chinese from a zh-Hant pack, and say so once where there is none', async () => {
    const said = await warnings(async () => {
      const finder = await fixture<PlsLawyerFinder>(html`<pls-lawyer-finder api-base="/" page-size="2" locale="zh-TW"></pls-lawyer-finder>`);
      await shownIn(finder, '姓名、律所或执业证号');
      registerLocalePack('zh-Hant', { 'lawyer-finder': { searchLabel: '姓名、律所或執業證號' } });
      await shownIn(finder, '姓名、律所或執業證號');
      expect(shadow(finder).querySelector('[part~="base"]')!.getAttribute('lang')).to.equal('zh-Hant');
      expect(searchButton(finder), 'a key the pack lacks falls back to zh-CN').to.equal('搜索');
    });
    expect(said.filter((line) => line.includes('no locale pack for zh-TW'))).to.have.length(1);
  });
});
