// The staff desk when a later screen's code (the closure form, booking for a
// caller) cannot be fetched (the portal went offline after the roster loaded).
// In a file of its own: the browser keeps a failed module failed for the page's life.
import 'axe-core/axe.min.js';
import { expect, fixture, html } from '@open-wc/testing';
import '../src/staff-desk/define.js';
import type { PlsStaffDesk } from '../src/staff-desk/pls-staff-desk.js';
import { axeViolations, shadow, until } from './harness.js';

/** The desk of sc-370811 on 2026-09-01, in English, for a member of `roles`. */
async function desk(roles: string[], centers: string[]): Promise<PlsStaffDesk> {
  const token = await (await fetch('/__plskit/staff-token', { method: 'POST', body: JSON.stringify({ roles, centers }) })).text();
  const element = document.createElement('pls-staff-desk');
  element.setAttribute('api-base', '/');
  element.setAttribute('center', 'sc-370811');
  element.setAttribute('date', '2026-09-01');
  element.setAttribute('locale', 'en');
  element.accessToken = token;
  await fixture(html`<main>${element}</main>`);
  return element;
}

const part = (element: Element, name: string) => shadow(element).querySelector<HTMLElement>(`[part~="${name}"]`);

/** Arms the test server to fail `module`, presses `button`: the desk stays on the roster and says why. */
async function failsOnRoster(element: PlsStaffDesk, button: string, module: string): Promise<void> {
  const press = await until(() => part(element, button), 'the roster');
  await fetch(`/__plskit/fail-module?name=${module}`, { method: 'POST' });
  press.click();
  const message = await until(() => part(element, 'message'), 'the failure said');
  expect(message.textContent).to.match(/could not|try again/i);
  expect(part(element, 'day')?.textContent).to.contain('September 1, 2026');
  expect(await axeViolations(element)).to.deep.equal([]);
}

describe('<pls-staff-desk> when a later screen\'s code cannot be fetched', () => {
  it('stays on the roster when the closure form cannot be fetched, and says so, never a blank screen', async () => {
    const element = await desk(['center-staff'], ['sc-370811']);
    await failsOnRoster(element, 'close-day-button', 'closure-view');
    expect(part(element, 'closure-form')).to.equal(null);
  });

  it('stays on the roster when booking for a caller cannot be fetched, and says so', async () => {
    const element = await desk(['hotline-operator'], []);
    await failsOnRoster(element, 'book-for-caller-button', 'caller-booking');
    expect(shadow(element).querySelector('#service')).to.equal(null);
  });
});
