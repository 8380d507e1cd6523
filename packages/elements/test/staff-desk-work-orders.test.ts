import 'axe-core/axe.min.js';
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PlsErrorDetail } from '../src/base/pls-error-event.js';
import type { PlsStaffDesk } from '../src/staff-desk/pls-staff-desk.js';
import { axeViolations, keyedFetch, shadow, until } from './harness.js';
import { $, desk, live, part, press, staffToken, text } from './staff-desk-fixture.js';

// The hotline's and the centers' work-order screens of <pls-staff-desk>,
// against the real sandbox: residents ask on the web through the public API,
// the test server's identity provider signs the staff tokens
// (web-test-runner.config.mjs), and staff act through the desk's screens only.

const hotline = () => staffToken({ sub: 'operator-1', roles: ['hotline-operator'], centers: [], name: '12345 话务员' });

let asked = 0;
/** A question asked on the web, as <pls-legal-question> asks it; a phone of its own, so no test meets another's. */
async function askOnTheWeb(question: string): Promise<{ reference: string; manageToken: string; name: string; phone: string }> {
  const notice = await (await fetch('/v1/privacy-notices/work-orders')).json();
  const topic = (await (await fetch('/v1/practice-areas')).json()).items[0].code;
  const phone = `1390537${String(Date.now() % 10000).padStart(4, '0')}`.slice(0, 11 - String(asked).length) + String(asked++);
  const name = '王秀兰';
  const reply = await fetch('/v1/work-orders', {
    method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
    body: JSON.stringify({ kind: 'question', topic, region: '370811', text: question, contact: { name, phone }, consent: { privacyNotice: notice.version, agreed: true } }),
  });
  expect(reply.status, 'the web question').to.equal(201);
  return { ...(await reply.json()), name, phone };
}

const focused = (element: Element) => shadow(element).activeElement;

/** A supervisor passes the work order to `center` through the API. */
async function passOn(reference: string, center: string): Promise<void> {
  const supervisor = await staffToken({ roles: ['supervisor'], centers: [] });
  const reply = await fetch(`/v1/staff/work-orders/${reference}/assign`, {
    method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${supervisor}` }, body: JSON.stringify({ center }),
  });
  expect(reply.status, `passed to ${center}`).to.equal(200);
}

async function type(element: Element, selector: string, words: string): Promise<void> {
  const field = await until(() => $(element, selector), selector);
  field.focus();
  await sendKeys({ type: words });
  await until(() => (field as HTMLInputElement).value.endsWith(words), `${selector} typed`);
}

function choose(element: Element, selector: string, value: string): void {
  const select = $<HTMLSelectElement>(element, selector);
  if (!select) throw new Error(`no ${selector}`);
  select.value = value;
  select.dispatchEvent(new Event('change'));
}

/** The queue's row of `reference`, loading more pages until it shows (the queue is earliest due first, the whole suite's orders in it). */
async function queueRow(element: Element, reference: string): Promise<HTMLElement> {
  return until(() => {
    const row = [...shadow(element).querySelectorAll<HTMLElement>('[part~="work-order"]')].find((tr) => text(tr.querySelector('th')) === reference);
    const more = part(element, 'more-button');
    if (!row && more && more.getAttribute('aria-disabled') !== 'true') more.click();
    return row;
  }, `${reference} in the queue`, 15000);
}

/** Waits until the queue has had its answer (rows, or none). */
const queueShown = (element: Element) => until(() => part(element, 'queue') || part(element, 'empty'), 'the queue');

async function workOrdersTab(element: PlsStaffDesk): Promise<void> {
  await press(await until(() => $(element, '#tab-work-orders'), 'the work-orders tab'), 'Enter');
  await queueShown(element);
}

async function openOrder(element: PlsStaffDesk, reference: string): Promise<void> {
  await workOrdersTab(element);
  await press((await queueRow(element, reference)).querySelector('[part~="open-button"]'), 'Enter');
  await until(() => part(element, 'question'), 'the work order opened');
}

describe('<pls-staff-desk> work orders', () => {
  it('shows a web question in the hotline queue masked, without the question; opening it (said to be recorded) shows it in full, announced; axe clean', async () => {
    const question = '我母亲的养老金被子女挪用，能申请法律援助吗？';
    const asked = await askOnTheWeb(question);
    const since = performance.now();
    const element = await desk({ token: await hotline() });
    const errors: PlsErrorDetail[] = [];
    element.addEventListener('pls-error', (event) => errors.push(event.detail));
    const tabs = await until(() => part(element, 'tabs'), 'the tab bar');
    expect([...tabs.querySelectorAll('[role="tab"]')].map((tab) => text(tab))).to.deep.equal(['来访', '工单', '记录来电']);
    expect(await axeViolations(element), 'the visitors under the tab bar').to.deep.equal([]);

    await workOrdersTab(element);
    const row = await queueRow(element, asked.reference);
    expect(text(row)).to.contain('王**').and.contain(`${asked.phone.slice(0, 3)}****${asked.phone.slice(7)}`).and.contain('待转交').and.contain('未转交');
    expect(text(row)).not.to.contain(asked.phone).and.not.to.contain('王秀兰').and.not.to.contain('养老金');
    expect(text(part(element, 'audit-note'))).to.contain('打开工单会显示来访人的问题和联系方式，并记入审计日志');
    expect(row.querySelector('[part~="open-button"]')!.getAttribute('aria-describedby')).to.equal('audit-note');
    expect(await axeViolations(element), 'the queue').to.deep.equal([]);

    await press(row.querySelector('[part~="open-button"]'), 'Enter');
    await until(() => text(part(element, 'question')) === question, 'the question in full');
    expect(text(part(element, 'work-order-details'))).to.contain('王秀兰').and.contain(asked.phone).and.contain('网上勾选同意');
    expect($(element, `a[href="tel:${asked.phone}"]`)).to.not.equal(null);
    expect(text(part(element, 'timeline'))).to.contain('收到');
    await until(() => live(element).includes(`已打开工单${asked.reference}`), 'the opening announced');
    await until(() => focused(element)?.id === 'step-heading', 'focus on the work order\'s heading');
    expect(await axeViolations(element), 'a work order opened').to.deep.equal([]);

    // the opening is in the audit log, by the operator
    const supervisor = await staffToken({ roles: ['supervisor'], centers: [] });
    const audit = await (await fetch('/v1/staff/audit-events?actor=operator-1', { headers: { authorization: `Bearer ${supervisor}` } })).json();
    expect(audit.items.some((event: { action: string; reference?: string }) => event.action === 'work-order-read' && event.reference === asked.reference)).to.equal(true);

    // back: the row's "open" has focus again
    await press(part(element, 'back-button'), 'Enter');
    await until(() => focused(element)?.id === `open-${asked.reference}`, 'focus back on the row');
    const urls = performance.getEntriesByType('resource').filter((entry) => entry.startTime >= since).map((entry) => entry.name).join(' ');
    expect(urls).to.contain('/v1/staff/work-orders').and.not.to.contain(asked.phone);
    expect(errors).to.deep.equal([]);
    expect(localStorage.length + sessionStorage.length).to.equal(0);
  });

  it('passes a work order to sc-370811: that center\'s staff see it and answer it, another center\'s do not see it', async () => {
    const asked = await askOnTheWeb('公司拖欠三个月工资，怎么办？');
    const operator = await desk({ token: await hotline() });
    await openOrder(operator, asked.reference);
    await press(part(operator, 'assign-button'), 'Enter');
    await until(() => text(part(operator, 'error-summary')).includes('请选择要转交的服务中心'), 'the center asked for');
    await until(() => focused(operator) === part(operator, 'error-summary'), 'focus on the summary');
    await until(() => $(operator, '#assign-center option[value="sc-370811"]'), 'the directory\'s centers');
    choose(operator, '#assign-center', 'sc-370811');
    await press(part(operator, 'assign-button'), 'Enter');
    await until(() => text(part(operator, 'status')) === '已转交', 'passed on');
    await until(() => live(operator).includes(`工单${asked.reference}已转交给任城区`), 'the passing announced');
    await until(() => focused(operator)?.id === 'order-status', 'focus on the new status');
    expect(text(part(operator, 'timeline'))).to.contain('转交给任城区');

    const elsewhere = await desk({ token: await staffToken({ centers: ['sc-370812'] }) });
    await workOrdersTab(elsewhere);
    await until(() => part(elsewhere, 'count') || part(elsewhere, 'empty'), 'the other center\'s queue');
    while (part(elsewhere, 'more-button')) {
      part(elsewhere, 'more-button')!.click();
      await until(() => part(elsewhere, 'more-button')?.getAttribute('aria-disabled') !== 'true', 'the next page');
    }
    expect(text(part(elsewhere, 'queue'))).not.to.contain(asked.reference);

    const center = await desk({ locale: 'en', token: await staffToken({ centers: ['sc-370811'] }) });
    expect([...(await until(() => part(center, 'tabs'), 'the tabs')).querySelectorAll('[role="tab"]')].map((tab) => text(tab))).to.deep.equal(['Visitors', 'Work orders']);
    await openOrder(center, asked.reference);
    expect(part(center, 'assign-form'), 'a center does not pass on').to.equal(null);
    expect(part(center, 'reply-form')).to.not.equal(null);
    expect(await axeViolations(center), 'a center\'s work order, en').to.deep.equal([]);
  });

  it('answers once: the answer shown and told to the resident; a colleague\'s second answer is refused in words, and the order is closed', async function () {
    this.timeout(30_000); // two desks, five screens checked by axe
    const asked = await askOnTheWeb('租房押金不退怎么办？');
    await passOn(asked.reference, 'sc-370811');
    const first = await desk({ token: await staffToken({ sub: 'staff-a' }) });
    const second = await desk({ locale: 'en', token: await staffToken({ sub: 'staff-b' }) });
    const errors: PlsErrorDetail[] = [];
    second.addEventListener('pls-error', (event) => errors.push(event.detail));
    await openOrder(first, asked.reference);
    await openOrder(second, asked.reference);

    const answer = '押金可先协商，协商不成可申请人民调解。';
    await type(first, '#reply-text', answer);
    expect(text(part(first, 'count'))).to.equal(`还可以输入${4000 - answer.length}字`);
    await press(part(first, 'reply-button'), 'Enter');
    await until(() => text(part(first, 'answer')) === answer, 'the answer shown');
    await until(() => live(first).includes('已答复，来访人会收到短信提醒'), 'the answer announced');
    expect(part(first, 'reply-form'), 'one answer').to.equal(null);
    const own = await (await fetch(`/v1/work-orders/${asked.reference}`, { headers: { 'x-manage-token': asked.manageToken } })).json();
    expect(own.answer.text).to.equal(answer);

    await type(second, '#reply-text', 'A second answer');
    await press(part(second, 'reply-button'), 'Enter');
    await until(() => text(part(second, 'message')).startsWith('This work order already has an answer'), 'the second answer refused');
    expect(part(second, 'message')!.getAttribute('role')).to.equal('alert');
    await until(() => text(part(second, 'answer')) === answer, 'the colleague\'s answer shown');
    expect(errors).to.deep.equal([{ source: 'pls-staff-desk', operation: 'reply-work-order', status: 409, code: 'work-order-answered' }]);
    expect(await axeViolations(second), 'a refused answer').to.deep.equal([]);

    await press(part(first, 'close-order-button'), 'Enter');
    await until(() => part(first, 'error-summary'), 'how it ended asked for');
    await until(() => focused(first) === part(first, 'error-summary'), 'focus on the summary');
    choose(first, '#close-resolution', 'answered');
    await press(part(first, 'close-order-button'), 'Enter');
    await until(() => text(part(first, 'status')) === '已办结', 'closed');
    expect(text(part(first, 'timeline'))).to.contain('办结：已解答或已回电');
    expect(part(first, 'close-form')).to.equal(null);
    expect(await axeViolations(first), 'a closed work order').to.deep.equal([]);

    // the colleague's screen still offers "close": the server refuses it, in words
    choose(second, '#close-resolution', 'duplicate');
    await press(part(second, 'close-order-button'), 'Enter');
    await until(() => text(part(second, 'message')) === 'This work order is closed: nothing more can be done to it.', 'acting on a closed one refused');
    expect((await (await fetch(`/v1/work-orders/${asked.reference}`, { headers: { 'x-manage-token': asked.manageToken } })).json()).status).to.equal('closed');
  });

  it('says the answer\'s count once the member pauses near the limit; back from a work order the filter now hides, focus is on the queue\'s heading', async function () {
    this.timeout(30_000); // a long answer, and axe
    const asked = await askOnTheWeb('工伤认定需要哪些材料？');
    await passOn(asked.reference, 'sc-370811');
    const element = await desk({ token: await staffToken({ sub: 'staff-c' }) });
    await workOrdersTab(element);
    choose(element, '#queue-status', 'assigned');
    await press(part(element, 'filter-button'), 'Enter');
    await until(() => [...shadow(element).querySelectorAll('[part~="work-order"]')].every((row) => row.getAttribute('data-status') === 'assigned'), 'the passed-on ones only');
    await press((await queueRow(element, asked.reference)).querySelector('[part~="open-button"]'), 'Enter');
    const field = await until(() => $<HTMLTextAreaElement>(element, '#reply-text'), 'the answer\'s field');

    // near the limit (4,000): the last key typed, then a pause, and the live region says what is left
    field.value = '答'.repeat(3299);
    field.dispatchEvent(new Event('input'));
    await type(element, '#reply-text', '复');
    await until(() => live(element) === '还可以输入700字', 'the count said after the pause');
    await type(element, '#reply-text', '。');
    await until(() => live(element) === '还可以输入699字', 'said again after the next pause');
    expect(await axeViolations(element), 'an answer near the limit').to.deep.equal([]);
    await press(part(element, 'reply-button'), 'Enter');
    await until(() => live(element).includes('已答复'), 'the answer announced');

    // answered, it is no longer "passed on": back, its row is gone, and focus is on the queue's heading, not lost
    await press(part(element, 'back-button'), 'Enter');
    await queueShown(element);
    await until(() => focused(element)?.id === 'step-heading' && text(focused(element)) === '工单', 'focus on the queue\'s heading');
    expect($(element, `#open-${asked.reference}`)).to.equal(null);
  });

  it('says in words that a work order passed on to another center meanwhile is no longer the member\'s to answer', async () => {
    const asked = await askOnTheWeb('邻居装修噪音扰民，怎么维权？');
    await passOn(asked.reference, 'sc-370811');
    const element = await desk({ token: await staffToken({}) });
    const errors: PlsErrorDetail[] = [];
    element.addEventListener('pls-error', (event) => errors.push(event.detail));
    await openOrder(element, asked.reference);
    await passOn(asked.reference, 'sc-370812');
    await type(element, '#reply-text', '可申请人民调解。');
    await press(part(element, 'reply-button'), 'Enter');
    await until(() => text(part(element, 'message')) === '您的账号无权处理这个工单或这个服务中心的工单。', 'the 403 in words');
    await until(() => focused(element) === part(element, 'message'), 'focus on the refusal');
    expect(errors).to.deep.equal([{ source: 'pls-staff-desk', operation: 'reply-work-order', status: 403, code: 'staff-forbidden' }]);
    expect((await (await fetch(`/v1/work-orders/${asked.reference}`, { headers: { 'x-manage-token': asked.manageToken } })).json()).status).to.equal('assigned');
  });

  it('records a hotline call with the caller\'s oral consent: the problems named first, then saved once although the first reply was lost', async () => {
    const token = await hotline();
    const keys: string[] = [];
    let lost = false;
    const loseFirstReply: typeof fetch = async (input, init) => {
      const request = new Request(input, init);
      const response = await fetch(request.clone());
      if (request.method === 'POST' && new URL(request.url).pathname === '/v1/staff/work-orders') {
        keys.push(request.headers.get('idempotency-key') ?? '');
        // the server saved it, the reply never came
        if (!lost) { lost = true; throw new TypeError('Failed to fetch'); }
      }
      return response;
    };
    const before = (await (await fetch('/v1/staff/work-orders?limit=1', { headers: { authorization: `Bearer ${token}` } })).json()).total;
    const element = await desk({ token, fetch: loseFirstReply });
    await press(await until(() => $(element, '#tab-new-call'), 'the new-call tab'), 'Enter');
    await until(() => part(element, 'call-form'), 'the call form');
    const notice = await (await fetch('/v1/privacy-notices/work-orders')).json();
    expect(text(part(element, 'notice-version'))).to.contain(notice.version);
    expect(text(part(element, 'privacy-notice'))).to.not.equal('');
    expect(await axeViolations(element), 'the call form').to.deep.equal([]);

    await press(part(element, 'save-button'), 'Enter');
    const summary = await until(() => part(element, 'error-summary'), 'the error summary');
    await until(() => focused(element) === summary, 'focus on the summary');
    expect(text(summary)).to.contain('请选择来电人需要的服务').and.contain('请填写来电人的问题').and.contain('请先向来电人宣读告知书');
    expect(await axeViolations(element), 'the call form with problems').to.deep.equal([]);

    choose(element, '#call-kind', 'callback');
    await until(() => $(element, '#call-day option:nth-child(2)'), 'the call-back days');
    choose(element, '#call-day', $<HTMLOptionElement>(element, '#call-day option:nth-child(2)')!.value);
    choose(element, '#call-part', 'afternoon');
    choose(element, '#call-topic', $<HTMLOptionElement>(element, '#call-topic option:nth-child(2)')!.value);
    choose(element, '#call-region', '370811');
    await type(element, '#call-question', '老人被推销保健品骗了两万元，想问怎么追回。');
    await type(element, '#call-name', '张大爷');
    await type(element, '#call-phone', '13905370000');
    await press($(element, '#call-consent'), 'Space');
    await press(part(element, 'save-button'), 'Enter');
    await until(() => text(part(element, 'message')).includes('再次保存不会重复登记'), 'the lost reply said');
    expect($<HTMLTextAreaElement>(element, '#call-question')!.value, 'nothing typed is lost').to.contain('保健品');

    await press(part(element, 'save-button'), 'Enter');
    const reference = await until(() => /工单号 (\S+)：/.exec(text(part(element, 'reference')))?.[1], 'the reference to give the caller');
    await until(() => focused(element)?.id === 'step-heading', 'focus on the saved call');
    await until(() => live(element).includes(reference), 'the reference announced');
    expect(keys).to.have.length(2);
    expect(keys[1]).to.equal(keys[0]);
    const after = (await (await fetch('/v1/staff/work-orders?limit=1', { headers: { authorization: `Bearer ${token}` } })).json()).total;
    expect(after, 'one work order, not two').to.equal(before + 1);
    expect(await axeViolations(element), 'the call saved').to.deep.equal([]);

    await press(part(element, 'open-saved-button'), 'Enter');
    await until(() => text(part(element, 'question')).includes('保健品'), 'the call opened in the work orders');
    expect($(element, '#tab-work-orders')!.getAttribute('aria-selected')).to.equal('true');
    expect(text(part(element, 'work-order-details'))).to.contain('热线').and.contain(`来电人口头同意（宣读的告知书版本 ${notice.version}）`).and.contain('回电');
  });

  it('says the caller\'s question\'s count once the operator pauses near the limit', async () => {
    const element = await desk({ token: await hotline() });
    await press(await until(() => $(element, '#tab-new-call'), 'the new-call tab'), 'Enter');
    const field = await until(() => $<HTMLTextAreaElement>(element, '#call-question'), 'the question\'s field');
    field.value = '问'.repeat(799);
    field.dispatchEvent(new Event('input'));
    await type(element, '#call-question', '题');
    await until(() => live(element) === '还可以输入200字', 'the count said after the pause');
  });

  it('says in words that a number already has as many questions waiting as one may, and records nothing', async () => {
    const token = await hotline();
    const authorization = `Bearer ${token}`;
    const notice = await (await keyedFetch('/v1/privacy-notices/work-orders')).json();
    const call = (i: number) => ({ kind: 'question', topic: 'labour', region: '370811', text: `工资被拖欠，第${i}次来电`, contact: { name: '钱限额', phone: '13905370009' },
      consent: { privacyNotice: notice.version, agreed: true, form: 'oral' } });
    for (const i of [1, 2, 3]) {
      const held = await keyedFetch('/v1/staff/work-orders', {
        method: 'POST', headers: { authorization, 'content-type': 'application/json', 'idempotency-key': `desk-limit-held-call-000${i}` }, body: JSON.stringify(call(i)),
      });
      expect(held.status).to.equal(201);
    }
    const before = (await (await keyedFetch('/v1/staff/work-orders?limit=1', { headers: { authorization } })).json()).total;
    // the sandbox that keeps the default limit of 3 questions waiting a number
    const element = await desk({ token, fetch: keyedFetch });
    await press(await until(() => $(element, '#tab-new-call'), 'the new-call tab'), 'Enter');
    await until(() => part(element, 'call-form'), 'the call form');
    choose(element, '#call-kind', 'question');
    choose(element, '#call-topic', $<HTMLOptionElement>(element, '#call-topic option:nth-child(2)')!.value);
    choose(element, '#call-region', '370811');
    await type(element, '#call-question', '工资被拖欠，第4次来电');
    await type(element, '#call-name', '钱限额');
    await type(element, '#call-phone', '13905370009');
    await press($(element, '#call-consent'), 'Space');
    await press(part(element, 'save-button'), 'Enter');
    await until(() => text(part(element, 'message')).includes('这个号码已有多个问题在等待答复，已达每个号码的上限'), 'the limit said');
    expect(part(element, 'reference')).to.equal(null);
    expect($<HTMLTextAreaElement>(element, '#call-question')!.value, 'nothing typed is lost').to.contain('第4次');
    const after = (await (await keyedFetch('/v1/staff/work-orders?limit=1', { headers: { authorization } })).json()).total;
    expect(after, 'nothing recorded').to.equal(before);
    expect(await axeViolations(element)).to.deep.equal([]);
  });

  it('goes through the tabs with the keyboard alone: arrows, Home and End show each area, Tab goes on into it', async () => {
    const element = await desk({ locale: 'en', token: await hotline() });
    const visitors = await until(() => $(element, '#tab-visitors'), 'the tabs');
    expect(visitors.getAttribute('tabindex')).to.equal('0');
    expect($(element, '#tab-work-orders')!.getAttribute('tabindex')).to.equal('-1');
    await press(visitors, 'ArrowRight');
    expect(focused(element)?.id).to.equal('tab-work-orders');
    expect($(element, '#tab-work-orders')!.getAttribute('aria-selected')).to.equal('true');
    expect($(element, '[role="tabpanel"]')!.getAttribute('aria-labelledby')).to.equal('tab-work-orders');
    await queueShown(element);
    await sendKeys({ press: 'End' });
    expect(focused(element)?.id).to.equal('tab-new-call');
    await until(() => part(element, 'call-form'), 'the call form');
    await sendKeys({ press: 'ArrowRight' });
    expect(focused(element)?.id).to.equal('tab-visitors');
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'Home' });
    expect(focused(element)?.id).to.equal('tab-visitors');
    await until(() => part(element, 'day-picker'), 'the visitors again');
    await sendKeys({ press: 'ArrowRight' });
    await queueShown(element);
    await sendKeys({ press: 'Tab' });
    expect(focused(element)?.id, 'Tab leaves the tab bar for the area').to.equal('queue-status');
  });

  it('says an expired sign-in in words on the queue, tells the host with nothing personal, and asks again with the new token the host hands', async () => {
    const element = await desk({ locale: 'en', token: await hotline() });
    const errors: PlsErrorDetail[] = [];
    element.addEventListener('pls-error', (event) => errors.push(event.detail));
    await until(() => $(element, '#tab-work-orders'), 'the tabs');
    element.accessToken = await staffToken({ roles: ['hotline-operator'], centers: [], expiresIn: -600 });
    await press($(element, '#tab-work-orders'), 'Enter');
    await until(() => text(part(element, 'error')).includes('Your sign-in has expired'), 'the 401 in words');
    expect(errors).to.deep.equal([{ source: 'pls-staff-desk', operation: 'list-staff-work-orders', status: 401, code: 'staff-token-expired' }]);
    expect(await axeViolations(element), 'an expired sign-in on the queue').to.deep.equal([]);
    element.accessToken = await hotline();
    await queueShown(element);
  });

  it('is usable in senior mode on the work-order screens: text of at least 18 px, every control at least 60 by 60 px', async () => {
    const element = await desk({ senior: true, token: await hotline() });
    const check = async (what: string) => {
      for (const node of shadow(element).querySelectorAll<HTMLElement>('td, th, p, button, select, input, label, textarea, dd, dt, li')) {
        expect(parseFloat(getComputedStyle(node).fontSize), `${what}: font size of ${node.localName}`).to.be.at.least(18);
      }
      for (const target of shadow(element).querySelectorAll<HTMLElement>('button, select, input:not([type="checkbox"]), textarea')) {
        const box = target.getBoundingClientRect();
        expect(box.height, `${what}: height of ${target.localName}#${target.id}`).to.be.at.least(60);
        expect(box.width, `${what}: width of ${target.localName}#${target.id}`).to.be.at.least(60);
      }
      expect(await axeViolations(element), `senior: ${what}`).to.deep.equal([]);
    };
    await workOrdersTab(element);
    await check('the queue');
    await press($(element, '#tab-new-call'), 'Enter');
    await until(() => part(element, 'call-form'), 'the call form');
    await check('the call form');
  });
});

describe('<pls-staff-desk> returning a work order to the hotline', () => {
  const own = async (asked: { reference: string; manageToken: string }) =>
    (await fetch(`/v1/work-orders/${asked.reference}`, { headers: { 'x-manage-token': asked.manageToken } })).json();

  it('returns one passed to the member\'s center with a reason, by keyboard alone: asked, counted, confirmed, shown once the server confirmed it and announced; axe clean', async function () {
    this.timeout(30_000); // four screens checked by axe
    const asked = await askOnTheWeb('户籍在历城区，工伤赔偿怎么申请？');
    await passOn(asked.reference, 'sc-370811');
    const element = await desk({ token: await staffToken({ sub: 'staff-return' }) });
    const errors: PlsErrorDetail[] = [];
    element.addEventListener('pls-error', (event) => errors.push(event.detail));
    await openOrder(element, asked.reference);
    expect(text(part(element, 'return-form'))).to.contain('退回热线').and.contain('原因只有工作人员能看到').and.contain('最多500字');
    expect(await axeViolations(element), 'the return form').to.deep.equal([]);

    // no reason: named, and nothing sent
    await press(part(element, 'return-button'), 'Enter');
    await until(() => focused(element) === part(element, 'error-summary'), 'focus on the summary');
    expect(text(part(element, 'error-summary'))).to.contain('请填写退回原因');
    expect($(element, '#return-reason')!.getAttribute('aria-invalid')).to.equal('true');

    const reason = '来访人户籍和工作地都在历城区，应由历城区中心办理。';
    await type(element, '#return-reason', reason);
    const count = $(element, '#return-reason-count');
    expect(text(count)).to.equal(`还可以输入${500 - reason.length}字`);
    expect($(element, '#return-reason')!.getAttribute('aria-describedby')).to.contain('return-reason-count');
    await press(part(element, 'return-button'), 'Enter');
    const confirm = await until(() => part(element, 'return-confirm-button'), 'the confirmation');
    await until(() => focused(element) === confirm, 'focus on the confirmation');
    expect(text(part(element, 'return-confirm'))).to.contain(`确认将工单${asked.reference}退回热线吗`);
    expect(text(part(element, 'status')), 'nothing changed before it is confirmed').to.equal('已转交');
    expect(await axeViolations(element), 'the confirmation').to.deep.equal([]);
    // cancelled: back to the reason, kept
    await press(part(element, 'return-cancel-button'), 'Enter');
    await until(() => focused(element)?.id === 'return-reason', 'focus back on the reason');
    expect(($(element, '#return-reason') as HTMLTextAreaElement).value).to.equal(reason);

    await press(part(element, 'return-button'), 'Enter');
    await press(await until(() => part(element, 'return-confirm-button'), 'the confirmation again'), 'Enter');
    await until(() => text(part(element, 'status')) === '待转交', 'at no center, as the server says');
    await until(() => live(element).includes(`工单${asked.reference}已退回热线`), 'the return announced');
    await until(() => focused(element)?.id === 'order-status', 'focus on the status');
    expect(text(part(element, 'timeline'))).to.contain(`退回热线：${reason}`);
    expect(part(element, 'return-form'), 'nothing more of it is the center\'s').to.equal(null);
    expect(part(element, 'reply-form')).to.equal(null);
    expect(await axeViolations(element), 'a returned work order').to.deep.equal([]);
    expect(errors).to.deep.equal([]);

    const resident = await own(asked);
    expect(resident).to.include({ status: 'received', center: null });
    expect(JSON.stringify(resident)).not.to.contain('历城区中心');
    const atTheHotline = await (await fetch(`/v1/staff/work-orders/${asked.reference}`, { headers: { authorization: `Bearer ${await hotline()}` } })).json();
    expect(atTheHotline).to.include({ status: 'received', center: null });
    expect(atTheHotline.timeline.at(-1)).to.include({ kind: 'returned', center: 'sc-370811', reason });
  });

  it('says a refused return in words: answered by a colleague meanwhile, the order read again; returned by a colleague, nothing more to do', async function () {
    this.timeout(30_000);
    const answered = await askOnTheWeb('拖欠工资能否申请先予执行？');
    await passOn(answered.reference, 'sc-370811');
    const element = await desk({ locale: 'en', token: await staffToken({ sub: 'staff-late' }) });
    const errors: PlsErrorDetail[] = [];
    element.addEventListener('pls-error', (event) => errors.push(event.detail));
    await openOrder(element, answered.reference);
    const colleague = await staffToken({ sub: 'staff-quick' });
    const reply = await fetch(`/v1/staff/work-orders/${answered.reference}/reply`, {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${colleague}` }, body: JSON.stringify({ text: '可以申请。' }),
    });
    expect(reply.status).to.equal(200);
    await type(element, '#return-reason', 'Another county');
    await press(part(element, 'return-button'), 'Enter');
    await press(await until(() => part(element, 'return-confirm-button'), 'the confirmation'), 'Enter');
    await until(() => text(part(element, 'message')).startsWith('This work order already has an answer'), 'the 409 in words');
    expect(part(element, 'message')!.getAttribute('role')).to.equal('alert');
    await until(() => text(part(element, 'answer')) === '可以申请。', 'the order read again');
    expect(part(element, 'return-form'), 'an answered order is not returned').to.equal(null);
    expect(await axeViolations(element), 'a refused return').to.deep.equal([]);

    const returned = await askOnTheWeb('外县户籍，劳动争议在哪里仲裁？');
    await passOn(returned.reference, 'sc-370811');
    await press(part(element, 'back-button'), 'Enter');
    await openOrder(element, returned.reference);
    const back = await fetch(`/v1/staff/work-orders/${returned.reference}/return`, {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${colleague}` }, body: JSON.stringify({ reason: '不属本县区' }),
    });
    expect(back.status).to.equal(200);
    await type(element, '#reply-text', 'You may apply to the arbitration committee where you work.');
    await press(part(element, 'reply-button'), 'Enter');
    await until(() => text(part(element, 'message')).startsWith('This work order was returned to the hotline'), 'the return said in words');
    await until(() => focused(element) === part(element, 'message'), 'focus on the refusal');
    expect(part(element, 'reply-form'), 'nothing more of it is the member\'s').to.equal(null);
    expect(part(element, 'question'), 'what the member read stays').to.not.equal(null);
    expect(errors).to.deep.equal([
      { source: 'pls-staff-desk', operation: 'return-work-order', status: 409, code: 'work-order-answered' },
      { source: 'pls-staff-desk', operation: 'reply-work-order', status: 409, code: 'work-order-not-assigned' },
    ]);
    expect((await own(returned)).status).to.equal('received');
  });

  it('is usable in senior mode: the reason and its confirmation in text of at least 18 px, targets of at least 60 by 60 px', async () => {
    const asked = await askOnTheWeb('邻县的房屋买卖纠纷怎么咨询？');
    await passOn(asked.reference, 'sc-370811');
    const element = await desk({ senior: true, token: await staffToken({ sub: 'staff-senior' }) });
    await openOrder(element, asked.reference);
    await type(element, '#return-reason', '不属本县区');
    await press(part(element, 'return-button'), 'Enter');
    await until(() => part(element, 'return-confirm-button'), 'the confirmation');
    const form = part(element, 'return-form')!;
    for (const node of form.querySelectorAll<HTMLElement>('p, button, label, textarea, h3')) {
      expect(parseFloat(getComputedStyle(node).fontSize), `font size of ${node.localName}`).to.be.at.least(18);
    }
    for (const target of form.querySelectorAll<HTMLElement>('button, textarea')) {
      const box = target.getBoundingClientRect();
      expect([box.width >= 60, box.height >= 60], `${target.localName} ${target.getAttribute('part') ?? target.id}`).to.deep.equal([true, true]);
    }
    expect(await axeViolations(element), 'senior: the confirmation').to.deep.equal([]);
  });
});
