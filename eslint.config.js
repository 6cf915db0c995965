import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import featureBoundaries from './scripts/eslint-feature-boundaries.js';

export default tseslint.config(
  { ignores: ['dist', 'dist-test', 'node_modules', 'public', 'test-results', 'playwright-report', '.cache', 'bench-results'] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['**/*.{ts,tsx}'],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    rules: { '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }] },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // One-way imports (lib/config/components -> features -> app; a feature never imports another), checked on
    // the resolved path of every relative import at any depth: scripts/eslint-feature-boundaries.js.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { atlas: { rules: { 'feature-boundaries': featureBoundaries } } },
    rules: { 'atlas/feature-boundaries': 'error' },
  },
  {
    // The address is written in one place, the link module's writeAddress, in canonical order (issue 17, item 1).
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/lib/link/adapter.tsx', 'src/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'MemberExpression[property.name=/^(pushState|replaceState)$/]',
          message: 'The address is written only by the link module (src/lib/link: writeAddress, or nuqs state through its adapter).',
        },
      ],
    },
  },
  {
    files: ['scripts/**/*.{js,mjs}'],
    extends: [js.configs.recommended],
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: globals.node },
  },
);
