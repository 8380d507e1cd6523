import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '../packages/elements/src/provider/define.js';
import '../packages/elements/src/lawyer-finder/define.js';
import '../packages/elements/src/aid-eligibility/define.js';
import { lawyerDirectoryFetch, type DirectoryMode } from './lawyer-directory-fixture.js';
import { offline, shown } from './story-args.js';
import { applyTokens, tokenArgTypes } from './story-tokens.js';

interface FinderArgs {
  mode: DirectoryMode;
  locale: 'zh-CN' | 'en';
  senior: boolean;
  pageSize: number;
  region: string;
  practiceArea: string;
  category: string;
  [token: string]: unknown;
}

const meta: Meta<FinderArgs> = {
  title: 'Find a lawyer/<pls-lawyer-finder>',
  component: 'pls-lawyer-finder',
  argTypes: {
    mode: { control: 'select', options: ['normal', 'loading', 'empty', 'error', 'offline'], description: 'State of the in-browser API fixture' },
    locale: { control: 'inline-radio', options: ['zh-CN', 'en'] },
    senior: { control: 'boolean' },
    pageSize: { control: { type: 'number', min: 1, max: 50 } },
    region: { control: 'select', options: ['', '370811', '370812', '370881'] },
    practiceArea: { control: 'select', options: ['', 'labour', 'marriage-family', 'criminal-defence'] },
    category: { control: 'select', options: ['', 'full-time', 'legal-aid'] },
    ...tokenArgTypes,
  },
  args: { mode: 'normal', locale: 'zh-CN', senior: false, pageSize: 5, region: '', practiceArea: '', category: '' },
  render: (args) => html`<pls-lawyer-finder api-base="/" locale=${args.locale} ?senior=${args.senior}
    page-size=${args.pageSize} region=${args.region} practice-area=${args.practiceArea} category=${args.category}
    .fetch=${lawyerDirectoryFetch(args.mode)}
    ${ref((element) => element && applyTokens(element as HTMLElement, args))}></pls-lawyer-finder>`,
};
export default meta;

type Story = StoryObj<FinderArgs>;

/** Cards with the total; the first names are the dataset's hostile strings, shown as text. */
export const Results: Story = {};
export const ResultsEnglish: Story = { args: { locale: 'en' } };
export const SeniorMode: Story = { args: { senior: true } };
export const SeniorModeEnglish: Story = { args: { senior: true, locale: 'en' } };
export const Loading: Story = { args: { mode: 'loading' } };
export const LoadingEnglish: Story = { args: { mode: 'loading', locale: 'en' } };
export const Empty: Story = { args: { mode: 'empty' } };
export const EmptyEnglish: Story = { args: { mode: 'empty', locale: 'en' } };
export const Error: Story = { args: { mode: 'error' } };
export const ErrorEnglish: Story = { args: { mode: 'error', locale: 'en' } };
export const ErrorSeniorMode: Story = { args: { mode: 'error', senior: true } };

/** The network is gone: the browser reports itself offline and the request fails. */
export const Offline: Story = {
  args: { mode: 'offline' },
  ...offline,
};
export const OfflineEnglish: Story = { ...Offline, args: { mode: 'offline', locale: 'en' } };

/** Preset filters from attributes, as a county site would embed it. */
export const PresetFilters: Story = { args: { region: '370811', category: 'full-time' } };

/** The detail view with the firm (opened by the story, as a resident would). */
export const Detail: Story = {
  play: async ({ canvasElement }) => {
    const finder = canvasElement.querySelector('pls-lawyer-finder')!;
    (await shown(() => finder.shadowRoot?.querySelector<HTMLButtonElement>('[part~="details-button"]'))).click();
  },
};
export const DetailSeniorModeEnglish: Story = { ...Detail, args: { senior: true, locale: 'en' } };

/** A site's own brand through the tokens (CSSOM, no style attribute). */
export const Themed: Story = {
  args: { '--pls-color-primary': '#8a1c1c', '--pls-radius': '0px', '--pls-font-family': 'serif', '--pls-color-surface': '#fbf5ec' },
};
