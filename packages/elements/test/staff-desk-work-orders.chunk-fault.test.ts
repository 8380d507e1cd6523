// The staff desk when the work-order screens' code cannot be fetched (the
// portal went offline after the desk loaded). In a file of its own: the
// browser keeps a failed module failed for the page's life.
import 'axe-core/axe.min.js';
import { expect } from '@open-wc/testing';
import { axeViolations, until } from './harness.js';
import { $, desk, part, press, staffToken, text } from './staff-desk-fixture.js';

describe('<pls-staff-desk> when the work-order screens cannot be fetched', () => {
  it('says so under the tab bar with a retry, never a blank panel, and the visitors still work', async () => {
    const element = await desk({ date: '2026-09-01', locale: 'en', token: await staffToken({ roles: ['hotline-operator'], centers: [] }) });
    const tab = await until(() => $(element, '#tab-work-orders'), 'the tabs');
    await fetch('/__plskit/fail-module?name=work-orders-area', { method: 'POST' });
    await press(tab, 'Enter');
    await until(() => text(part(element, 'panel')).match(/could not|try again/i), 'the failure said');
    expect(part(element, 'retry-button')).to.not.equal(null);
    expect(tab.getAttribute('aria-selected')).to.equal('true');
    expect(await axeViolations(element)).to.deep.equal([]);
    await press($(element, '#tab-visitors'), 'Enter');
    await until(() => part(element, 'day-picker'), 'the visitors');
  });
});
