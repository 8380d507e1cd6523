import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { callbackDays, DEFAULT_WORK_ORDER_DUE_DAYS, JINING_OPENING_HOURS, maskName, maskPhone, WORK_ORDER_PRIVACY_NOTICE } from '@plskit/core';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '../packages/elements/src/staff-desk/define.js';
import { apiRequest, json, problem } from './in-browser-api.js';
import { english, senior, shown, widgetArgTypes, type WidgetStoryArgs } from './story-args.js';
import { applyTokens } from './story-tokens.js';

// ---- in-browser API --------------------------------------------------------------
// The work-order side of the staff API as the sandbox answers it, on an
// invented day: a hotline operator (or a center's staff) and a small queue,
// names and phones made up. The notice and the call-back days are core's.

type ApiMode = 'hotline' | 'center' | 'empty' | 'loading' | 'expired' | 'refuse' | 'offline';

const TODAY = '2026-09-01';
const CENTERS = [
  { id: 'sc-370811', name: '任城区公共法律服务中心', level: 'county', region: '370811', address: '济宁市任城区示例路 1 号', phone: '0537-5550001',
    hours: JINING_OPENING_HOURS, services: ['legal-consultation', 'mediation'] },
  { id: 'sc-370812', name: '兖州区公共法律服务中心', level: 'county', region: '370812', address: '济宁市兖州区示例路 2 号', phone: '0537-5550003',
    hours: JINING_OPENING_HOURS, services: ['legal-consultation', 'mediation'] },
];
const TOPICS = [
  { code: 'labour', name: { 'zh-CN': '劳动争议', en: 'Labour disputes' } },
  { code: 'marriage-family', name: { 'zh-CN': '婚姻家庭', en: 'Marriage and family' } },
  { code: 'consumer', name: { 'zh-CN': '消费维权', en: 'Consumer rights' } },
];
const REGIONS = [
  { code: '370811', name: { 'zh-CN': '任城区', en: 'Rencheng District' }, kind: 'district', parent: '370800' },
  { code: '370812', name: { 'zh-CN': '兖州区', en: 'Yanzhou District' }, kind: 'district', parent: '370800' },
];
const TIME_LIMITS = {
  today: TODAY, question: { workingDays: DEFAULT_WORK_ORDER_DUE_DAYS.question, dueBy: '2026-09-08' },
  callback: { workingDays: DEFAULT_WORK_ORDER_DUE_DAYS.callback, days: callbackDays(TODAY) }, provisional: false, unverified: true,
};
const grant = (permission: string, centers: string[]) => ({ permission, allCenters: centers.length === 0, centers });
const member = (mode: ApiMode) => (mode === 'center'
  ? { sub: 'staff-1', name: '李主任', roles: ['center-staff'], centers: ['sc-370811', 'sc-370812'],
    permissions: ['roster-read', 'appointments-mark', 'closures-write', 'work-orders-read', 'work-orders-answer'].map((p) => grant(p, ['sc-370811', 'sc-370812'])) }
  : { sub: 'operator-1', name: '12345 话务员', roles: ['hotline-operator'], centers: [],
    permissions: ['roster-read', 'work-orders-read', 'work-orders-route', 'work-orders-answer', 'appointments-book'].map((p) => grant(p, [])) });

const at = (day: string, time: string) => `${day}T${time}:00+08:00`;
function order(reference: string, status: string, contact: [string, string], extra: Record<string, unknown> = {}) {
  const center = status === 'received' ? null : 'sc-370811';
  return {
    reference, kind: 'question', channel: 'web', status, topic: 'labour', region: '370811', center, dueBy: '2026-09-08', overdue: false,
    text: '公司已经三个月没有发工资了，我该怎么办？需要准备哪些材料去申请劳动仲裁？', contact: { name: contact[0], phone: contact[1] },
    consent: { privacyNotice: WORK_ORDER_PRIVACY_NOTICE.version, form: 'online' },
    timeline: [{ kind: 'received', at: at('2026-08-31', '09:00') }, ...(center ? [{ kind: 'assigned', at: at('2026-08-31', '10:20'), center }] : [])],
    createdAt: at('2026-08-31', '09:00'), ...extra,
  };
}
const queue = () => [
  order('GD-2C9V-5LNB', 'received', ['张秀英', '13912345678'], { dueBy: '2026-08-28', overdue: true, kind: 'callback', channel: 'hotline',
    callbackWindow: { date: '2026-08-28', part: 'morning' }, consent: { privacyNotice: WORK_ORDER_PRIVACY_NOTICE.version, form: 'oral' } }),
  order('GD-7K3Q-9M2P', 'received', ['王小明', '13800138000']),
  order('GD-4K7P-2QXD', 'assigned', ['Ada Lovelace', '13700001111'], { topic: 'marriage-family' }),
];
/** A queue row: no question, no consent, no timeline, the contact masked (StaffWorkOrderListItem). */
const masked = ({ reference, kind, channel, status, topic, region, center, dueBy, overdue, createdAt, contact, ...rest }: ReturnType<typeof order>) => ({
  reference, kind, channel, status, topic, region, center, dueBy, overdue, createdAt, ...('callbackWindow' in rest ? { callbackWindow: rest.callbackWindow } : {}),
  contact: { name: maskName(contact.name), phone: maskPhone(contact.phone) },
});

function workOrdersFetch(mode: ApiMode): typeof fetch {
  const orders = queue();
  return async (input, init) => {
    const { path } = apiRequest(input);
    const method = init?.method ?? 'GET';
    const body = init?.body ? JSON.parse(String(init.body)) as Record<string, string> : {};
    if (path === 'staff/me') return json(member(mode));
    if (path === 'service-centers') return json({ items: CENTERS, total: CENTERS.length, nextCursor: null });
    if (path === 'practice-areas') return json({ items: TOPICS });
    if (path === 'regions') return json({ items: REGIONS });
    if (path === 'work-orders/time-limits') return json(TIME_LIMITS);
    if (path === 'privacy-notices/work-orders') return json(WORK_ORDER_PRIVACY_NOTICE);
    if (path.startsWith('staff/centers/')) return path.endsWith('/closures') ? json({ items: [] }) : json({ center: 'sc-370811', date: TODAY, items: [], erased: 0 });
    if (mode === 'loading') return new Promise<Response>(() => {});
    if (mode === 'expired') return problem(401, 'staff-token-expired');
    if (path === 'staff/work-orders' && method === 'GET') {
      const items = mode === 'empty' ? [] : orders.filter((item) => mode !== 'center' || item.center);
      return json({ items: items.map(masked), total: items.length, nextCursor: null });
    }
    if (path === 'staff/work-orders' && method === 'POST') {
      if (mode === 'offline') throw new TypeError('Failed to fetch');
      return json({ ...order('GD-9T5S-8MYA', 'received', ['', '']), ...body, channel: 'hotline', consent: { privacyNotice: WORK_ORDER_PRIVACY_NOTICE.version, form: 'oral' } }, 201);
    }
    const one = /^staff\/work-orders\/([^/]+)(?:\/(assign|reply|close|return))?$/.exec(path);
    const found = orders.find((item) => item.reference === one?.[1]);
    if (!one || !found) return problem(404, 'not-found');
    if (!one[2]) return json(found);
    if (mode === 'refuse') return problem(409, { reply: 'work-order-answered', return: 'work-order-not-assigned' }[one[2]] ?? 'work-order-closed');
    const now = at(TODAY, '09:30');
    if (one[2] === 'assign') Object.assign(found, { status: 'assigned', center: body.center, timeline: [...found.timeline, { kind: 'assigned', at: now, center: body.center }] });
    if (one[2] === 'reply') Object.assign(found, { status: 'answered', answer: { text: body.text, at: now }, timeline: [...found.timeline, { kind: 'answered', at: now }] });
    if (one[2] === 'close') Object.assign(found, { status: 'closed', resolution: body.resolution, timeline: [...found.timeline, { kind: 'closed', at: now, resolution: body.resolution }] });
    if (one[2] === 'return') {
      Object.assign(found, { status: 'received', center: null, timeline: [...found.timeline, { kind: 'returned', at: now, center: found.center, reason: body.reason }] });
    }
    return json(found);
  };
}

// ---- driving the element, as staff would -------------------------------------------

/** Steps: "tab=<area>", "open=<reference>", "assign=<center>", "reply=<text>", "close=<resolution>", "save", "call", "return=<reason>" (asks to confirm), "confirm-return". */
async function walk(element: HTMLElement, path: string[]): Promise<void> {
  const root = () => element.shadowRoot!;
  const find = <T extends HTMLElement = HTMLElement>(selector: string) => shown(() => root().querySelector<T>(selector));
  const set = async (selector: string, value: string, event = 'change') => {
    const field = await find<HTMLInputElement>(selector);
    field.value = value;
    field.dispatchEvent(new Event(event));
  };
  for (const step of path) {
    const [what, value = ''] = step.split('=');
    if (what === 'tab') (await find(`#tab-${value}`)).click();
    else if (what === 'open') (await find(`#open-${value}`)).click();
    else if (what === 'assign') {
      await shown(() => root().querySelector(`#assign-center option[value="${value}"]`));
      await set('#assign-center', value);
      (await find('[part~="assign-button"]')).click();
    } else if (what === 'reply') {
      await set('#reply-text', value, 'input');
      (await find('[part~="reply-button"]')).click();
    } else if (what === 'close') {
      await set('#close-resolution', value);
      (await find('[part~="close-order-button"]')).click();
    } else if (what === 'return') {
      await set('#return-reason', value, 'input');
      (await find('[part~="return-button"]')).click();
    } else if (what === 'confirm-return') (await find('[part~="return-confirm-button"]')).click();
    else if (what === 'save') (await find('[part~="save-button"]')).click();
    else if (what === 'call') {
      await set('#call-kind', 'callback');
      await set('#call-day', TIME_LIMITS.callback.days[1]!);
      await set('#call-part', 'afternoon');
      await set('#call-topic', 'consumer');
      await set('#call-region', '370811');
      await set('#call-question', '老人被推销保健品骗了两万元，想问怎么追回。', 'input');
      await set('#call-name', '张大爷', 'input');
      await set('#call-phone', '13905370000', 'input');
      (await find('#call-consent')).click();
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  // settled: the last step's screen (its heading) is there
  await find('#step-heading');
}

type DeskArgs = WidgetStoryArgs<ApiMode>;

const meta: Meta<DeskArgs> = {
  title: 'Staff: work orders/<pls-staff-desk>',
  component: 'pls-staff-desk',
  argTypes: widgetArgTypes(['hotline', 'center', 'empty', 'loading', 'expired', 'refuse', 'offline'], ['']),
  args: { mode: 'hotline', locale: 'zh-CN', senior: false, region: '', path: ['tab=work-orders'] },
  render: (args) => html`<pls-staff-desk api-base="/" locale=${args.locale} ?senior=${args.senior} date=${TODAY}
    .fetch=${workOrdersFetch(args.mode)} .accessToken=${'story-token'}
    ${ref((element) => element && applyTokens(element as HTMLElement, args))}></pls-staff-desk>`,
  play: async ({ canvasElement, args }) => {
    if (args.path.length > 0) await walk(canvasElement.querySelector('pls-staff-desk')!, args.path);
  },
};
export default meta;

type Story = StoryObj<DeskArgs>;

// the queue
export const Queue: Story = {};
export const QueueEnglish = english(Queue);
export const QueueSeniorMode = senior(Queue);
/** Center staff: the work orders passed to their centers, to answer and close (no "new call"). */
export const CenterQueue: Story = { args: { mode: 'center' } };
export const CenterQueueEnglish = english(CenterQueue);
export const EmptyQueue: Story = { args: { mode: 'empty' } };
export const QueueLoading: Story = { args: { mode: 'loading' } };
export const QueueSignInExpired: Story = { args: { mode: 'expired' } };
export const QueueSignInExpiredEnglish = english(QueueSignInExpired);

// one work order
const OPEN = ['tab=work-orders', 'open=GD-2C9V-5LNB'];
export const WorkOrderOpened: Story = { args: { path: OPEN } };
export const WorkOrderOpenedEnglish = english(WorkOrderOpened);
export const WorkOrderOpenedSeniorMode = senior(WorkOrderOpened);
export const ActionProblems: Story = { args: { path: [...OPEN, 'reply='] } };
export const ActionProblemsEnglish = english(ActionProblems);
export const Assigned: Story = { args: { path: [...OPEN, 'assign=sc-370812'] } };
export const Answered: Story = { args: { path: [...OPEN, 'reply=可先向劳动人事争议仲裁委员会申请仲裁，仲裁不收费；也可到本中心免费咨询。'] } };
export const AnsweredEnglish = english(Answered);
export const Closed: Story = { args: { path: [...OPEN, 'close=unreachable'] } };
export const ClosedEnglish = english(Closed);
/** A colleague answered first: the second answer is refused in words. */
export const AnswerRefused: Story = { args: { mode: 'refuse', path: [...OPEN, 'reply=第二个答复'] } };
export const AnswerRefusedEnglish = english(AnswerRefused);
export const AnswerRefusedSeniorMode = senior(AnswerRefused);

// a hotline call
export const NewCall: Story = { args: { path: ['tab=new-call'] } };
export const NewCallEnglish = english(NewCall);
export const NewCallSeniorMode = senior(NewCall);
export const NewCallProblems: Story = { args: { path: ['tab=new-call', 'save'] } };
export const NewCallProblemsEnglish = english(NewCallProblems);
export const NewCallFilled: Story = { args: { path: ['tab=new-call', 'call'] } };
export const NewCallFilledSeniorMode = senior(NewCallFilled);
/** The connection dropped on "save": nothing typed is lost, and saving again never records it twice. */
export const CallNotSaved: Story = { args: { mode: 'offline', path: ['tab=new-call', 'call', 'save'] } };
export const CallNotSavedEnglish = english(CallNotSaved);
export const CallSaved: Story = { args: { path: ['tab=new-call', 'call', 'save'] } };
export const CallSavedEnglish = english(CallSaved);
export const CallSavedSeniorMode = senior(CallSaved);

// a center's staff returning one to the hotline (退回)
const OPEN_AT_CENTER = ['tab=work-orders', 'open=GD-4K7P-2QXD'];
const REASON = 'return=来访人户籍和工作地都在兖州区，应由兖州区中心办理。';
/** The reason written: the confirmation says what follows. */
export const ReturnConfirm: Story = { args: { mode: 'center', path: [...OPEN_AT_CENTER, REASON] } };
export const ReturnConfirmEnglish = english(ReturnConfirm);
export const ReturnConfirmSeniorMode = senior(ReturnConfirm);
export const ReturnProblems: Story = { args: { mode: 'center', path: [...OPEN_AT_CENTER, 'return='] } };
export const Returned: Story = { args: { mode: 'center', path: [...OPEN_AT_CENTER, REASON, 'confirm-return'] } };
export const ReturnedEnglish = english(Returned);
/** A colleague returned it first: said in words, nothing more offered. */
export const ReturnRefused: Story = { args: { mode: 'refuse', path: [...OPEN_AT_CENTER, REASON, 'confirm-return'] } };
export const ReturnRefusedEnglish = english(ReturnRefused);
