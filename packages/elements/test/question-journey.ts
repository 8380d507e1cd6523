// The question form's steps as a resident takes them, with the keyboard, for
// its component tests (and the code step's): the real sandbox behind /v1/.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PlsLegalQuestion } from '../src/legal-question/pls-legal-question.js';
import { shadow, until } from './harness.js';
import { $, part, press, text, typeInto } from './screen.js';

export { $, heading, part, press, text, typeInto } from './screen.js';

// The sandbox's clock is 2026-09-01 09:00 (Tuesday); 370811 is 任城区.
export const RESIDENT = { name: 'Wang Xiaoming', phone: '13800138000' };
export const QUESTION = 'My employer has not paid my wages for three months. What can I do?';
/** A well-formed resident ID number (GB 11643 check digit included): the question must refuse it. */
export const ID_NUMBER = '11010519491231002X';

export interface Setup { locale?: string; senior?: boolean; region?: string; topic?: string; fetch?: typeof fetch }

export async function questionForm(setup: Setup = {}): Promise<PlsLegalQuestion> {
  const element = document.createElement('pls-legal-question');
  element.setAttribute('api-base', '/');
  for (const name of ['locale', 'region', 'topic'] as const) if (setup[name]) element.setAttribute(name, setup[name]!);
  element.toggleAttribute('senior', setup.senior ?? false);
  if (setup.fetch) element.fetch = setup.fetch;
  const main = await fixture<HTMLElement>(html`<main style="width: 360px">${element}</main>`);
  return main.querySelector('pls-legal-question')!;
}

export const announced = (element: Element) => text($(element, 'p.visually-hidden[aria-live]'));

export async function clear(element: Element, id: string): Promise<void> {
  const field = $<HTMLInputElement | HTMLTextAreaElement>(element, `#${id}`)!;
  field.focus();
  field.select();
  await sendKeys({ press: 'Backspace' });
}

/** Senior mode (MIIT 适老化 2021): every target of the screen at least 60 by 60 px, its text at least 18 px. */
export function expectSeniorTargets(element: Element, screen: string): void {
  const targets = [...shadow(element).querySelectorAll<HTMLElement>('button, select, textarea, input:not([type="radio"]):not([type="checkbox"]), .choice label')];
  expect(targets.length, `targets on ${screen}`).to.be.greaterThan(1);
  for (const target of targets) {
    const box = target.getBoundingClientRect();
    const what = `${screen}: ${target.localName} "${target.textContent?.trim().slice(0, 20)}"`;
    expect(box.height, `height of ${what}`).to.be.at.least(60);
    expect(box.width, `width of ${what}`).to.be.at.least(60);
    expect(parseFloat(getComputedStyle(target).fontSize), `font size of ${what}`).to.be.at.least(18);
  }
}

export const next = (element: Element) => press(part(element, 'continue-button'), 'Enter');

/** Topic, question and a written answer, as a keyboard user goes through them. */
export async function toContact(element: PlsLegalQuestion, kind: 'question' | 'callback' = 'question'): Promise<void> {
  await press(await until(() => $(element, '#t-labour'), 'the topics'), 'Space');
  await next(element);
  await typeInto(element, await until(() => $(element, '#question') && 'question', 'the question step'), QUESTION);
  await next(element);
  await press(await until(() => $(element, `#kind-list-${kind}`), 'the answer step'), 'Space');
  if (kind === 'callback') {
    await press(await until(() => $(element, '#day-list input'), 'the days offered'), 'Space');
    await press($(element, '#part-list-morning'), 'Space');
  }
  await next(element);
  await until(() => $(element, '#consent'), 'the contact step with its notice');
}

export async function toCheck(element: PlsLegalQuestion, kind: 'question' | 'callback' = 'question'): Promise<void> {
  await toContact(element, kind);
  await typeInto(element, 'name', RESIDENT.name);
  await typeInto(element, 'phone', RESIDENT.phone);
  await press($(element, '#consent'), 'Space');
  await next(element);
  await until(() => part(element, 'send-button'), 'check your question');
}
