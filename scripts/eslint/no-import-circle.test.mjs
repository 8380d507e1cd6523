// The lint refuses an import circle, a type-only or a lazy back-edge included,
// and lets a one-way chain of imports be.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { afterAll, describe, expect, it } from 'vitest';
import plskit from './no-import-circle.mjs';

const dir = mkdtempSync(join(tmpdir(), 'plskit-circle-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function lint(files) {
  const folder = mkdtempSync(join(dir, 'case-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
  const eslint = new ESLint({
    cwd: folder,
    overrideConfigFile: true,
    overrideConfig: [{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser }, plugins: { plskit }, rules: { 'plskit/no-import-circle': 'error' } }],
  });
  const results = await eslint.lintFiles(['*.ts']);
  return Object.fromEntries(results.map((result) => [result.filePath.slice(folder.length + 1), result.messages.map((message) => message.message)]));
}

describe('plskit/no-import-circle', () => {
  it('refuses a circle whose back-edge imports only a type', async () => {
    const found = await lint({
      'table.ts': "import type { Words } from './words.js';\nexport const table: Words = { hello: 'hi' };\n",
      'words.ts': "import { table } from './table.js';\nexport type Words = { hello: string };\nexport const words = table;\n",
    });
    expect(found['table.ts']).toEqual(['Import circle: table.ts -> words.ts -> table.ts. Move what both sides need into a module both import.']);
    expect(found['words.ts']).toHaveLength(1);
  });

  it('refuses a circle through a lazy import() and through three files', async () => {
    const found = await lint({
      'strings.ts': "export const load = () => import('./strings.en.js');\n",
      'strings.en.ts': "import type { load } from './strings.js';\nexport type Load = typeof load;\n",
      'a.ts': "export * from './b.js';\n", 'b.ts': "export { c } from './c.js';\n", 'c.ts': "import './a.js';\nexport const c = 1;\n",
    });
    expect(found['strings.ts']).toHaveLength(1);
    expect(found['a.ts']).toEqual(['Import circle: a.ts -> b.ts -> c.ts -> a.ts. Move what both sides need into a module both import.']);
  });

  it('lets imports that point one way be', async () => {
    const found = await lint({
      'zh.ts': "const text = { hello: '你好' };\nexport type Text = typeof text;\nexport default text;\n",
      'en.ts': "import type { Text } from './zh.js';\nexport default { hello: 'hi' } satisfies Text;\n",
      'strings.ts': "import zh from './zh.js';\nexport const tables = { zh, en: () => import('./en.js') };\n",
    });
    expect(Object.values(found).flat()).toEqual([]);
  });
});
