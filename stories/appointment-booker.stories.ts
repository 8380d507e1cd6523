import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { APPOINTMENT_PRIVACY_NOTICE, appointmentPrivacyNotice, generateCalendar, JINING_OPENING_HOURS, maskName, maskPhone, addDays, type OpeningHours } from '@plskit/core';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '../packages/elements/src/appointment-booker/define.js';
import type { Region, ServiceCenter } from '../packages/elements/src/index.js';
import { apiRequest, CODE_MODES, json, phoneVerificationReply, problem, type CodeMode } from './in-browser-api.js';
import { codeStep, english, senior, shown, widgetArgTypes, type WidgetStoryArgs } from './story-args.js';
import { applyTokens } from './story-tokens.js';

// ---- in-browser API --------------------------------------------------------------
// Days and slots are core's calendar (the same code the sandbox runs) on a fixed
// clock; the privacy notice is core's; centers are invented, in the sandbox's style.

type ApiMode = 'normal' | 'loading' | 'offline' | 'error' | 'full' | 'provisional' | 'slot-taken' | 'cancelled' | 'limit-reached'
  | CodeMode;

const regions: Region[] = [
  { code: '370811', name: { 'zh-CN': '任城区', en: 'Rencheng District' }, kind: 'district', parent: '370800' },
  { code: '370812', name: { 'zh-CN': '兖州区', en: 'Yanzhou District' }, kind: 'district', parent: '370800' },
];
const stationHours: OpeningHours = {
  closedOnHolidays: true,
  seasons: [{ code: 'all-year', name: { 'zh-CN': '全年', en: 'All year' }, fromMonth: 1, toMonth: 12,
    weekdays: Object.fromEntries([1, 2, 3, 4, 5].map((d) => [d, [{ start: '09:00', end: '11:30' }]])), makeUpWorkday: [{ start: '09:00', end: '11:30' }] }],
};
const services: ServiceCenter['services'] = ['legal-consultation', 'legal-aid-application', 'mediation'];
const centers: ServiceCenter[] = [
  { id: 'sc-370811', name: '任城区公共法律服务中心', level: 'county', region: '370811', address: '济宁市任城区示例路 1 号', phone: '0537-5550001', hours: JINING_OPENING_HOURS, services },
  { id: 'sc-370811-01', name: '任城区示例1号镇街公共法律服务工作站', level: 'township', region: '370811', address: '济宁市任城区样板街 10 号', phone: '0537-5550101', hours: stationHours, services },
];

const appointment = (status: 'booked' | 'cancelled') => ({
  reference: 'JN-7K3Q-9M2P', status, center: 'sc-370811', service: 'legal-aid-application',
  slot: { start: '2026-09-20T08:30:00+08:00', end: '2026-09-20T09:00:00+08:00' },
  contact: { name: maskName('王小明'), phone: maskPhone('13800138000') }, privacyNotice: APPOINTMENT_PRIVACY_NOTICE.version,
  createdAt: '2026-09-01T09:00:00+08:00',
});

function bookerFetch(mode: ApiMode): typeof fetch {
  const now = new Date(mode === 'provisional' ? '2026-12-20T09:00:00+08:00' : '2026-09-01T09:00:00+08:00');
  return async (input, init) => {
    const { url, path } = apiRequest(input);
    const method = init?.method ?? 'GET';
    if (mode === 'loading' && path === 'appointments/availability') return new Promise<Response>(() => {});
    if (mode === 'error' && path === 'appointments/availability') return problem(503, 'service-unavailable');
    if (mode === 'offline' && method === 'POST') throw new TypeError('Failed to fetch');
    if (path === 'regions') return json({ items: regions });
    if (path === 'service-centers') return json({ items: centers.filter((c) => c.region === url.searchParams.get('region')), total: 2, nextCursor: null });
    if (path === 'privacy-notices/appointments') return json(CODE_MODES.includes(mode) ? appointmentPrivacyNotice({ phoneVerification: true }) : APPOINTMENT_PRIVACY_NOTICE);
    const code = phoneVerificationReply(mode, path, 'booking');
    if (code) return code;
    if (path === 'appointments/availability') {
      const center = centers.find((c) => c.id === url.searchParams.get('center')) ?? centers[0]!;
      const today = now.toISOString().slice(0, 10);
      const from = url.searchParams.get('from') ?? today;
      const days = generateCalendar(from, url.searchParams.get('to') ?? addDays(from, 13), { hours: center.hours as OpeningHours, slotMinutes: 30, capacity: 3, now })
        .map(({ slots, ...day }) => ({ ...day, slots: slots.map((slot, i) => ({ ...slot, remaining: mode === 'full' && day.date < addDays(today, 7) ? 0 : i % 4 === 1 ? 0 : 2 })) }));
      return json({ center: center.id, service: url.searchParams.get('service'), days });
    }
    if (path === 'appointments' && method === 'POST') {
      if (mode === 'slot-taken') return problem(409, 'slot-full');
      if (mode === 'limit-reached') return problem(409, 'booking-limit-reached');
      if (mode === 'code-refused') return problem(403, 'phone-verification-invalid');
      return json({ ...appointment('booked'), manageToken: 'q8Vd0xS3kH2mYc7rT1aB9nF4eW6gJ5uL0pZ2sR8vXyQ' }, 201);
    }
    if (path.endsWith('/cancel')) return json(appointment('cancelled'));
    if (path.startsWith('appointments/JN-')) return json(appointment(mode === 'cancelled' ? 'cancelled' : 'booked'));
    return problem(404, 'not-found');
  };
}

// ---- driving the element to a step, as a resident would ----------------------------

/** Steps: "center=<id>", "continue", "day=<date>", "slot", "contact", "send-code", "code=<digits>", "confirm-code", "book", "manage", "cancel". */
async function walk(element: HTMLElement & { manage(reference: string, token: string): void }, path: string[]): Promise<void> {
  const root = () => element.shadowRoot!;
  const find = (selector: string) => shown(() => root().querySelector<HTMLElement>(selector));
  for (const step of path) {
    const [name, value = ''] = step.split('=');
    if (name === 'center') (await find(`#c-${value}`)).click();
    else if (name === 'continue') (await find('[part~="continue-button"]')).click();
    else if (name === 'day') (await find(`[data-date="${value}"]`)).click();
    else if (name === 'slot') (await find('[part~="slots"] input:not([disabled])')).click();
    else if (name === 'book') (await find('[part~="book-button"]')).click();
    else if (name === 'manage') element.manage('JN-7K3Q-9M2P', 'q8Vd0xS3kH2mYc7rT1aB9nF4eW6gJ5uL0pZ2sR8vXyQ');
    else if (name === 'cancel') (await find('[part~="cancel-button"]')).click();
    else if (name === 'confirm') (await find('[part~="confirm-button"]')).click();
    else if (name === 'contact') {
      const name_ = await find('#name') as HTMLInputElement;
      name_.value = '王小明';
      name_.dispatchEvent(new Event('input'));
      const phone = await find('#phone') as HTMLInputElement;
      phone.value = '13800138000';
      phone.dispatchEvent(new Event('input'));
      (await find('#consent')).click();
    } else await codeStep(find, name, value);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

interface BookerArgs extends WidgetStoryArgs<ApiMode> {
  service: string;
}

const meta: Meta<BookerArgs> = {
  title: 'Book a visit/<pls-appointment-booker>',
  component: 'pls-appointment-booker',
  argTypes: widgetArgTypes(['normal', 'loading', 'offline', 'error', 'full', 'provisional', 'slot-taken', 'cancelled', 'limit-reached', ...CODE_MODES], ['', '370811', '370812'], {
    service: { control: 'select', options: ['', 'legal-consultation', 'legal-aid-application', 'mediation'] },
  }),
  args: { mode: 'normal', locale: 'zh-CN', senior: false, region: '370811', service: 'legal-aid-application', path: [] },
  render: (args) => html`<pls-appointment-booker api-base="/" locale=${args.locale} ?senior=${args.senior} region=${args.region}
    service=${args.service} .fetch=${bookerFetch(args.mode)}
    ${ref((element) => element && applyTokens(element as HTMLElement, args))}></pls-appointment-booker>`,
  play: async ({ canvasElement, args }) => {
    if (args.path.length > 0) await walk(canvasElement.querySelector('pls-appointment-booker')!, args.path);
  },
};
export default meta;

type Story = StoryObj<BookerArgs>;

const WHEN = ['center=sc-370811', 'continue'];
const WHO = [...WHEN, 'day=2026-09-20', 'slot', 'continue'];
const CHECK = [...WHO, 'contact', 'continue'];

export const Where: Story = {};
export const WhereEnglish = english(Where);
export const WhereSeniorMode = senior(Where);
export const WhereErrors: Story = { args: { service: '', path: ['continue'] } };
export const WhereErrorsEnglish = english(WhereErrors);
/** The grid names closed days (周末, 中秋节, 国庆节) and the make-up Sunday (调休上班). */
export const When: Story = { args: { path: WHEN } };
export const WhenEnglish = english(When);
export const WhenSeniorMode = senior(When);
export const WhenMakeUpDayChosen: Story = { args: { path: [...WHEN, 'day=2026-09-20'] } };
export const WhenMakeUpDayChosenEnglish = english(WhenMakeUpDayChosen);
export const WhenFullDays: Story = { args: { mode: 'full', path: WHEN } };
export const WhenFullDaysEnglish = english(WhenFullDays);
/** 2027's holiday notice is not published: the statutory days are closed, every day is provisional. */
export const WhenProvisionalYear: Story = { args: { mode: 'provisional', path: WHEN } };
export const WhenProvisionalYearEnglish = english(WhenProvisionalYear);
export const WhenLoading: Story = { args: { mode: 'loading', path: WHEN } };
export const WhenLoadingEnglish = english(WhenLoading);
export const WhenError: Story = { args: { mode: 'error', path: WHEN } };
export const WhenErrorEnglish = english(WhenError);
export const Who: Story = { args: { path: WHO } };
export const WhoEnglish = english(Who);
export const WhoSeniorMode = senior(Who);
export const WhoErrors: Story = { args: { path: [...WHO, 'continue'] } };
export const WhoErrorsEnglish = english(WhoErrors);
export const Check: Story = { args: { path: CHECK } };
export const CheckEnglish = english(Check);
export const CheckSeniorMode = senior(Check);
/** Someone took the last place while the resident decided: fresh times and a clear message. */
export const SlotTaken: Story = { args: { mode: 'slot-taken', path: [...CHECK, 'book'] } };
export const SlotTakenEnglish = english(SlotTaken);
/** The connection dropped on "book": everything typed is kept; it retries when back online. */
export const Offline: Story = { args: { mode: 'offline', path: [...CHECK, 'book'] } };
export const OfflineEnglish = english(Offline);
export const Booked: Story = { args: { path: [...CHECK, 'book'] } };
export const BookedEnglish = english(Booked);
export const BookedSeniorMode = senior(Booked);
export const Manage: Story = { args: { service: '', path: ['manage'] } };
export const ManageEnglish = english(Manage);
export const ManageSeniorMode = senior(Manage);
export const ConfirmCancel: Story = { args: { service: '', path: ['manage', 'cancel'] } };
export const ConfirmCancelEnglish = english(ConfirmCancel);
export const Cancelled: Story = { args: { service: '', path: ['manage', 'cancel', 'confirm'] } };
export const CancelledEnglish = english(Cancelled);
export const CancelledSeniorMode = senior(Cancelled);
export const LimitReached: Story = { args: { mode: 'limit-reached', path: [...CHECK, 'book'] } };
export const LimitReachedEnglish = english(LimitReached);
/** Where the operator confirms numbers (the notice has phoneVerification): the masked number and "text me the code". */
export const Code: Story = { args: { mode: 'code', path: CHECK } };
export const CodeEnglish = english(Code);
export const CodeSeniorMode = senior(Code);
/** The code is on its way: focus in the code field, a new code after a visible wait. */
export const CodeSent: Story = { args: { mode: 'code', path: [...CHECK, 'send-code'] } };
export const CodeSentEnglish = english(CodeSent);
export const CodeSentSeniorMode = senior(CodeSent);
export const CodeWrong: Story = { args: { mode: 'code-wrong', path: [...CHECK, 'send-code', 'code=046184', 'confirm-code'] } };
export const CodeWrongEnglish = english(CodeWrong);
export const CodeWrongSeniorMode = senior(CodeWrong);
export const CodeLocked: Story = { args: { mode: 'code-locked', path: [...CHECK, 'send-code', 'code=046184', 'confirm-code'] } };
export const CodeLockedEnglish = english(CodeLocked);
export const TooManyCodes: Story = { args: { mode: 'too-many-codes', path: [...CHECK, 'send-code'] } };
export const TooManyCodesEnglish = english(TooManyCodes);
/** The booking found the confirmation expired: back on the code step, everything typed kept. */
export const CodeRefusedAtBooking: Story = { args: { mode: 'code-refused', path: [...CHECK, 'send-code', 'code=046183', 'confirm-code', 'book'] } };
export const CodeRefusedAtBookingEnglish = english(CodeRefusedAtBooking);
