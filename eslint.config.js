import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import plskit from './scripts/eslint/no-import-circle.mjs';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'storybook-static/**', 'coverage/**', '**/generated/**', '.plskit/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['packages/elements/src/**/*.ts', 'stories/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['packages/elements/src/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // personal data must never reach a log line: log through the sandbox logger only
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // Imports point one way: no circle of files, counting type-only and dynamic imports.
    plugins: { plskit },
    rules: { 'plskit/no-import-circle': 'error' },
  },
  {
    files: ['**/*.ts'],
    rules: {
      // `import type` for what is only a type: the import is erased, and a reader sees at once which edges carry code
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
    },
  },
  {
    files: ['scripts/**', 'e2e/**', '**/bin/**', '**/test/**', 'bench/**', '*.config.*'],
    rules: { 'no-console': 'off' },
  },
);
