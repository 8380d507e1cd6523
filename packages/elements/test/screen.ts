// A step-by-step widget's screen as a resident reads and uses it: its parts,
// its heading and text, and the keyboard (the booker's and the question form's tests).
import { sendKeys } from '@web/test-runner-commands';
import { shadow } from './harness.js';

export const $ = <T extends HTMLElement = HTMLElement>(element: Element, selector: string) => shadow(element).querySelector<T>(selector);
export const part = (element: Element, name: string) => $(element, `[part~="${name}"]`);
export const heading = (element: Element) => $(element, '#step-heading')?.textContent?.trim() ?? '';
export const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Focuses a control and presses a key on it, as a keyboard user would. */
export async function press(control: HTMLElement | null, key: string): Promise<void> {
  if (!control) throw new Error(`nothing to press ${key} on`);
  control.focus();
  await sendKeys({ press: key });
}

export async function typeInto(element: Element, id: string, value: string): Promise<void> {
  $(element, `#${id}`)!.focus();
  await sendKeys({ type: value });
}
