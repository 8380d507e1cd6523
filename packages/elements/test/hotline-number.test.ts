// The hotline residents are told to call is the page's setting: a question
// form's own `hotline`, else its <pls-provider>'s, else 12348 (where the city
// merged 12348 into 12345, 国办发〔2020〕53号, the page says 12345).
import 'axe-core/axe.min.js';
import { expect, fixture, html } from '@open-wc/testing';
import '../src/legal-question/define.js';
import '../src/provider/define.js';
import type { PlsLegalQuestion } from '../src/legal-question/pls-legal-question.js';
import { axeViolations, until } from './harness.js';
import { $, part, press, questionForm, text, toCheck } from './question-journey.js';

/** What a form following an unknown reference says. */
async function notFound(element: PlsLegalQuestion): Promise<string> {
  element.follow('GD-ZZZZ-ZZZZ', 'x'.repeat(43));
  return text(await until(() => part(element, 'error'), 'the failure'));
}

describe('<pls-legal-question hotline>', () => {
  it('tells the resident to call its hotline after asking, and never 12348', async () => {
    const element = await questionForm({ locale: 'en', region: '370811' });
    element.setAttribute('hotline', '12345');
    await toCheck(element);
    await press(part(element, 'send-button'), 'Enter');
    await until(() => part(element, 'reference'), 'asked');
    const hint = text(await until(() => $(element, '.done .hint'), 'the done screen'));
    expect(hint).to.contain('You can also call 12345 with your reference.');
    expect(hint).not.to.contain('12348');
    expect(await axeViolations(element)).to.deep.equal([]);
  });

  it('says 12348 by default, its own hotline when it has one, in either language', async () => {
    expect(await notFound(await questionForm({ locale: 'en' }))).to.contain('or call 12348.');
    const own = await questionForm({ locale: 'zh-CN' });
    own.hotline = '0537-12345';
    expect(await notFound(own)).to.equal('找不到这个咨询，或链接已失效。请核对链接，或致电 0537-12345。');
  });

  it('takes its provider\'s hotline, page-wide; its own wins', async () => {
    const provider = await fixture<HTMLElement>(html`<pls-provider api-base="/" locale="en" hotline="12345">
      <pls-legal-question></pls-legal-question><pls-legal-question hotline="0537-12348"></pls-legal-question>
    </pls-provider>`);
    const [shared, own] = [...provider.querySelectorAll<PlsLegalQuestion>('pls-legal-question')];
    const said = await notFound(shared!);
    expect(said).to.contain('or call 12345.');
    expect(said).not.to.contain('12348');
    expect(await notFound(own!)).to.contain('or call 0537-12348.');
  });
});
