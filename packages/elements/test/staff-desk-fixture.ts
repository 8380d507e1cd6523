// What the staff desk's component tests share: a token the test server's own
// identity provider signs for the claims a test asks (web-test-runner.config.mjs),
// the desk on the page as a portal sets it up, and reading and pressing in it.
import { fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/staff-desk/define.js';
import type { PlsStaffDesk } from '../src/staff-desk/pls-staff-desk.js';
import { shadow } from './harness.js';

export interface Claims { sub?: string; name?: string; roles?: string[]; centers?: string[]; expiresIn?: number }

/** A token for the claims; a member of sc-370811's staff unless they say otherwise. */
export async function staffToken(claims: Claims): Promise<string> {
  const reply = await fetch('/__plskit/staff-token', { method: 'POST', body: JSON.stringify({ roles: ['center-staff'], centers: ['sc-370811'], ...claims }) });
  return reply.text();
}

export interface Setup { center?: string; date?: string; locale?: string; senior?: boolean; token?: string; getToken?: () => Promise<string>; fetch?: typeof fetch }

export async function desk(setup: Setup): Promise<PlsStaffDesk> {
  const element = document.createElement('pls-staff-desk');
  element.setAttribute('api-base', '/');
  for (const name of ['center', 'date', 'locale'] as const) if (setup[name]) element.setAttribute(name, setup[name]!);
  element.toggleAttribute('senior', setup.senior ?? false);
  if (setup.fetch) element.fetch = setup.fetch;
  if (setup.token) element.accessToken = setup.token;
  if (setup.getToken) element.getAccessToken = setup.getToken;
  const main = await fixture<HTMLElement>(html`<main>${element}</main>`);
  return main.querySelector('pls-staff-desk')!;
}

export const $ = <T extends HTMLElement = HTMLElement>(element: Element, selector: string) => shadow(element).querySelector<T>(selector);
export const part = (element: Element, name: string) => $(element, `[part~="${name}"]`);
export const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
/** What the live region says. */
export const live = (element: Element) => text($(element, '[role="status"][aria-live="polite"]'));

export async function press(control: Element | null | undefined, key: string): Promise<void> {
  if (!control) throw new Error(`nothing to press ${key} on`);
  (control as HTMLElement).focus();
  await sendKeys({ press: key });
}
