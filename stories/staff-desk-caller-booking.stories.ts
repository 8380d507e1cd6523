import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { addDays, APPOINTMENT_PRIVACY_NOTICE, generateCalendar, JINING_OPENING_HOURS, maskName, maskPhone } from '@plskit/core';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '../packages/elements/src/staff-desk/define.js';
import { apiRequest, json, problem } from './in-browser-api.js';
import { english, senior, shown, widgetArgTypes, type WidgetStoryArgs } from './story-args.js';
import { applyTokens } from './story-tokens.js';

// ---- in-browser API --------------------------------------------------------------
// A hotline operator at the staff desk, booking for a caller: the member (every
// center), the public directory, core's calendar on the sandbox's clock and
// core's privacy notice, and the staff booking as the sandbox answers it
// (the contact masked). Names and phones are made up.

type ApiMode = 'normal' | 'slot-taken' | 'limit-reached' | 'offline' | 'expired';

const DATE = '2026-09-01';
const NOW = new Date(`${DATE}T09:00:00+08:00`);
const services = ['legal-consultation', 'legal-aid-application', 'mediation'];
const CENTERS = [
  { id: 'sc-370811', name: '任城区公共法律服务中心', level: 'county', region: '370811', address: '济宁市任城区示例路 1 号', phone: '0537-5550001', hours: JINING_OPENING_HOURS, services },
  { id: 'sc-370811-01', name: '任城区示例街道公共法律服务工作站', level: 'township', region: '370811', address: '济宁市任城区示例街 8 号', phone: '0537-5550002',
    township: { code: '370811001', name: '示例街道' }, hours: JINING_OPENING_HOURS, services },
];
const REGIONS = [{ code: '370811', name: { 'zh-CN': '任城区', en: 'Rencheng District' }, kind: 'district', parent: '370800' }];
const MEMBER = {
  sub: 'hotline-7', name: '周话务员', roles: ['hotline-operator'], centers: [],
  permissions: ['roster-read', 'work-orders-read', 'appointments-book'].map((permission) => ({ permission, allCenters: true, centers: [] })),
};

/** "…T08:30:00+08:00" → "…T09:00:00+08:00": the calendar's slots are half an hour. */
function halfHourAfter(start: string): string {
  const minutes = Number(start.slice(11, 13)) * 60 + Number(start.slice(14, 16)) + 30;
  return `${start.slice(0, 11)}${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}${start.slice(16)}`;
}

function hotlineFetch(mode: ApiMode): typeof fetch {
  const booked: unknown[] = [];
  return async (input, init) => {
    const { url, path } = apiRequest(input);
    const method = init?.method ?? 'GET';
    if (path === 'staff/me') return json(MEMBER);
    if (path === 'service-centers') return json({ items: CENTERS, total: CENTERS.length, nextCursor: null });
    if (path === 'regions') return json({ items: REGIONS });
    if (path === 'privacy-notices/appointments') return json(APPOINTMENT_PRIVACY_NOTICE);
    if (path === 'appointments/availability') {
      const from = url.searchParams.get('from') ?? DATE;
      const days = generateCalendar(from, url.searchParams.get('to') ?? addDays(from, 13), { hours: JINING_OPENING_HOURS, slotMinutes: 30, capacity: 3, now: NOW })
        .map(({ slots, ...day }) => ({ ...day, slots: slots.map((slot, i) => ({ ...slot, remaining: i % 4 === 1 ? 0 : 2 })) }));
      return json({ center: url.searchParams.get('center'), service: url.searchParams.get('service'), days });
    }
    if (/^staff\/centers\/[^/]+\/appointments$/.test(path)) return json({ center: 'sc-370811', date: url.searchParams.get('date'), items: booked, erased: 0 });
    if (/^staff\/centers\/[^/]+\/closures$/.test(path)) return json({ center: 'sc-370811', items: [] });
    if (path === 'staff/appointments' && method === 'POST') {
      if (mode === 'offline') throw new TypeError('Failed to fetch');
      if (mode === 'expired') return problem(401, 'staff-token-expired');
      if (mode === 'slot-taken') return problem(409, 'slot-full');
      if (mode === 'limit-reached') return problem(409, 'booking-limit-reached');
      const body = JSON.parse(String(init!.body)) as { service: string; slotStart: string; contact: { name: string; phone: string } };
      const entry = {
        reference: 'JN-5W2K-8PQD', status: 'booked', service: body.service, channel: 'hotline',
        slot: { start: body.slotStart, end: halfHourAfter(body.slotStart) },
        contact: { name: maskName(body.contact.name), phone: maskPhone(body.contact.phone) }, createdAt: NOW.toISOString(), updatedAt: NOW.toISOString(),
      };
      booked.push({ ...entry, contact: body.contact });
      return json(entry, 201);
    }
    return problem(404, 'not-found');
  };
}

// ---- driving the element, as an operator would -------------------------------------------

/** Steps: "open", "service=<code>", "continue", "day=<date>", "slot", "caller", "book", "roster". */
async function walk(element: HTMLElement, path: string[]): Promise<void> {
  const root = () => element.shadowRoot!;
  const find = (selector: string) => shown(() => root().querySelector<HTMLElement>(selector));
  for (const step of path) {
    const [name, value = ''] = step.split('=');
    if (name === 'open') (await find('[part~="book-for-caller-button"]')).click();
    else if (name === 'service') {
      const select = await find('#service') as HTMLSelectElement;
      select.value = value;
      select.dispatchEvent(new Event('change'));
      await find('#c-sc-370811');
    } else if (name === 'continue') (await find('[part~="continue-button"]')).click();
    else if (name === 'day') (await find(`[data-date="${value}"]`)).click();
    else if (name === 'slot') (await find('[part~="slots"] input:not([disabled])')).click();
    else if (name === 'book') (await find('[part~="book-button"]')).click();
    else if (name === 'roster') (await find('[part~="back-to-roster-button"]')).click();
    else if (name === 'caller') {
      for (const [id, typed] of [['name', '李秀兰'], ['phone', '13900139000']]) {
        const field = await find(`#${id}`) as HTMLInputElement;
        field.value = typed!;
        field.dispatchEvent(new Event('input'));
      }
      (await find('#consent')).click();
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

type CallerArgs = WidgetStoryArgs<ApiMode>;

const meta: Meta<CallerArgs> = {
  title: 'Staff: booking for a caller/<pls-staff-desk>',
  component: 'pls-staff-desk',
  argTypes: widgetArgTypes(['normal', 'slot-taken', 'limit-reached', 'offline', 'expired'], ['']),
  args: { mode: 'normal', locale: 'zh-CN', senior: false, region: '', path: ['open'] },
  render: (args) => html`<pls-staff-desk api-base="/" locale=${args.locale} ?senior=${args.senior} date=${DATE} center="sc-370811"
    .fetch=${hotlineFetch(args.mode)} .accessToken=${'story-token'}
    ${ref((element) => element && applyTokens(element as HTMLElement, args))}></pls-staff-desk>`,
  play: async ({ canvasElement, args }) => {
    await walk(canvasElement.querySelector('pls-staff-desk')!, args.path);
  },
};
export default meta;

type Story = StoryObj<CallerArgs>;

const WHERE = ['open', 'service=mediation'];
const WHEN = [...WHERE, 'continue'];
const CALLER = [...WHEN, 'day=2026-09-08', 'slot', 'continue'];
const CHECK = [...CALLER, 'caller', 'continue'];
const DONE = [...CHECK, 'book'];

/** The roster of a hotline operator, with "book a visit for a caller". */
export const Roster: Story = { args: { path: [] } };
export const RosterEnglish = english(Roster);
/** The booker's first step; the roster's center is chosen, no "sort by distance" (the caller is elsewhere). */
export const Where: Story = { args: { path: WHERE } };
export const WhereEnglish = english(Where);
export const WhereSeniorMode = senior(Where);
export const WhereProblems: Story = { args: { path: ['open', 'continue'] } };
export const WhereProblemsEnglish = english(WhereProblems);
/** The booker's date grid and times, on the public availability. */
export const When: Story = { args: { path: WHEN } };
export const WhenEnglish = english(When);
export const WhenSeniorMode = senior(When);
/** The caller's name and number, and the privacy notice the operator reads out: its version and points, the whole text a press away. */
export const Caller: Story = { args: { path: CALLER } };
export const CallerEnglish = english(Caller);
export const CallerSeniorMode = senior(Caller);
export const CallerProblems: Story = { args: { path: [...CALLER, 'continue'] } };
export const CallerProblemsEnglish = english(CallerProblems);
export const Check: Story = { args: { path: CHECK } };
export const CheckEnglish = english(Check);
export const CheckSeniorMode = senior(Check);
export const Done: Story = { args: { path: DONE } };
export const DoneEnglish = english(Done);
export const DoneSeniorMode = senior(Done);
/** Back on the roster: the visit, booked by the hotline. */
export const BackOnRoster: Story = { args: { path: [...DONE, 'roster'] } };
export const BackOnRosterEnglish = english(BackOnRoster);

// refusals
export const SlotTaken: Story = { args: { mode: 'slot-taken', path: DONE } };
export const SlotTakenEnglish = english(SlotTaken);
export const LimitReached: Story = { args: { mode: 'limit-reached', path: DONE } };
export const LimitReachedEnglish = english(LimitReached);
export const NoAnswer: Story = { args: { mode: 'offline', path: DONE } };
export const NoAnswerEnglish = english(NoAnswer);
export const SignInExpired: Story = { args: { mode: 'expired', path: DONE } };
export const SignInExpiredEnglish = english(SignInExpired);
