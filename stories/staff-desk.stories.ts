import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { JINING_OPENING_HOURS } from '@plskit/core';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '../packages/elements/src/staff-desk/define.js';
import { apiRequest, json, problem } from './in-browser-api.js';
import { english, offline, senior, shown, widgetArgTypes, type WidgetStoryArgs } from './story-args.js';
import { applyTokens } from './story-tokens.js';

// ---- in-browser API --------------------------------------------------------------
// The staff operations as the sandbox answers them, for an invented day at the
// 任城区 center: the member the token names, the roster (names and phones made up),
// the marks and a closure. No token is checked here: the sandbox does that.

type ApiMode = 'normal' | 'empty' | 'supervisor' | 'no-centers' | 'loading' | 'offline' | 'error' | 'expired' | 'forbidden' | 'refuse-marks' | 'signed-out' | 'closed-day';

const DATE = '2026-09-01';
/** What the picker names the centers by (the public directory's fields the desk reads). */
const CENTERS = [
  { id: 'sc-370811', name: '任城区公共法律服务中心', level: 'county', region: '370811', address: '济宁市任城区示例路 1 号', phone: '0537-5550001',
    hours: JINING_OPENING_HOURS, services: ['legal-consultation', 'legal-aid-application', 'notarization', 'mediation'] },
  { id: 'sc-370811-01', name: '任城区示例街道公共法律服务工作站', level: 'township', region: '370811', address: '济宁市任城区示例街 8 号', phone: '0537-5550002',
    hours: JINING_OPENING_HOURS, services: ['legal-consultation', 'mediation'] },
];
const grant = (permission: string, centers: string[]) => ({ permission, allCenters: centers.length === 0, centers });
const member = (mode: ApiMode) => {
  const centers = mode === 'supervisor' || mode === 'no-centers' ? [] : ['sc-370811', 'sc-370811-01'];
  const permissions = mode === 'no-centers' ? [] : ['roster-read', 'appointments-mark', 'closures-write'].map((permission) => grant(permission, centers));
  return { sub: 'staff-1', name: mode === 'supervisor' ? '王科长' : '李主任', roles: [mode === 'supervisor' ? 'supervisor' : 'center-staff'], centers, permissions };
};
const visit = (reference: string, time: string, end: string, status: string, name: string, phone: string, service: string, channel: string) => ({
  reference, status, service, channel, slot: { start: `${DATE}T${time}:00+08:00`, end: `${DATE}T${end}:00+08:00` },
  contact: { name, phone }, createdAt: '2026-08-28T10:00:00+08:00', updatedAt: '2026-08-28T10:00:00+08:00',
});
const day = () => [
  visit('JN-4K7P-2QXD', '08:30', '09:00', 'checked-in', '王小明', '13800138000', 'legal-consultation', 'web'),
  visit('JN-8H3M-7RTW', '09:30', '10:00', 'booked', '张秀英', '13912345678', 'legal-aid-application', 'hotline'),
  visit('JN-2C9V-5LNB', '10:00', '10:30', 'no-show', 'Ada Lovelace', '13700001111', 'mediation', 'web'),
  visit('JN-6F1J-3WKE', '14:00', '14:30', 'booked', '欧阳明华', '13655556666', 'notarization', 'web'),
  visit('JN-9T5S-8MYA', '15:00', '15:30', 'cancelled', '赵六', '13522223333', 'mediation', 'web'),
];

function staffFetch(mode: ApiMode): typeof fetch {
  const roster = day();
  let closures = mode === 'closed-day'
    ? [{ id: 'cl_00000000000000ab', center: 'sc-370811', date: DATE, from: '16:00', reason: { 'zh-CN': '停电检修', en: 'Power maintenance' }, cancelled: 1, createdAt: '2026-09-01T08:00:00+08:00' }]
    : [];
  return async (input, init) => {
    const { path } = apiRequest(input);
    if (mode === 'loading') return new Promise<Response>(() => {});
    if (mode === 'offline') throw new TypeError('Failed to fetch');
    if (mode === 'error') return problem(503, 'service-unavailable');
    if (mode === 'expired') return problem(401, 'staff-token-expired');
    if (path === 'staff/me') return json(member(mode));
    if (path === 'service-centers') return json({ items: CENTERS, total: CENTERS.length, nextCursor: null });
    if (mode === 'forbidden') return problem(403, 'staff-forbidden');
    const center = /^staff\/centers\/([^/]+)\//.exec(path)?.[1] ?? 'sc-370811';
    if (path.endsWith('/appointments')) return json({ center, date: DATE, items: mode === 'empty' ? [] : roster, erased: mode === 'empty' ? 0 : 1 });
    const mark = /^staff\/appointments\/([^/]+)\/(check-in|no-show)$/.exec(path);
    if (mark) {
      if (mode === 'refuse-marks') return problem(409, mark[2] === 'no-show' ? 'slot-not-started' : 'not-visit-day');
      const entry = roster.find((item) => item.reference === mark[1])!;
      entry.status = mark[2] === 'check-in' ? 'checked-in' : 'no-show';
      return json(entry);
    }
    if (path.endsWith('/closures') && (init?.method ?? 'GET') === 'GET') return json({ center, items: closures });
    if (/\/closures\/cl_\w+$/.test(path) && init?.method === 'DELETE') {
      const reopened = { ...closures[0]!, reopenedAt: '2026-09-01T09:00:00+08:00' };
      closures = [];
      return json(reopened);
    }
    if (path.endsWith('/closures') && init?.method === 'POST') {
      const body = JSON.parse(String(init.body)) as { date: string; reason: unknown; from?: string; to?: string };
      const cancelled = roster.filter((item) => item.status === 'booked').length;
      return json({ id: 'cl_0123456789abcdef', center, ...body, cancelled, createdAt: '2026-09-01T09:00:00+08:00' }, 201);
    }
    return problem(404, 'not-found');
  };
}

// ---- driving the element, as staff would -------------------------------------------

/** Steps: "reveal=<reference>", "check-in=<reference>", "no-show=<reference>", "close", "submit", "reason", "confirm", "reopen". */
async function walk(element: HTMLElement, path: string[]): Promise<void> {
  const root = () => element.shadowRoot!;
  const click = async (selector: string) => (await shown(() => root().querySelector<HTMLElement>(selector))).click();
  for (const step of path) {
    const [what, value = ''] = step.split('=');
    const row = () => [...root().querySelectorAll('[part~="visit"]')].find((tr) => tr.querySelector('th')?.textContent?.trim() === value);
    if (what === 'reveal' || what === 'check-in' || what === 'no-show') {
      const button = what === 'reveal' ? 'contact-button' : `${what}-button`;
      (await shown(() => row()?.querySelector<HTMLElement>(`[part~="${button}"]`))).click();
    } else if (what === 'close') await click('[part~="close-day-button"]');
    else if (what === 'submit') await click('[part~="close-button"]');
    else if (what === 'confirm') await click('dialog [part~="confirm-button"]');
    else if (what === 'reopen') await click('[part~="reopen-button"]');
    else if (what === 'reason') {
      for (const [id, words] of [['reason-zh', '暴雨红色预警'], ['reason-en', 'Red rainstorm warning']]) {
        const field = await shown(() => root().querySelector<HTMLTextAreaElement>(`#${id}`));
        field.value = words!;
        field.dispatchEvent(new Event('input'));
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

type DeskArgs = WidgetStoryArgs<ApiMode>;

const meta: Meta<DeskArgs> = {
  title: 'Staff: the day\'s visitors/<pls-staff-desk>',
  component: 'pls-staff-desk',
  argTypes: widgetArgTypes(['normal', 'empty', 'supervisor', 'no-centers', 'loading', 'offline', 'error', 'expired', 'forbidden', 'refuse-marks', 'signed-out', 'closed-day'], ['', '370811']),
  args: { mode: 'normal', locale: 'zh-CN', senior: false, region: '', path: [] },
  render: (args) => html`<pls-staff-desk api-base="/" locale=${args.locale} ?senior=${args.senior} date=${DATE}
    center=${args.mode === 'supervisor' ? 'sc-370811' : ''} .fetch=${staffFetch(args.mode)} .accessToken=${args.mode === 'signed-out' ? undefined : 'story-token'}
    ${ref((element) => element && applyTokens(element as HTMLElement, args))}></pls-staff-desk>`,
  play: async ({ canvasElement, args }) => {
    if (args.path.length > 0) await walk(canvasElement.querySelector('pls-staff-desk')!, args.path);
  },
};
export default meta;

type Story = StoryObj<DeskArgs>;

// the roster
export const Roster: Story = {};
export const RosterEnglish = english(Roster);
export const RosterSeniorMode = senior(Roster);
export const ContactRevealed: Story = { args: { path: ['reveal=JN-8H3M-7RTW'] } };
export const ContactRevealedEnglish = english(ContactRevealed);
export const CheckedIn: Story = { args: { path: ['check-in=JN-8H3M-7RTW'] } };
export const CheckedInEnglish = english(CheckedIn);
export const MarkRefused: Story = { args: { mode: 'refuse-marks', path: ['no-show=JN-6F1J-3WKE'] } };
export const MarkRefusedEnglish = english(MarkRefused);
export const MarkRefusedSeniorMode = senior(MarkRefused);
export const EmptyDay: Story = { args: { mode: 'empty' } };
export const EmptyDayEnglish = english(EmptyDay);
/** A supervisor or hotline operator sees every center: they name the one they want. */
export const Supervisor: Story = { args: { mode: 'supervisor' } };
export const SupervisorEnglish = english(Supervisor);
export const NoCenters: Story = { args: { mode: 'no-centers' } };
export const NoCentersEnglish = english(NoCenters);

// closing a day
export const ClosureForm: Story = { args: { path: ['close'] } };
export const ClosureFormEnglish = english(ClosureForm);
export const ClosureFormSeniorMode = senior(ClosureForm);
export const ClosureFormProblems: Story = { args: { path: ['close', 'submit'] } };
export const ClosureFormProblemsEnglish = english(ClosureFormProblems);
export const ClosureConfirmation: Story = { args: { path: ['close', 'reason', 'submit'] } };
export const ClosureConfirmationEnglish = english(ClosureConfirmation);
export const ClosureConfirmationSeniorMode = senior(ClosureConfirmation);
export const Closed: Story = { args: { path: ['close', 'reason', 'submit', 'confirm'] } };
export const ClosedEnglish = english(Closed);
/** A day with part of it closed, which staff may withdraw before it begins. */
export const DayPartlyClosed: Story = { args: { mode: 'closed-day' } };
export const DayPartlyClosedEnglish = english(DayPartlyClosed);
export const DayPartlyClosedSeniorMode = senior(DayPartlyClosed);
export const ClosureWithdrawn: Story = { args: { mode: 'closed-day', path: ['reopen'] } };
export const ClosureWithdrawnEnglish = english(ClosureWithdrawn);

// states
export const Loading: Story = { args: { mode: 'loading' } };
export const LoadingEnglish = english(Loading);
export const Offline: Story = { args: { mode: 'offline' }, ...offline };
export const OfflineEnglish: Story = { args: { mode: 'offline', locale: 'en' }, ...offline };
export const ErrorWithRetry: Story = { args: { mode: 'error' } };
export const ErrorWithRetryEnglish = english(ErrorWithRetry);
export const ErrorWithRetrySeniorMode = senior(ErrorWithRetry);
export const SignInExpired: Story = { args: { mode: 'expired' } };
export const SignInExpiredEnglish = english(SignInExpired);
export const AnotherCenter: Story = { args: { mode: 'forbidden' } };
export const AnotherCenterEnglish = english(AnotherCenter);
/** The host has not handed a token yet (its sign-in has not finished): nothing is asked of the API. */
export const SignedOut: Story = { args: { mode: 'signed-out' } };
export const SignedOutEnglish = english(SignedOut);

/** A site's own brand through the tokens (CSSOM, no style attribute). */
export const Themed: Story = { args: { '--pls-color-primary': '#8a1c1c' } };
