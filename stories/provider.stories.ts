import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/elements/src/provider/define.js';
import '../packages/elements/src/lawyer-finder/define.js';
import '../packages/elements/src/aid-eligibility/define.js';
import { lawyerDirectoryFetch } from './lawyer-directory-fixture.js';

interface ProviderArgs { locale: 'zh-CN' | 'en'; senior: boolean; region: string }

const meta: Meta<ProviderArgs> = {
  title: 'Set up a page/<pls-provider>',
  component: 'pls-provider',
  argTypes: {
    locale: { control: 'inline-radio', options: ['zh-CN', 'en'] },
    senior: { control: 'boolean' },
    region: { control: 'select', options: ['', '370811', '370881'] },
  },
  args: { locale: 'zh-CN', senior: false, region: '' },
  render: (args) => html`<pls-provider api-base="/" locale=${args.locale} ?senior=${args.senior} region=${args.region}
      .fetch=${lawyerDirectoryFetch('normal')}>
    <pls-lawyer-finder page-size="3"></pls-lawyer-finder>
  </pls-provider>`,
};
export default meta;

type Story = StoryObj<ProviderArgs>;

/** One provider configures the elements inside it: locale, region, senior mode and the API client. */
export const SharedConfiguration: Story = {};
export const SharedConfigurationEnglishSenior: Story = { args: { locale: 'en', senior: true } };
export const DefaultRegion: Story = { args: { region: '370881' } };
