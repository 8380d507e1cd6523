import type { Meta, StoryObj } from '@storybook/web-components-vite';
import {
  callbackDays, DEFAULT_WORK_ORDER_DUE_DAYS, JINING_OPENING_HOURS, maskName, maskPhone, WORK_ORDER_PRIVACY_NOTICE, workOrderDueBy, workOrderPrivacyNotice,
} from '@plskit/core';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '../packages/elements/src/legal-question/define.js';
import type { PracticeArea, Region, ServiceCenter } from '../packages/elements/src/index.js';
import { apiRequest, CODE_MODES, json, phoneVerificationReply, problem, type CodeMode } from './in-browser-api.js';
import { codeStep, english, offline, senior, shown, widgetArgTypes, type WidgetStoryArgs } from './story-args.js';
import { applyTokens } from './story-tokens.js';

// ---- in-browser API --------------------------------------------------------------
// The time limits and due dates are core's (the same working-day code the
// sandbox runs) on a fixed day; the notice is core's; the rest is invented, in
// the sandbox's style.

type ApiMode = 'normal' | 'loading' | 'offline' | 'error' | 'assigned' | 'answered' | 'closed' | 'overdue' | 'notice-changed' | CodeMode;

const TODAY = '2026-09-01';
const REFERENCE = 'GD-7K3Q-9M2P';
const TOKEN = 'q8Vd0xS3kH2mYc7rT1aB9nF4eW6gJ5uL0pZ2sR8vXyQ';
const QUESTION = '公司已经三个月没有发工资了，我该怎么办？需要准备哪些材料去申请劳动仲裁？';

const topics: PracticeArea[] = [
  { code: 'labour', name: { 'zh-CN': '劳动争议', en: 'Labour disputes' } },
  { code: 'marriage-family', name: { 'zh-CN': '婚姻家庭', en: 'Marriage and family' } },
  { code: 'inheritance', name: { 'zh-CN': '继承', en: 'Inheritance' } },
  { code: 'traffic-accident', name: { 'zh-CN': '交通事故', en: 'Traffic accidents' } },
  { code: 'real-estate', name: { 'zh-CN': '房产纠纷', en: 'Property disputes' } },
  { code: 'debt', name: { 'zh-CN': '借贷纠纷', en: 'Loans and debts' } },
];
const regions: Region[] = [
  { code: '370800', name: { 'zh-CN': '济宁市', en: 'Jining' }, kind: 'city', parent: '370000' },
  { code: '370811', name: { 'zh-CN': '任城区', en: 'Rencheng District' }, kind: 'district', parent: '370800' },
  { code: '370812', name: { 'zh-CN': '兖州区', en: 'Yanzhou District' }, kind: 'district', parent: '370800' },
];
const center: ServiceCenter = {
  id: 'sc-370811', name: '任城区公共法律服务中心', level: 'county', region: '370811', address: '济宁市任城区示例路 1 号', phone: '0537-5550001',
  hours: JINING_OPENING_HOURS, services: ['legal-consultation'],
};

const timeLimits = {
  today: TODAY,
  question: { workingDays: DEFAULT_WORK_ORDER_DUE_DAYS.question, dueBy: workOrderDueBy({ kind: 'question' }, TODAY) },
  callback: { workingDays: DEFAULT_WORK_ORDER_DUE_DAYS.callback, days: callbackDays(TODAY) },
  provisional: false, unverified: true,
};

/** The question as its link shows it, at each point of its life. */
function workOrder(mode: ApiMode) {
  const at = (day: string, time: string) => `${day}T${time}:00+08:00`;
  const timeline: { kind: string; at: string; center?: string; resolution?: string }[] = [{ kind: 'received', at: at(TODAY, '09:00') }];
  const passed = ['assigned', 'answered', 'closed'].includes(mode);
  if (passed) timeline.push({ kind: 'assigned', at: at(TODAY, '10:20'), center: center.id });
  const answer = { text: '可先与单位协商；协商不成，可携带劳动合同、工资条或银行流水、考勤记录，向用人单位所在地的劳动人事争议仲裁委员会申请仲裁（《劳动争议调解仲裁法》第二十一条、第二十八条），仲裁不收费。也可到本中心免费咨询。', at: at('2026-09-02', '15:40') };
  if (mode === 'answered' || mode === 'closed') timeline.push({ kind: 'answered', at: answer.at });
  if (mode === 'closed') timeline.push({ kind: 'closed', at: at('2026-09-03', '09:10'), resolution: 'answered' });
  const status = mode === 'closed' ? 'closed' : mode === 'answered' ? 'answered' : passed ? 'assigned' : 'received';
  return {
    reference: REFERENCE, kind: 'question', channel: 'web', status, topic: 'labour', region: '370811', center: passed ? center.id : null,
    text: QUESTION, contact: { name: maskName('王小明'), phone: maskPhone('13800138000') },
    dueBy: mode === 'overdue' ? '2026-08-28' : timeLimits.question.dueBy, overdue: mode === 'overdue', timeline,
    ...(mode === 'answered' || mode === 'closed' ? { answer } : {}), ...(mode === 'closed' ? { resolution: 'answered' } : {}),
    privacyNotice: WORK_ORDER_PRIVACY_NOTICE.version, createdAt: at(TODAY, '09:00'),
  };
}

function questionFetch(mode: ApiMode): typeof fetch {
  return async (input, init) => {
    const { url, path } = apiRequest(input);
    const method = init?.method ?? 'GET';
    if (mode === 'loading' && path === 'practice-areas') return new Promise<Response>(() => {});
    if (mode === 'error' && path === 'practice-areas') return problem(503, 'service-unavailable');
    if (mode === 'offline' && method === 'POST') throw new TypeError('Failed to fetch');
    if (path === 'practice-areas') return json({ items: topics });
    if (path === 'regions') return json({ items: regions });
    if (path === 'service-centers') return json({ items: url.searchParams.get('region') === '370811' ? [center] : [], total: 1, nextCursor: null });
    if (path === 'work-orders/time-limits') return json(timeLimits);
    if (path === 'privacy-notices/work-orders') return json(CODE_MODES.includes(mode) ? workOrderPrivacyNotice(undefined, { phoneVerification: true }) : WORK_ORDER_PRIVACY_NOTICE);
    const code = phoneVerificationReply(mode, path, 'work-order');
    if (code) return code;
    if (path === 'work-orders' && method === 'POST') {
      if (mode === 'notice-changed') return problem(409, 'privacy-notice-outdated');
      if (mode === 'code-refused') return problem(403, 'phone-verification-invalid');
      const asked = JSON.parse(String(init?.body)) as { kind: string; callbackWindow?: { date: string } };
      return json({ ...workOrder('normal'), text: undefined, kind: asked.kind, callbackWindow: asked.callbackWindow,
        dueBy: asked.callbackWindow?.date ?? timeLimits.question.dueBy, manageToken: TOKEN }, 201);
    }
    if (path === `work-orders/${REFERENCE}`) return json(workOrder(mode));
    return problem(404, 'not-found');
  };
}

// ---- driving the element to a step, as a resident would ----------------------------

/** Steps: "topic=<code>", "continue", "question=<text>", "kind=<question|callback>", "day", "part=<morning|afternoon>", "contact", "send-code", "code=<digits>", "confirm-code", "send", "follow". */
async function walk(element: HTMLElement & { follow(reference: string, token: string): void }, path: string[]): Promise<void> {
  const root = () => element.shadowRoot!;
  const find = <T extends HTMLElement = HTMLElement>(selector: string) => shown(() => root().querySelector<T>(selector));
  const type = async (selector: string, value: string) => {
    const field = await find<HTMLInputElement>(selector);
    field.value = value;
    field.dispatchEvent(new Event('input'));
  };
  for (const step of path) {
    const [name, value = ''] = step.split('=');
    if (name === 'topic') (await find(`#t-${value}`)).click();
    else if (name === 'continue') (await find('[part~="continue-button"]')).click();
    else if (name === 'question') await type('#question', value);
    else if (name === 'kind') (await find(`#kind-list-${value}`)).click();
    else if (name === 'day') (await find('#day-list input')).click();
    else if (name === 'part') (await find(`#part-list-${value}`)).click();
    else if (name === 'send') (await find('[part~="send-button"]')).click();
    else if (name === 'follow') element.follow(REFERENCE, TOKEN);
    else if (name === 'contact') {
      await type('#name', '王小明');
      await type('#phone', '13800138000');
      (await find('#consent')).click();
    } else await codeStep(find, name, value);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

interface QuestionArgs extends WidgetStoryArgs<ApiMode> {
  topic: string;
}

const meta: Meta<QuestionArgs> = {
  title: 'Ask a legal question/<pls-legal-question>',
  component: 'pls-legal-question',
  argTypes: widgetArgTypes(['normal', 'loading', 'offline', 'error', 'assigned', 'answered', 'closed', 'overdue', 'notice-changed', ...CODE_MODES], ['', '370811', '370812'], {
    topic: { control: 'select', options: ['', ...topics.map((t) => t.code)] },
  }),
  args: { mode: 'normal', locale: 'zh-CN', senior: false, region: '370811', topic: '', path: [] },
  render: (args) => html`<pls-legal-question api-base="/" locale=${args.locale} ?senior=${args.senior} region=${args.region}
    topic=${args.topic} .fetch=${questionFetch(args.mode)}
    ${ref((element) => element && applyTokens(element as HTMLElement, args))}></pls-legal-question>`,
  play: async ({ canvasElement, args }) => {
    if (args.path.length > 0) await walk(canvasElement.querySelector('pls-legal-question')!, args.path);
  },
};
export default meta;

type Story = StoryObj<QuestionArgs>;

const QUESTION_STEP = ['topic=labour', 'continue'];
const ANSWER = [...QUESTION_STEP, `question=${QUESTION}`, 'continue'];
const CONTACT = [...ANSWER, 'kind=question', 'continue'];
const CHECK = [...CONTACT, 'contact', 'continue'];
const CALLBACK_CHECK = [...ANSWER, 'kind=callback', 'day', 'part=morning', 'continue', 'contact', 'continue'];

export const Topic: Story = {};
export const TopicEnglish = english(Topic);
export const TopicSeniorMode = senior(Topic);
/** Opened from another widget's "ask a question about this", or with the host's `topic`. */
export const TopicSet: Story = { args: { topic: 'inheritance' } };
export const TopicErrors: Story = { args: { region: '', path: ['continue'] } };
export const TopicErrorsEnglish = english(TopicErrors);
export const TopicLoading: Story = { args: { mode: 'loading' } };
export const TopicError: Story = { args: { mode: 'error' } };
export const TopicErrorEnglish = english(TopicError);
export const Question: Story = { args: { path: QUESTION_STEP } };
export const QuestionEnglish = english(Question);
export const QuestionSeniorMode = senior(Question);
/** An ID number in the question: refused where it is written, before anything is sent. */
export const QuestionWithIdNumber: Story = { args: { path: [...QUESTION_STEP, 'question=我的身份证号是11010519491231002X，工资被拖欠', 'continue'] } };
export const QuestionWithIdNumberEnglish = english(QuestionWithIdNumber);
/** Over 1,000 characters: the count says how many too many. */
export const QuestionTooLong: Story = { args: { path: [...QUESTION_STEP, `question=${'问'.repeat(1012)}`, 'continue'] } };
export const QuestionTooLongEnglish = english(QuestionTooLong);
export const Answer: Story = { args: { path: ANSWER } };
export const AnswerEnglish = english(Answer);
export const AnswerSeniorMode = senior(Answer);
/** A call back: the working days the time limit offers (weekends and holidays skipped), morning or afternoon. */
export const AnswerCallback: Story = { args: { path: [...ANSWER, 'kind=callback'] } };
export const AnswerCallbackEnglish = english(AnswerCallback);
export const AnswerCallbackSeniorMode = senior(AnswerCallback);
export const Contact: Story = { args: { path: CONTACT } };
export const ContactEnglish = english(Contact);
export const ContactSeniorMode = senior(Contact);
export const ContactErrors: Story = { args: { path: [...CONTACT, 'continue'] } };
export const ContactErrorsEnglish = english(ContactErrors);
export const Check: Story = { args: { path: CHECK } };
export const CheckEnglish = english(Check);
export const CheckSeniorMode = senior(Check);
export const CheckCallback: Story = { args: { path: CALLBACK_CHECK } };
export const CheckCallbackEnglish = english(CheckCallback);
/** The notice changed while the resident wrote: back to it, to agree again. */
export const NoticeChanged: Story = { args: { mode: 'notice-changed', path: [...CHECK, 'send'] } };
export const NoticeChangedEnglish = english(NoticeChanged);
/** The connection dropped on "send": everything typed is kept; it is sent when back online, never twice. */
export const Offline: Story = { args: { mode: 'offline', path: [...CHECK, 'send'] }, ...offline };
export const OfflineEnglish = english(Offline);
export const Done: Story = { args: { path: [...CHECK, 'send'] } };
export const DoneEnglish = english(Done);
export const DoneSeniorMode = senior(Done);
export const DoneCallback: Story = { args: { path: [...CALLBACK_CHECK, 'send'] } };
export const DoneCallbackEnglish = english(DoneCallback);
export const Received: Story = { args: { region: '', path: ['follow'] } };
export const ReceivedEnglish = english(Received);
export const ReceivedSeniorMode = senior(Received);
export const PassedToCenter: Story = { args: { mode: 'assigned', region: '', path: ['follow'] } };
export const PassedToCenterEnglish = english(PassedToCenter);
export const Answered: Story = { args: { mode: 'answered', region: '', path: ['follow'] } };
export const AnsweredEnglish = english(Answered);
export const AnsweredSeniorMode = senior(Answered);
export const Closed: Story = { args: { mode: 'closed', region: '', path: ['follow'] } };
export const ClosedEnglish = english(Closed);
export const Overdue: Story = { args: { mode: 'overdue', region: '', path: ['follow'] } };
export const OverdueEnglish = english(Overdue);
/** Where the operator confirms numbers (the work-order notice has phoneVerification): the masked number and "text me the code". */
export const Code: Story = { args: { mode: 'code', path: CHECK } };
export const CodeEnglish = english(Code);
export const CodeSeniorMode = senior(Code);
export const CodeSent: Story = { args: { mode: 'code', path: [...CHECK, 'send-code'] } };
export const CodeSentEnglish = english(CodeSent);
export const CodeSentSeniorMode = senior(CodeSent);
export const CodeWrong: Story = { args: { mode: 'code-wrong', path: [...CHECK, 'send-code', 'code=046184', 'confirm-code'] } };
export const CodeWrongEnglish = english(CodeWrong);
export const TooManyCodes: Story = { args: { mode: 'too-many-codes', path: [...CHECK, 'send-code'] } };
export const TooManyCodesEnglish = english(TooManyCodes);
/** Sending found the confirmation expired: back on the code step, everything typed kept. */
export const CodeRefusedAtSending: Story = { args: { mode: 'code-refused', path: [...CHECK, 'send-code', 'code=046183', 'confirm-code', 'send'] } };
export const CodeRefusedAtSendingEnglish = english(CodeRefusedAtSending);
