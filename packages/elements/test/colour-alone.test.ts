import { expect, fixture, html } from '@open-wc/testing';
import '../src/appointment-booker/define.js';
import type { PlsAppointmentBooker } from '../src/appointment-booker/pls-appointment-booker.js';
import { shadow, until } from './harness.js';

// WCAG 1.4.1 (use of colour) and Windows high contrast (forced colours, where the
// page's colours and backgrounds are replaced): a state must show by more than colour.
const NOT_COLOUR = ['borderTopWidth', 'borderTopStyle', 'outlineStyle', 'fontWeight', 'textDecorationLine', 'fontStyle'] as const;
const lookBeyondColour = (element: Element) => {
  const style = getComputedStyle(element);
  return NOT_COLOUR.map((property) => `${property}: ${style[property]}`);
};

describe('states shown by more than colour', () => {
  it('the booker\'s chosen day differs from another open day by more than its colours', async () => {
    const booker = await fixture<PlsAppointmentBooker>(html`<pls-appointment-booker api-base="/" region="370811"
      service="legal-aid-application"></pls-appointment-booker>`);
    const $ = (selector: string) => shadow(booker).querySelector<HTMLElement>(selector);
    (await until(() => $('#c-sc-370811'), 'the centers')).click();
    $('[part~="continue-button"]')!.click();
    await until(() => shadow(booker).querySelectorAll('td[aria-disabled="false"]').length > 1, 'two open days');
    const [chosen, other] = [...shadow(booker).querySelectorAll<HTMLElement>('td[aria-disabled="false"]')];
    chosen!.click();
    await until(() => chosen!.getAttribute('aria-selected') === 'true', 'the day chosen');
    (document.activeElement as HTMLElement | null)?.blur();
    expect(lookBeyondColour(chosen!)).not.to.deep.equal(lookBeyondColour(other!));
  });
});
