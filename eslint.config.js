// ESLint for the TypeScript sources: typescript-eslint's recommended rules
// (syntax only, so the lint stays fast), and the house limits from STYLE.md.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'bench/.corpus/', 'test-results/', 'src/core/entities/weights.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { console: 'readonly', process: 'readonly' } },
    rules: {
      // Rules are typed `Rule<any>` in one list on purpose: each has its own options type.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-undef': 'off',
    },
  },
  {
    // STYLE.md's small functions: 60 lines of code at most, blank lines and comments not counted.
    files: ['src/**'],
    rules: { 'max-lines-per-function': ['error', { max: 60, skipBlankLines: true, skipComments: true, IIFEs: true }] },
  },
  {
    // Tests match the terminal's escape sequences in what a reporter prints.
    files: ['test/**'],
    rules: { 'no-control-regex': 'off' },
  },
);
