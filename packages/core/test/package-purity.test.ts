// @plskit/core runs unchanged in the browser and on the server: no DOM, no
// network, no Node-only module, no time-zone-dependent date API.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = new URL('../src/', import.meta.url).pathname;
const files = (readdirSync(SRC, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts'));

describe('@plskit/core sources', () => {
  it('exist', () => {
    expect(files.length).toBeGreaterThan(15);
  });

  it.each(files)('%s uses no DOM, network, Node module or local-time API', (file) => {
    const source = readFileSync(join(SRC, file), 'utf8');
    expect(source).not.toMatch(/from ['"](node:|fs|path|crypto|http)/);
    expect(source).not.toMatch(/\b(document|window|localStorage|fetch|XMLHttpRequest)\b\s*[.(]/);
    expect(source).not.toMatch(/\bIntl\.[A-Z]|toLocale\w*String|\.get(FullYear|Month|Date|Day|Hours|Minutes)\(|getTimezoneOffset/);
    expect(source).not.toMatch(/console\./);
  });

  it('puts each data file beside its engine with its sources', () => {
    for (const file of files.filter((f) => f.endsWith('.data.ts'))) {
      expect(readFileSync(join(SRC, file), 'utf8'), file).toMatch(/sources|Source|cite\(/);
    }
  });
});
