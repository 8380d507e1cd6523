// A later screen's chunk is imported once, however often it is asked for; a failed import is asked for again.
import { describe, expect, it } from 'vitest';
import { importOnce } from '../src/base/import-once.js';

describe('importOnce', () => {
  it('imports once for every caller, and again after a failure', async () => {
    let imports = 0;
    let fail = true;
    const load = importOnce(async () => {
      imports += 1;
      if (fail) throw new TypeError('Failed to fetch dynamically imported module');
      return { screen: 'questions' };
    });
    await expect(load()).rejects.toThrow(TypeError);
    fail = false;
    const [first, second] = await Promise.all([load(), load()]);
    expect(first).toBe(second);
    expect(await load()).toBe(first);
    expect(imports).toBe(2);
  });
});
