import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Imports flow one way: app → features → components → lib. */
const forbid = (...layers) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: layers.map((layer) => ({
        group: [`@/${layer}/*`],
        message: `Imports flow app → features → components → lib; this folder may not import ${layer}/.`,
      })),
    },
  ],
});

export default tseslint.config(
  { ignores: ['dist', 'test-results', 'playwright-report', 'src/lib/api/schema.d.ts'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  { files: ['src/features/**'], ignores: ['**/*.test.*'], rules: forbid('app') },
  { files: ['src/components/**'], rules: forbid('app', 'features') },
  {
    files: ['src/lib/**'],
    ignores: ['**/*.test.*'],
    rules: forbid('app', 'features', 'components'),
  },
  {
    files: ['scripts/**/*.mjs', '*.config.{js,ts}', 'e2e/**/*.ts'],
    languageOptions: { globals: globals.node },
  },
);
