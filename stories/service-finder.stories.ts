import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { JINING_OPENING_HOURS } from '@plskit/core';
import type { ServicePoint } from '@plskit/sdk';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '../packages/elements/src/service-finder/define.js';
import type { PositionSource } from '../packages/elements/src/index.js';
import { apiRequest, json, problem } from './in-browser-api.js';
import { english, offline, senior, shown, widgetArgTypes, type WidgetStoryArgs } from './story-args.js';
import { applyTokens } from './story-tokens.js';

// ---- in-browser API --------------------------------------------------------------
// A few invented points of two townships of 任城区, in the sandbox's style (示例).

type ApiMode = 'normal' | 'loading' | 'offline' | 'error';

const TANGKOU = { code: '370811018', name: '唐口街道' };
const XUZHUANG = { code: '370811002', name: '许庄街道' };
const at = (latitude: number, longitude: number, precision = 50) => ({ latitude, longitude, precision });
const base = { region: '370811', bookable: false, phone: '0537-5551234' } as const;

const points: ServicePoint[] = [
  { ...base, id: 'sc-370811-14', kind: 'public-legal-service-center', level: 'township', bookable: true, name: '唐口街道公共法律服务工作站（示例）',
    township: TANGKOU, address: '济宁市任城区唐口街道示例路 8 号', hours: JINING_OPENING_HOURS, services: ['legal-consultation', 'mediation'], location: at(35.331, 116.49) },
  { ...base, id: 'sc-370811-01', kind: 'public-legal-service-center', level: 'township', bookable: true, name: '许庄街道公共法律服务工作站（示例）',
    township: XUZHUANG, address: '济宁市任城区许庄街道示例路 2 号', hours: JINING_OPENING_HOURS, services: ['legal-consultation'], location: at(35.44, 116.61) },
  ...['前王庄', '后李楼', '东孔集', '西马营'].map((village, i): ServicePoint => ({
    ...base, id: `va-00${i + 1}`, kind: 'village-legal-adviser', name: ['王明华', '李秀英', '孔德成', '马建国'][i]! + '（示例）',
    township: i < 2 ? TANGKOU : XUZHUANG, village: `${village}（示例）`, address: `${village}（示例）村委会`,
    duty: [{ weekday: (i % 5) + 1 as 1, part: i % 2 ? 'afternoon' : 'morning' }], services: ['legal-consultation', 'mediation'],
    affiliation: '山东信达示例律师事务所', wechatGroup: `${village}（示例）法律服务群`, location: at(35.32 + i * 0.03, 116.48 + i * 0.02, 500),
  })),
  { ...base, id: 'no-02', kind: 'notary-office', name: '任城区示例公证处', township: XUZHUANG, address: '济宁市任城区示例路 12 号',
    services: ['notarization'], notaryMatters: ['birth', 'will', 'inheritance'], foreignUse: true, location: at(35.415, 116.587) },
  { ...base, id: 'fa-01', kind: 'forensic-appraisal-body', name: '济宁示例司法鉴定所', township: XUZHUANG, address: '济宁市任城区示例路 50 号',
    services: ['forensic-appraisal'], appraisalCategories: ['forensic-medicine', 'physical-evidence'], location: at(35.418, 116.58) },
  { ...base, id: 'mc-370811018', kind: 'mediation-committee', name: '唐口街道人民调解委员会（示例）', township: TANGKOU,
    address: '唐口街道示例路 8 号 和为贵调解室', services: ['mediation'], location: at(35.332, 116.491) },
];

function finderFetch(mode: ApiMode): typeof fetch {
  return async (input) => {
    const { path } = apiRequest(input);
    if (mode === 'loading') return new Promise<Response>(() => {});
    if (mode === 'offline') throw new TypeError('Failed to fetch');
    if (mode === 'error') return problem(503, 'service-unavailable');
    if (path === 'regions') {
      return json({ items: [{ code: '370811', name: { 'zh-CN': '任城区', en: 'Rencheng District' }, kind: 'district', statisticalCode: true }] });
    }
    if (path === 'service-points') {
      const totalsByKind = Object.fromEntries(['public-legal-service-center', 'village-legal-adviser', 'notary-office', 'forensic-appraisal-body',
        'mediation-committee', 'legal-aid-center'].map((kind) => [kind, points.filter((p) => p.kind === kind).length]));
      return json({ items: points, total: points.length, totalsByKind, nextCursor: null });
    }
    return problem(404, 'not-found');
  };
}

/** A position near 唐口街道's station, given at once (the story's browser is never asked). */
const nearTangkou: PositionSource = {
  getCurrentPosition: (success) => success({ coords: { latitude: 35.335, longitude: 116.495, accuracy: 30 } } as GeolocationPosition),
};

// ---- driving the element, as a resident would ---------------------------------------

/** Steps: "<select>=<value>" (county, township, village), "kind=<kind>", "locate", "details=<id>". */
async function walk(element: HTMLElement, path: string[]): Promise<void> {
  const root = () => element.shadowRoot!;
  for (const step of path) {
    const [what, value = ''] = step.split('=');
    if (what === 'locate') (await shown(() => root().querySelector<HTMLElement>('[part~="location-button"]'))).click();
    else if (what === 'details') (await shown(() => root().querySelector<HTMLElement>(`[data-point="${value}"]`))).click();
    else if (what === 'kind') (await shown(() => root().querySelector<HTMLElement>(`input[name="kind"][value="${value}"]`))).click();
    else {
      const select = await shown(() => root().querySelector<HTMLSelectElement>(`select[name="${what}"]:not([disabled])`));
      select.value = value;
      select.dispatchEvent(new Event('change'));
    }
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

const meta: Meta<WidgetStoryArgs<ApiMode>> = {
  title: 'Find a service point/<pls-service-finder>',
  component: 'pls-service-finder',
  argTypes: widgetArgTypes(['normal', 'loading', 'offline', 'error'], ['', '370811']),
  args: { mode: 'normal', locale: 'zh-CN', senior: false, region: '370811', path: [] },
  render: (args) => html`<pls-service-finder api-base="/" locale=${args.locale} ?senior=${args.senior} region=${args.region} booking-page=""
    .fetch=${finderFetch(args.mode)} .positionSource=${nearTangkou}
    ${ref((element) => element && applyTokens(element as HTMLElement, args))}></pls-service-finder>`,
  play: async ({ canvasElement, args }) => {
    if (args.path.length > 0) await walk(canvasElement.querySelector('pls-service-finder')!, args.path);
  },
};
export default meta;

type Story = StoryObj<WidgetStoryArgs<ApiMode>>;

export const County: Story = {};
export const CountyEnglish = english(County);
export const CountySeniorMode = senior(County);
export const ChooseCounty: Story = { args: { region: '' } };
/** County, township, village: the village's own adviser first. */
export const VillageAdviser: Story = { args: { path: ['township=370811018', 'village=后李楼（示例）'] } };
export const VillageAdviserEnglish = english(VillageAdviser);
export const VillageAdviserSeniorMode = senior(VillageAdviser);
/** Nearest first, measured in the page from a position that is never sent. */
export const NearestFirst: Story = { args: { path: ['locate'] } };
export const NearestFirstEnglish = english(NearestFirst);
export const NearestFirstSeniorMode = senior(NearestFirst);
export const NotaryOffices: Story = { args: { path: ['kind=notary-office'] } };
export const CenterDetail: Story = { args: { path: ['details=sc-370811-14'] } };
export const CenterDetailSeniorMode = senior(CenterDetail);
export const AdviserDetail: Story = { args: { path: ['details=va-002'] } };
export const AdviserDetailEnglish = english(AdviserDetail);
export const Empty: Story = { args: { path: ['township=370811002', 'kind=legal-aid-center'] } };

// states
export const Loading: Story = { args: { mode: 'loading' } };
export const LoadingSeniorMode = senior(Loading);
export const Offline: Story = { args: { mode: 'offline' }, ...offline };
export const OfflineEnglish: Story = { args: { mode: 'offline', locale: 'en' }, ...offline };
export const ErrorWithRetry: Story = { args: { mode: 'error' } };
export const ErrorWithRetrySeniorMode = senior(ErrorWithRetry);
