import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { evaluateEligibility, JINING_LEGAL_AID_RULESET, JINING_OPENING_HOURS, type EligibilityInput } from '@plskit/core';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '../packages/elements/src/provider/define.js';
import '../packages/elements/src/lawyer-finder/define.js';
import '../packages/elements/src/aid-eligibility/define.js';
import type { Region, ServiceCenter } from '../packages/elements/src/index.js';
import { apiRequest, json, problem } from './in-browser-api.js';
import { english, offline, senior, shown, widgetArgTypes, type WidgetStoryArgs } from './story-args.js';
import { applyTokens } from './story-tokens.js';

// ---- in-browser API --------------------------------------------------------------
// The rules are core's Jining ruleset and the "server" check is core's evaluator: the
// same code and data the sandbox serves. Centers are invented, in the sandbox's style.

type ApiMode = 'normal' | 'loading' | 'offline' | 'not-covered';

const regions: Region[] = [
  { code: '370811', name: { 'zh-CN': '任城区', en: 'Rencheng District' }, kind: 'district', parent: '370800' },
  { code: '370812', name: { 'zh-CN': '兖州区', en: 'Yanzhou District' }, kind: 'district', parent: '370800' },
  { code: '370881', name: { 'zh-CN': '曲阜市', en: 'Qufu' }, kind: 'county-level-city', parent: '370800' },
];

const hours = JINING_OPENING_HOURS;

const centers: ServiceCenter[] = [
  { id: 'sc-370811', name: '任城区公共法律服务中心', level: 'county', region: '370811', address: '济宁市任城区示例路 1 号', phone: '0537-5550001',
    hours, services: ['legal-consultation', 'legal-aid-application', 'mediation'] },
  ...[1, 2, 3].map((n): ServiceCenter => ({ id: `sc-370811-0${n}`, name: `任城区示例${n}号镇街公共法律服务工作站`, level: 'township', region: '370811',
    address: `济宁市任城区样板街 ${n * 10} 号`, phone: `0537-555010${n}`, hours, services: ['legal-consultation', 'legal-aid-application'] })),
];

function legalAidFetch(mode: ApiMode): typeof fetch {
  return async (input, init) => {
    const { url, path } = apiRequest(input);
    if (mode === 'loading' && path === 'legal-aid/rules') return new Promise<Response>(() => {});
    if (mode === 'offline' && path !== 'legal-aid/rules' && path !== 'regions') throw new TypeError('Failed to fetch');
    switch (path) {
      case 'regions': return json({ items: regions });
      case 'legal-aid/rules':
        return mode === 'not-covered' ? problem(404, 'not-found') : json(JINING_LEGAL_AID_RULESET);
      case 'legal-aid/eligibility-checks':
        return json(evaluateEligibility(JINING_LEGAL_AID_RULESET, JSON.parse(String(init?.body)) as EligibilityInput));
      case 'service-centers': return json({ items: centers.filter((c) => c.region === url.searchParams.get('region')), total: 4, nextCursor: null });
      default: return problem(404, 'not-found');
    }
  };
}

// ---- driving the element to a step, as a resident would ----------------------------

/** Steps: "start", "<question>=<code>[,<code>]", "household=<size>/<income>", "household=skip", "continue", "result". */
async function walk(element: HTMLElement, path: string[]): Promise<void> {
  const root = () => element.shadowRoot!;
  const click = async (part: string) => (await shown(() => root().querySelector<HTMLElement>(`[part~="${part}"]`))).click();
  for (const step of path) {
    if (step === 'start') await click('start-button');
    else if (step === 'continue') await click('continue-button');
    else if (step === 'result') await click('see-result-button');
    else {
      const [question, value = ''] = step.split('=');
      const form = await shown(() => root().querySelector<HTMLFormElement>(`form[data-question="${question}"]`));
      if (question === 'region') form.querySelector('select')!.value = value;
      else if (question === 'household' && value === 'skip') { await click('skip-button'); continue; }
      else if (question === 'household') {
        const [size, income] = value.split('/');
        form.querySelector<HTMLInputElement>('#household-size')!.value = size!;
        form.querySelector<HTMLInputElement>('#household-income')!.value = income!;
      } else for (const code of value.split(',')) form.querySelector<HTMLInputElement>(`input[value="${code}"]`)!.click();
      await click('continue-button');
    }
  }
}

const meta: Meta<WidgetStoryArgs<ApiMode>> = {
  title: 'Check legal aid/<pls-aid-eligibility>',
  component: 'pls-aid-eligibility',
  argTypes: widgetArgTypes(['normal', 'loading', 'offline', 'not-covered'], ['', '370811', '370812']),
  args: { mode: 'normal', locale: 'zh-CN', senior: false, region: '370811', path: [] },
  render: (args) => html`<pls-aid-eligibility api-base="/" locale=${args.locale} ?senior=${args.senior} region=${args.region}
    .fetch=${legalAidFetch(args.mode)}
    ${ref((element) => element && applyTokens(element as HTMLElement, args))}></pls-aid-eligibility>`,
  play: async ({ canvasElement, args }) => {
    if (args.path.length > 0) await walk(canvasElement.querySelector('pls-aid-eligibility')!, args.path);
  },
};
export default meta;

type Story = StoryObj<WidgetStoryArgs<ApiMode>>;

const CIVIL = ['start', 'proceeding=civil', 'circumstances=none'];

// steps
export const Start: Story = {};
export const StartEnglish = english(Start);
export const StartSeniorMode = senior(Start);
/** Without a region from the page or provider, the region is the first question. */
export const RegionQuestion: Story = { args: { region: '', path: ['start'] } };
export const RegionQuestionEnglish = english(RegionQuestion);
export const Proceeding: Story = { args: { path: ['start'] } };
export const ProceedingEnglish = english(Proceeding);
export const ProceedingSeniorMode = senior(Proceeding);
export const ProceedingError: Story = { args: { path: ['start', 'continue'] } };
export const ProceedingErrorEnglish = english(ProceedingError);
export const CriminalRole: Story = { args: { path: ['start', 'proceeding=criminal'] } };
export const CriminalRoleEnglish = english(CriminalRole);
export const Circumstances: Story = { args: { path: ['start', 'proceeding=civil'] } };
export const CircumstancesEnglish = english(Circumstances);
export const CircumstancesSeniorModeEnglish = senior(CircumstancesEnglish);
export const Matter: Story = { args: { path: CIVIL } };
export const MatterEnglish = english(Matter);
export const Household: Story = { args: { path: [...CIVIL, 'matter=support-payments'] } };
export const HouseholdEnglish = english(Household);
export const HouseholdErrors: Story = { args: { path: [...CIVIL, 'matter=support-payments', 'household=0/lots'] } };
export const HouseholdErrorsEnglish = english(HouseholdErrors);
export const Commitment: Story = { args: { path: [...CIVIL, 'matter=support-payments', 'household=skip'] } };
export const CommitmentEnglish = english(Commitment);
export const CheckYourAnswers: Story = { args: { path: [...CIVIL, 'matter=support-payments', 'household=3/4500'] } };
export const CheckYourAnswersEnglish = english(CheckYourAnswers);
export const LoadingRules: Story = { args: { mode: 'loading', path: ['start'] } };
export const LoadingRulesEnglish = english(LoadingRules);

// outcomes
export const AssignedByAuthority: Story = { args: { path: ['start', 'proceeding=criminal', 'criminalRole=suspect-or-defendant', 'circumstances=minor', 'result'] } };
export const AssignedByAuthorityEnglish = english(AssignedByAuthority);
export const EligibleMeansTestPassed: Story = { args: { path: [...CIVIL, 'matter=support-payments', 'household=3/4500', 'result'] } };
export const EligibleMeansTestPassedEnglish = english(EligibleMeansTestPassed);
export const EligibleMeansTestPassedSeniorMode = senior(EligibleMeansTestPassed);
export const EligibleWithoutMeansTest: Story = { args: { path: ['start', 'proceeding=civil', 'circumstances=acting-bravely', 'result'] } };
export const EligibleWithoutMeansTestEnglish = english(EligibleWithoutMeansTest);
export const EligibleVerificationWaived: Story = {
  args: { path: ['start', 'proceeding=civil', 'circumstances=migrant-worker-wages-or-injury', 'matter=wages', 'result'] },
};
export const EligibleVerificationWaivedEnglish = english(EligibleVerificationWaived);
/** A migrant worker's traffic-accident claim: Art 42(3) waives the means check for wages and work injury only. */
export const MigrantWorkerTrafficAccident: Story = {
  args: { path: ['start', 'proceeding=civil', 'circumstances=migrant-worker-wages-or-injury', 'matter=traffic-accident', 'household=3/4500', 'result'] },
};
export const MigrantWorkerTrafficAccidentEnglish = english(MigrantWorkerTrafficAccident);
export const EligibleSubjectToVerification: Story = { args: { path: [...CIVIL, 'matter=other', 'household=skip', 'commitment=yes', 'result'] } };
export const EligibleSubjectToVerificationEnglish = english(EligibleSubjectToVerification);
export const Ineligible: Story = { args: { path: [...CIVIL, 'matter=support-payments', 'household=3/9000', 'result'] } };
export const IneligibleEnglish = english(Ineligible);
export const IneligibleSeniorModeEnglish = senior(IneligibleEnglish);
export const NeedsMoreInformation: Story = { args: { path: [...CIVIL, 'matter=traffic-accident', 'household=skip', 'commitment=no', 'result'] } };
export const NeedsMoreInformationEnglish = english(NeedsMoreInformation);
export const RegionNotCovered: Story = { args: { mode: 'not-covered', region: '370812', path: ['start'] } };
export const RegionNotCoveredEnglish = english(RegionNotCovered);
/** Offline after the rules loaded: the browser's own answer, marked unconfirmed; the centers cannot load. */
export const OfflineUnconfirmed: Story = {
  args: { mode: 'offline', path: [...CIVIL, 'matter=support-payments', 'household=3/4500', 'result'] },
  ...offline,
};
export const OfflineUnconfirmedEnglish = english(OfflineUnconfirmed);

/** A site's own brand through the tokens (CSSOM, no style attribute). */
export const Themed: Story = {
  args: { path: [...CIVIL, 'matter=support-payments', 'household=3/4500', 'result'], '--pls-color-primary': '#8a1c1c', '--pls-radius': '0px' },
};
