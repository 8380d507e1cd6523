import 'axe-core/axe.min.js';
import { expect } from '@open-wc/testing';
import '../src/legal-question/define.js';
import { readManageLink } from '../src/links/manage-link.js';
import { PlsQuestionRequestEvent } from '../src/links/pls-question-request-event.js';
import type { PlsQuestionAskedDetail } from '../src/legal-question/pls-question-asked-event.js';
import { axeViolations, keyedFetch, shadow, until } from './harness.js';
import { $, ID_NUMBER, QUESTION, RESIDENT, announced, clear, expectSeniorTargets, heading, next, part, press, questionForm, text, toCheck, typeInto } from './question-journey.js';

describe('<pls-legal-question>: a resident’s whole journey, in English, senior mode, keyboard only, 360 px wide', () => {
  it('asks for a call back on labour in 任城区, is refused an ID number, gets the reference and the link, and follows it', async () => {
    const asked: PlsQuestionAskedDetail[] = [];
    document.addEventListener('pls-question-asked', (event) => asked.push(event.detail), { once: true });
    const element = await questionForm({ locale: 'en', senior: true, region: '370811' });

    // 1. the topic in plain words; the county from the host
    await until(() => $(element, '#t-labour'), 'the topics');
    expect(heading(element)).to.equal('What is your question about?');
    expect(text(part(element, 'progress'))).to.equal('Step 1 of 6');
    expect($<HTMLSelectElement>(element, '#region')!.value).to.equal('370811');
    expect(await axeViolations(element), 'topic').to.deep.equal([]);
    expectSeniorTargets(element, 'topic');
    await next(element);
    const topicSummary = await until(() => part(element, 'error-summary'), 'no topic chosen');
    await until(() => shadow(element).activeElement === topicSummary, 'focus on the error summary');
    expect(text(topicSummary)).to.contain('Choose a topic');
    await press($(element, '#t-labour'), 'Space');
    await next(element);

    // 2. the question: the count, and an ID number refused where it is written
    const area = await until(() => $<HTMLTextAreaElement>(element, '#question'), 'the question step');
    expect(text($(element, '#question-hint'))).to.contain('Do not write ID numbers');
    await typeInto(element, 'question', `${QUESTION} My ID is ${ID_NUMBER}.`);
    expect(text(part(element, 'count'))).to.match(/^Characters left: \d+$/);
    await next(element);
    const summary = await until(() => part(element, 'error-summary'), 'the ID number refused');
    expect(text(summary)).to.contain('Your question has an ID number in it');
    expect(area.getAttribute('aria-invalid')).to.equal('true');
    expect(await axeViolations(element), 'question, refused').to.deep.equal([]);
    await clear(element, 'question');
    await typeInto(element, 'question', QUESTION);
    expect(text(part(element, 'count'))).to.equal(`Characters left: ${1000 - QUESTION.length}`);
    await next(element);

    // 3. a call back on a working day the API offers
    await press(await until(() => $(element, '#kind-list-callback'), 'the answer step'), 'Space');
    const day = await until(() => $<HTMLInputElement>(element, '#day-list input'), 'the days offered');
    await press(day, 'Space');
    await press($(element, '#part-list-morning'), 'Space');
    expect(await axeViolations(element), 'answer').to.deep.equal([]);
    expectSeniorTargets(element, 'answer');
    await next(element);

    // 4. contact: the notice in full before consent; every problem named
    await until(() => part(element, 'privacy-notice'), 'the privacy notice');
    expect(text(part(element, 'privacy-notice'))).to.contain('Personal Information Protection Law');
    await next(element);
    const contactSummary = await until(() => part(element, 'error-summary'), 'the contact problems');
    expect([...contactSummary.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['#name', '#phone', '#consent']);
    await typeInto(element, 'name', RESIDENT.name);
    await typeInto(element, 'phone', RESIDENT.phone);
    await press($(element, '#consent'), 'Space');
    expect(await axeViolations(element), 'contact').to.deep.equal([]);
    expectSeniorTargets(element, 'contact');
    await next(element);

    // 5. check, then send
    await until(() => part(element, 'send-button'), 'check your question');
    expect(text($(element, '.summary'))).to.contain('Labour').and.contain(QUESTION).and.contain(RESIDENT.name).and.contain('A call back: ').and.contain(', Morning');
    expect(await axeViolations(element), 'check').to.deep.equal([]);
    expectSeniorTargets(element, 'check');
    await press(part(element, 'send-button'), 'Enter');

    // 6. done: the reference, when staff call, the link with its token in the fragment only
    const reference = text(await until(() => part(element, 'reference'), 'the reference'));
    expect(reference).to.match(/^[A-Z]{2}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    await until(() => part(element, 'follow-link'), 'the follow link');
    expect(text(part(element, 'next'))).to.match(/^Staff will phone you on .+ \(Morning\)\.$/);
    const link = new URL(part(element, 'follow-link')!.getAttribute('href')!);
    const credentials = readManageLink(link.hash, 'pls-question')!;
    expect(credentials.reference).to.equal(reference);
    expect(link.search).to.equal(location.search);
    expect(link.pathname + link.search).not.to.contain(RESIDENT.phone);
    await until(() => announced(element).includes(reference), 'the reference announced');
    expect(asked).to.deep.equal([{ reference, kind: 'callback', topic: 'labour', region: '370811', dueBy: asked[0]!.dueBy }]);
    expect(asked[0]!.dueBy).to.match(/^\d{4}-\d{2}-\d{2}$/);
    expect(await axeViolations(element), 'done').to.deep.equal([]);
    // what was typed is gone from the widget (a shared kiosk)
    for (const typed of [RESIDENT.name, RESIDENT.phone, QUESTION]) expect(shadow(element).innerHTML).not.to.contain(typed);

    // 7. follow: the link opens the question and leaves the address bar without the token
    const page = location.href;
    history.replaceState(null, '', link.hash);
    const follower = await questionForm({ locale: 'en', senior: true });
    expect(location.hash).to.equal('');
    history.replaceState(null, '', page);
    await until(() => part(follower, 'status'), 'the question followed');
    expect(text(part(follower, 'reference'))).to.equal(reference);
    expect(text(part(follower, 'status'))).to.equal('Received');
    expect([...part(follower, 'timeline')!.querySelectorAll('li')].map((li) => li.dataset.step)).to.deep.equal(['received']);
    expect(text(part(follower, 'question'))).to.equal(QUESTION);
    expect(text(part(follower, 'waiting'))).to.contain('No answer yet');
    expect(await axeViolations(follower), 'follow').to.deep.equal([]);
    expectSeniorTargets(follower, 'follow');
  });
});

describe('<pls-legal-question>: when things go wrong', () => {
  it('retries a question whose reply was lost with the same Idempotency-Key, and the API has it once', async () => {
    const keys: string[] = [];
    const references: string[] = [];
    let dropped = false;
    const dropOnce: typeof fetch = async (input, init) => {
      const reply = await fetch(input, init);
      if (init?.method === 'POST' && String(input).endsWith('/v1/work-orders')) {
        keys.push(new Headers(init.headers).get('idempotency-key')!);
        references.push((await reply.clone().json()).reference);
        // the server has the question, but the reply never reaches the resident
        if (!dropped) {
          dropped = true;
          throw new TypeError('Failed to fetch');
        }
      }
      return reply;
    };
    const element = await questionForm({ locale: 'en', region: '370811', fetch: dropOnce });
    await toCheck(element);
    await press(part(element, 'send-button'), 'Enter');
    await until(() => text($(element, '.message')).includes('No answer came'), 'the no-answer message');
    expect(text($(element, '.summary'))).to.contain(QUESTION);
    expect($<HTMLButtonElement>(element, '[part~="send-button"]')!.disabled).to.equal(false);
    await press(part(element, 'send-button'), 'Enter');
    const reference = text(await until(() => part(element, 'reference'), 'asked'));
    expect(keys).to.have.length(2);
    expect(keys[0]).to.equal(keys[1]);
    expect(references).to.deep.equal([reference, reference]);
  });

  it('offline on “send”: keeps everything typed, says so, and sends when the connection returns', async () => {
    let online = true;
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => online });
    try {
      const element = await questionForm({ region: '370811', locale: 'en', fetch: (input, init) => {
        if (!online) return Promise.reject(new TypeError('Failed to fetch'));
        return fetch(input, init);
      } });
      await toCheck(element);
      online = false;
      await press(part(element, 'send-button'), 'Enter');
      await until(() => text($(element, '.message')).includes('You are offline'), 'the offline message');
      expect(text($(element, '.summary'))).to.contain(QUESTION).and.contain(RESIDENT.name);
      online = true;
      window.dispatchEvent(new Event('online'));
      await until(() => part(element, 'reference'), 'asked when back online');
    } finally {
      delete (navigator as unknown as Record<string, unknown>).onLine;
    }
  });

  /** A fetch that changes the question on its way to the real sandbox, the first time only (what a stale page would send). */
  const alterOnce = (change: (body: Record<string, unknown>) => Record<string, unknown>): typeof fetch => {
    let altered = false;
    return (input, init) => {
      if (altered || init?.method !== 'POST' || !String(input).endsWith('/v1/work-orders')) return fetch(input, init);
      altered = true;
      return fetch(input, { ...init, body: JSON.stringify(change(JSON.parse(String(init.body)))) });
    };
  };

  it('an outdated notice: back to the contact step, consent to give again, then sent', async () => {
    const element = await questionForm({ locale: 'en', region: '370811',
      fetch: alterOnce((body) => ({ ...body, consent: { privacyNotice: '2020-01', agreed: true } })) });
    await toCheck(element);
    await press(part(element, 'send-button'), 'Enter');
    await until(() => text($(element, '.message')).includes('The privacy notice has changed'), 'the notice-changed message');
    expect(heading(element)).to.equal('How we can reach you');
    expect((await until(() => $<HTMLInputElement>(element, '#consent'), 'the notice again')).checked).to.equal(false);
    expect($<HTMLInputElement>(element, '#name')!.value).to.equal(RESIDENT.name);
    await press($(element, '#consent'), 'Space');
    await next(element);
    await press(await until(() => part(element, 'send-button'), 'check again'), 'Enter');
    await until(() => part(element, 'reference'), 'asked');
  });

  it('says to wait for an answer, or withdraw one, when the number already has as many questions waiting as one may', async () => {
    // the sandbox that keeps the default limit of 3 questions waiting a number
    const keyed = keyedFetch;
    const { version } = await (await keyed('/v1/privacy-notices/work-orders')).json();
    for (const i of [0, 1, 2]) {
      const held = await keyed('/v1/work-orders', {
        method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': `limit-held-question-000${i}` },
        body: JSON.stringify({ kind: 'question', topic: 'labour', region: '370811', text: `${QUESTION} (${i + 1})`, contact: RESIDENT,
          consent: { privacyNotice: version, agreed: true } }),
      });
      expect(held.status).to.equal(201);
    }
    const element = await questionForm({ locale: 'en', region: '370811', fetch: keyed });
    await toCheck(element);
    await press(part(element, 'send-button'), 'Enter');
    await until(() => text($(element, '.message')).includes('already has as many questions'), 'the limit message');
    expect(text($(element, '.message'))).to.contain('Wait until one is answered').and.contain('12348');
    expect(part(element, 'reference')).to.equal(null);
    expect(await axeViolations(element)).to.deep.equal([]);
  });

  it('a field the API refuses: back to that field’s step, what was typed kept', async () => {
    const element = await questionForm({ locale: 'en', region: '370811', fetch: alterOnce((body) => ({ ...body, topic: 'astrology' })) });
    await toCheck(element);
    await press(part(element, 'send-button'), 'Enter');
    await until(() => heading(element) === 'What is your question about?', 'the topic step');
    expect(text($(element, '.message'))).to.equal('Please check this step and correct it.');
    expect($<HTMLInputElement>(element, '#t-labour')!.checked).to.equal(true);
  });

  it('counts past 1,000 characters as too many and keeps the resident on the step', async () => {
    const element = await questionForm({ region: '370811', locale: 'en', topic: 'labour' });
    await next(await until(() => $(element, '#t-labour:checked') && element, 'the topic set by the host'));
    const area = await until(() => $<HTMLTextAreaElement>(element, '#question'), 'the question step');
    area.value = '问'.repeat(1001);
    area.dispatchEvent(new Event('input'));
    await element.updateComplete;
    expect(text(part(element, 'count'))).to.equal('Too many characters: 1');
    expect($(element, '.count.over')).not.to.equal(null);
    await next(element);
    expect(text(await until(() => part(element, 'error-summary'), 'too long'))).to.contain('1000 characters or fewer');
    expect(heading(element)).to.equal('Write your question');
  });

  it('reads a wrong token, an unknown reference and a reference of another kind the same', async () => {
    const element = await questionForm({ region: '370811', locale: 'en' });
    await toCheck(element);
    await press(part(element, 'send-button'), 'Enter');
    const reference = text(await until(() => part(element, 'reference'), 'asked'));
    for (const unknown of [reference, 'GD-ZZZZ-ZZZZ', 'JN-ZZZZ-ZZZZ']) {
      const follower = await questionForm({ locale: 'en' });
      follower.follow(unknown, 'x'.repeat(43));
      await until(() => part(follower, 'error'), 'the failure');
      expect(text(part(follower, 'error'))).to.equal('This question cannot be found, or the link no longer works. Check the link, or call 12348.');
    }
  });
});

describe('<pls-legal-question>: opened from another widget’s “ask a question about this”', () => {
  it('opens on the topic a pls-question-request names, unless the host cancels it', async () => {
    const element = await questionForm({ locale: 'en', region: '370811' });
    await until(() => $(element, '#t-labour'), 'the topics');
    const from = document.createElement('div');
    element.parentElement!.append(from);
    from.dispatchEvent(new PlsQuestionRequestEvent({ topic: 'inheritance', region: '370811', source: 'pls-notary-checklist' }));
    await until(() => $<HTMLInputElement>(element, '#t-inheritance')?.checked, 'the topic set');

    const cancel = (event: Event) => event.preventDefault();
    document.addEventListener('pls-question-request', cancel);
    try {
      from.dispatchEvent(new PlsQuestionRequestEvent({ topic: 'labour', region: null, source: 'pls-aid-eligibility' }));
      await new Promise((resolve) => setTimeout(resolve, 50));
      await element.updateComplete;
      expect($<HTMLInputElement>(element, '#t-inheritance')!.checked, 'the host took it over').to.equal(true);
    } finally {
      document.removeEventListener('pls-question-request', cancel);
    }
  });
});

describe('<pls-legal-question>: a question a center returned to the hotline', () => {
  it('shows it being passed to another center, with no center and never the reason staff gave', async () => {
    const notice = await (await fetch('/v1/privacy-notices/work-orders')).json();
    const asked = await (await fetch('/v1/work-orders', {
      method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
      body: JSON.stringify({ kind: 'question', topic: 'labour', region: '370811', text: '外县的劳动争议在哪里仲裁？',
        contact: { name: '王秀兰', phone: '13905371234' }, consent: { privacyNotice: notice.version, agreed: true } }),
    })).json();
    const token = async (claims: object) => (await fetch('/__plskit/staff-token', { method: 'POST', body: JSON.stringify(claims) })).text();
    const act = async (claims: object, step: string, body: object) => {
      const reply = await fetch(`/v1/staff/work-orders/${asked.reference}/${step}`, {
        method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${await token(claims)}` }, body: JSON.stringify(body),
      });
      expect(reply.status, step).to.equal(200);
    };
    await act({ roles: ['supervisor'], centers: [] }, 'assign', { center: 'sc-370811' });
    await act({ roles: ['center-staff'], centers: ['sc-370811'] }, 'return', { reason: 'reason-probe 不属本县区' });

    for (const [locale, words, status] of [['zh-CN', '正在转交其他服务中心', '已收到'], ['en', 'Being passed to another center', 'Received']] as const) {
      const follower = await questionForm({ locale });
      follower.follow(asked.reference, asked.manageToken);
      await until(() => part(follower, 'timeline'), 'the question followed');
      expect(text(part(follower, 'status'))).to.equal(status);
      const steps = [...part(follower, 'timeline')!.querySelectorAll('li')];
      expect(steps.map((li) => li.dataset.step)).to.deep.equal(['received', 'assigned', 'returned']);
      expect(text(steps[2] ?? null)).to.contain(words);
      expect($(follower, '.center-line'), 'no center until it is passed on').to.equal(null);
      expect(shadow(follower).innerHTML).not.to.contain('reason-probe');
      expect(await axeViolations(follower), `follow, ${locale}`).to.deep.equal([]);
    }
  });
});
