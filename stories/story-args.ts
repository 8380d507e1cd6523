// What every widget's stories share: the element's configuration (locale,
// senior mode, region), the state of the in-browser API, the steps a story
// takes before its screen is shown, the design tokens, and the variants of a
// story (English, senior mode, offline).
import type { ArgTypes, StoryObj } from '@storybook/web-components-vite';
import { tokenArgTypes } from './story-tokens.js';

export interface WidgetStoryArgs<Mode extends string> {
  /** State of the in-browser API. */
  mode: Mode;
  locale: 'zh-CN' | 'en';
  senior: boolean;
  region: string;
  /** Steps the story takes before the screen is shown (see the story file's walk()). */
  path: string[];
  [token: string]: unknown;
}

/** The controls of WidgetStoryArgs, with a widget's own between them and the tokens. */
export function widgetArgTypes(modes: readonly string[], regions: readonly string[], own: ArgTypes = {}): ArgTypes {
  return {
    mode: { control: 'select', options: modes, description: 'State of the in-browser API' },
    locale: { control: 'inline-radio', options: ['zh-CN', 'en'] },
    senior: { control: 'boolean' },
    region: { control: 'select', options: regions },
    path: { control: 'object', description: 'Steps the story takes before the screen is shown' },
    ...own,
    ...tokenArgTypes,
  };
}

type Configured = Pick<WidgetStoryArgs<string>, 'locale' | 'senior'>;
export const english = <A extends Configured>(story: StoryObj<A>): StoryObj<A> => ({ ...story, args: { ...story.args, locale: 'en' } as Partial<A> });
export const senior = <A extends Configured>(story: StoryObj<A>): StoryObj<A> => ({ ...story, args: { ...story.args, senior: true } as Partial<A> });

/** The browser reports itself offline while the story shows (and online again after). */
export const offline = {
  beforeEach: () => {
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    return () => { delete (navigator as unknown as Record<string, unknown>).onLine; };
  },
};

/** Resolves with what `probe` finds once the element has rendered it (a step's screen renders asynchronously). */
export async function shown<T>(probe: () => T | null | undefined | false): Promise<T> {
  for (let i = 0; i < 200; i += 1) {
    const found = probe();
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('story step did not appear');
}

/** The code step's story steps ("send-code", "code=<digits>", "confirm-code"), where the operator confirms numbers; any other step does nothing. */
export async function codeStep(find: (selector: string) => Promise<HTMLElement>, name: string | undefined, value: string): Promise<void> {
  if (name === 'send-code') (await find('[part~="send-code-button"]')).click();
  else if (name === 'confirm-code') (await find('[part~="confirm-code-button"]')).click();
  else if (name === 'code') {
    const field = await find('#code') as HTMLInputElement;
    field.value = value;
    field.dispatchEvent(new Event('input'));
  }
}
