import type { Meta, StoryObj } from '@storybook/web-components-vite';
import {
  ChecklistAnswerError, JINING_OPENING_HOURS, NOTARY_CATALOGUE, notaryMatterDetail, notaryMatterList, resolveChecklist, type ChecklistAnswers,
} from '@plskit/core';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ref } from 'lit/directives/ref.js';
import '../packages/elements/src/notary-checklist/define.js';
import type { ServiceCenter } from '../packages/elements/src/index.js';
import { apiRequest, json, problem } from './in-browser-api.js';
import { english, offline, senior, shown, widgetArgTypes, type WidgetStoryArgs } from './story-args.js';
import { applyTokens } from './story-tokens.js';

// ---- in-browser API --------------------------------------------------------------
// The catalogue, the matter views and the checklist are core's: the same code and data
// the sandbox serves. The center is invented, in the sandbox's style.

type ApiMode = 'normal' | 'loading' | 'offline' | 'error';

const centers: ServiceCenter[] = [
  { id: 'sc-370811', name: '任城区公共法律服务中心', level: 'county', region: '370811', address: '济宁市任城区示例路 1 号', phone: '0537-5550001',
    hours: JINING_OPENING_HOURS, services: ['legal-consultation', 'notarization', 'mediation'] },
];

function notaryFetch(mode: ApiMode): typeof fetch {
  return async (input, init) => {
    const { url, path } = apiRequest(input);
    if (mode === 'loading') return new Promise<Response>(() => {});
    if (mode === 'offline') throw new TypeError('Failed to fetch');
    if (mode === 'error') return problem(503, 'service-unavailable');
    if (path === 'notary/matters') return json(notaryMatterList(NOTARY_CATALOGUE));
    if (path.startsWith('notary/matters/')) {
      const matter = notaryMatterDetail(NOTARY_CATALOGUE, decodeURIComponent(path.slice('notary/matters/'.length)));
      return matter ? json(matter) : problem(404, 'not-found');
    }
    if (path === 'notary/checklists') {
      const { matter, answers } = JSON.parse(String(init?.body)) as { matter: string; answers: ChecklistAnswers };
      try {
        return json(resolveChecklist(NOTARY_CATALOGUE, matter, answers));
      } catch (error) {
        if (error instanceof ChecklistAnswerError) return problem(400, 'validation-failed');
        throw error;
      }
    }
    if (path === 'service-centers') return json({ items: centers.filter((c) => c.region === url.searchParams.get('region')), total: 1, nextCursor: null });
    return problem(404, 'not-found');
  };
}

// ---- driving the element to a step, as a resident would ----------------------------

/** Steps: "search=<words>", "choose=<matter>", "<question>=true|false", "country=<ISO>", "continue". */
async function walk(element: HTMLElement, path: string[]): Promise<void> {
  const root = () => element.shadowRoot!;
  for (const step of path) {
    const [what, value = ''] = step.split('=');
    if (what === 'continue') (await shown(() => root().querySelector<HTMLElement>('[part~="continue-button"]'))).click();
    else if (what === 'search') {
      const field = await shown(() => root().querySelector<HTMLInputElement>('[part~="search"]'));
      field.value = value;
      field.dispatchEvent(new Event('input'));
    } else if (what === 'choose') (await shown(() => root().querySelector<HTMLElement>(`[data-matter="${value}"]`))).click();
    else if (what === 'country') {
      const select = await shown(() => root().querySelector<HTMLSelectElement>('select'));
      select.value = value;
      select.dispatchEvent(new Event('change'));
    } else (await shown(() => root().querySelector<HTMLInputElement>(`input[name="${what}"][value="${value}"]`))).click();
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

interface ChecklistArgs extends WidgetStoryArgs<ApiMode> {
  matter: string;
}

const meta: Meta<ChecklistArgs> = {
  title: 'Get a notary checklist/<pls-notary-checklist>',
  component: 'pls-notary-checklist',
  argTypes: widgetArgTypes(['normal', 'loading', 'offline', 'error'], ['', '370811'], {
    matter: { control: 'text', description: 'Preselected matter code' },
  }),
  args: { mode: 'normal', locale: 'zh-CN', senior: false, region: '370811', matter: '', path: [] },
  render: (args) => html`<pls-notary-checklist api-base="/" locale=${args.locale} ?senior=${args.senior} region=${args.region}
    matter=${ifDefined(args.matter || undefined)} .fetch=${notaryFetch(args.mode)}
    ${ref((element) => element && applyTokens(element as HTMLElement, args))}></pls-notary-checklist>`,
  play: async ({ canvasElement, args }) => {
    if (args.path.length > 0) await walk(canvasElement.querySelector('pls-notary-checklist')!, args.path);
  },
};
export default meta;

type Story = StoryObj<ChecklistArgs>;

// finding the matter
export const FindMatter: Story = {};
export const FindMatterEnglish = english(FindMatter);
export const FindMatterSeniorMode = senior(FindMatter);
export const SearchHouse: Story = { args: { path: ['search=房子'] } };
export const SearchAbroadEnglish: Story = { args: { locale: 'en', path: ['search=abroad'] } };
export const UnknownMatter: Story = { args: { matter: 'space-travel' } };
export const UnknownMatterEnglish = english(UnknownMatter);
export const UnknownMatterSeniorMode = senior(UnknownMatter);

// the questions
export const Questions: Story = { args: { matter: 'power-of-attorney-property' } };
export const QuestionsEnglish = english(Questions);
export const QuestionsSeniorMode = senior(Questions);
export const QuestionsUnanswered: Story = { args: { matter: 'degree', path: ['continue'] } };
export const QuestionsUnansweredEnglish = english(QuestionsUnanswered);

// the four cases of the issue, and the refusal
const WILL = ['applicantIsAgent=false', 'realEstate=true', 'useAbroad=false', 'continue'];
export const WillInPerson: Story = { args: { matter: 'will', path: WILL } };
export const WillInPersonEnglish = english(WillInPerson);
export const WillInPersonSeniorMode: Story = { args: { matter: 'will', senior: true, path: WILL.flatMap((step) => (step === 'continue' ? [] : [step, 'continue'])) } };
const POWER_GERMANY = ['applicantIsAgent=false', 'minorInvolved=false', 'married=true', 'realEstate=true', 'useAbroad=true', 'country=DE', 'continue'];
export const PowerOfAttorneyGermany: Story = { args: { matter: 'power-of-attorney-property', path: POWER_GERMANY } };
export const PowerOfAttorneyGermanyEnglish = english(PowerOfAttorneyGermany);
const RECORD_VIETNAM = ['applicantIsAgent=false', 'useAbroad=true', 'country=VN', 'continue'];
export const NoCriminalRecordVietnam: Story = { args: { matter: 'no-criminal-record', path: RECORD_VIETNAM } };
export const NoCriminalRecordVietnamEnglish = english(NoCriminalRecordVietnam);
const INHERITANCE_AGENT = ['applicantIsAgent=true', 'minorInvolved=false', 'married=true', 'realEstate=true', 'useAbroad=false', 'continue'];
export const InheritanceThroughAgent: Story = { args: { matter: 'inheritance', path: INHERITANCE_AGENT } };
export const InheritanceThroughAgentEnglish = english(InheritanceThroughAgent);
const GIFT_AGENT = ['applicantIsAgent=true', 'minorInvolved=false', 'married=true', 'realEstate=true', 'useAbroad=false', 'continue'];
/** A gift through an agent: refused (Notary Procedure Rules Art 11), with what to do instead. */
export const RefusedGiftThroughAgent: Story = { args: { matter: 'gift', path: GIFT_AGENT } };
export const RefusedGiftThroughAgentEnglish = english(RefusedGiftThroughAgent);
export const RefusedGiftThroughAgentSeniorMode: Story = { args: { matter: 'gift', senior: true, path: GIFT_AGENT.flatMap((step) => (step === 'continue' ? [] : [step, 'continue'])) } };
export const RefusedWillThroughAgentEnglish: Story = { args: { locale: 'en', matter: 'will', path: ['applicantIsAgent=true', 'realEstate=false', 'useAbroad=false', 'continue'] } };

// states
export const Loading: Story = { args: { mode: 'loading' } };
export const LoadingEnglish = english(Loading);
export const LoadingSeniorMode = senior(Loading);
export const Offline: Story = { args: { mode: 'offline' }, ...offline };
export const OfflineEnglish: Story = { args: { mode: 'offline', locale: 'en' }, ...offline };
export const OfflineSeniorMode: Story = { args: { mode: 'offline', senior: true }, ...offline };
export const ErrorWithRetry: Story = { args: { mode: 'error' } };
export const ErrorWithRetryEnglish = english(ErrorWithRetry);
export const ErrorWithRetrySeniorMode = senior(ErrorWithRetry);

/** A site's own brand through the tokens (CSSOM, no style attribute). */
export const Themed: Story = { args: { matter: 'birth', path: ['applicantIsAgent=false', 'minorInvolved=false', 'useAbroad=false', 'continue'], '--pls-color-primary': '#8a1c1c' } };
