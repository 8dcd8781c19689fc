import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Imports flow one way: app → features → components → lib. */
const layers = (...forbidden) =>
  forbidden.map((layer) => ({
    group: [`@/${layer}/*`],
    message: `Imports flow app → features → components → lib; this folder may not import ${layer}/.`,
  }));

/**
 * A feature is used only through its public entry, `features/<f>/index.ts` (or `lazy.ts`, for a
 * page loaded on demand); a feature's own files may import its insides.
 */
const featureEntriesOnly = (own) => ({
  group: [
    '@/features/*/**',
    '!@/features/*/lazy',
    ...(own ? [`!@/features/${own}/**`] : []),
    '../../*/**',
    '../../../**',
  ],
  message:
    'Use another feature only through its public entry: import from @/features/<feature>, not its files.',
});

const restrict = (...patterns) => ({
  'no-restricted-imports': ['error', { patterns }],
});

const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

export default tseslint.config(
  { ignores: ['dist', 'test-results', 'playwright-report', 'src/lib/api/schema.d.ts'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['src/app/**', 'src/testing/**', 'src/lib/**/*.test.*'],
    rules: restrict(featureEntriesOnly()),
  },
  ...features.map((feature) => ({
    files: [`src/features/${feature}/**`],
    rules: restrict(...layers('app'), featureEntriesOnly(feature)),
  })),
  ...features.map((feature) => ({
    files: [`src/features/${feature}/**/*.test.*`],
    rules: restrict(featureEntriesOnly(feature)),
  })),
  { files: ['src/components/**'], rules: restrict(...layers('app', 'features')) },
  {
    files: ['src/lib/**'],
    ignores: ['**/*.test.*'],
    rules: restrict(...layers('app', 'features', 'components')),
  },
  {
    files: ['scripts/**/*.mjs', '*.config.{js,ts}', 'e2e/**/*.ts'],
    languageOptions: { globals: globals.node },
  },
);
