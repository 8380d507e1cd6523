// The staff desk when a later screen's code (the closure form, booking for a caller)
// cannot be fetched (the portal went offline after the roster loaded). In a file of its own: the browser
// keeps a failed module failed for the page's life.
import 'axe-core/axe.min.js';
import { expect, fixture, html } from '@open-wc/testing';
import '../src/staff-desk/define.js';
import type { PlsStaffDesk } from '../src/staff-desk/pls-staff-desk.js';
import { axeViolations, shadow, until } from './harness.js';

describe('<pls-staff-desk> when a later screen\'s code cannot be fetched', () => {
  it('stays on the roster and says so, never a blank screen', async () => {
    const token = await (await fetch('/__plskit/staff-token', { method: 'POST', body: JSON.stringify({ roles: ['center-staff'], centers: ['sc-370811'] }) })).text();
    const element = document.createElement('pls-staff-desk');
    element.setAttribute('api-base', '/');
    element.setAttribute('date', '2026-09-01');
    element.setAttribute('locale', 'en');
    element.accessToken = token;
    await fixture(html`<main>${element}</main>`);
    const part = (name: string) => shadow(element).querySelector<HTMLElement>(`[part~="${name}"]`);
    const close = await until(() => part('close-day-button'), 'the roster');
    await fetch('/__plskit/fail-module?name=closure-view', { method: 'POST' });
    close.click();
    const message = await until(() => part('message'), 'the failure said');
    expect(message.textContent).to.match(/could not|try again/i);
    expect(part('day')?.textContent).to.contain('September 1, 2026');
    expect(part('closure-form')).to.equal(null);
    expect(await axeViolations(element as PlsStaffDesk)).to.deep.equal([]);
  });

  it('stays on the roster when booking for a caller cannot be fetched, and says so', async () => {
    const token = await (await fetch('/__plskit/staff-token', { method: 'POST', body: JSON.stringify({ roles: ['hotline-operator'], centers: [] }) })).text();
    const element = document.createElement('pls-staff-desk');
    element.setAttribute('api-base', '/');
    element.setAttribute('center', 'sc-370811');
    element.setAttribute('date', '2026-09-01');
    element.setAttribute('locale', 'en');
    element.accessToken = token;
    await fixture(html`<main>${element}</main>`);
    const part = (name: string) => shadow(element).querySelector<HTMLElement>(`[part~="${name}"]`);
    const book = await until(() => part('book-for-caller-button'), 'the roster');
    await fetch('/__plskit/fail-module?name=caller-booking', { method: 'POST' });
    book.click();
    const message = await until(() => part('message'), 'the failure said');
    expect(message.textContent).to.match(/could not|try again/i);
    expect(part('day')?.textContent).to.contain('September 1, 2026');
    expect(shadow(element).querySelector('#service')).to.equal(null);
    expect(await axeViolations(element as PlsStaffDesk)).to.deep.equal([]);
  });
});
