import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/elements/src/dialog/define.js';
import '../packages/elements/src/lawyer-finder/define.js';
import { lawyerDirectoryFetch } from './lawyer-directory-fixture.js';

interface DialogArgs { locale: 'zh-CN' | 'en'; senior: boolean; label: string; open: boolean }

// The page's own button opens the dialog (data-pls-open): no script of the page's own.
const meta: Meta<DialogArgs> = {
  title: 'Set up a page/<pls-dialog>',
  component: 'pls-dialog',
  argTypes: {
    locale: { control: 'inline-radio', options: ['zh-CN', 'en'] },
    senior: { control: 'boolean' },
    label: { control: 'text' },
    open: { control: 'boolean' },
  },
  args: { locale: 'zh-CN', senior: false, label: '查找律师', open: false },
  // the page's own button, sized by the page (in senior mode as large as the widgets' own targets)
  render: (args) => html`<button type="button" data-pls-open="find-lawyer"
      style=${args.senior ? 'font-size: 18px; min-height: 60px; padding: 0 1em' : ''}>${args.label}</button>
    <pls-dialog id="find-lawyer" label=${args.label} locale=${args.locale} ?senior=${args.senior} ?open=${args.open}>
      <pls-lawyer-finder api-base="/" page-size="3" locale=${args.locale} ?senior=${args.senior}
        .fetch=${lawyerDirectoryFetch('normal')}></pls-lawyer-finder>
    </pls-dialog>`,
};
export default meta;

type Story = StoryObj<DialogArgs>;

/** The page's button (`data-pls-open="find-lawyer"`) opens the finder in a modal dialog; Escape or "关闭" gives focus back to the button. */
export const OpenedByAButton: Story = {};
/** Open from the start (the `open` attribute), as a page might after a hand-off. */
export const Open: Story = { args: { open: true } };
export const OpenEnglishSenior: Story = { args: { open: true, locale: 'en', senior: true, label: 'Find a lawyer' } };
