// WebDriver key actions that press keys one after another, each down then up.
// (webdriverio's keys() holds them all down at once, a chord: a repeated
// character, the 0s of "13800138000", is then typed once.)
import { Key } from 'webdriverio';

/** Keys by Playwright's names (Enter, ArrowDown, Space) or as characters, as one WebDriver key source. */
export function pressed(keys) {
  return [{
    type: 'key',
    id: 'keyboard',
    actions: keys.flatMap((key) => {
      const value = Key[key] ?? key;
      return [{ type: 'keyDown', value }, { type: 'keyUp', value }];
    }),
  }];
}
