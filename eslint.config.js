import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import layers from './scripts/lint/layers.js';

const UI = ['react', 'react-dom', 'dexie-react-hooks'];

/** From the bottom up; a file is in the first layer whose folder holds it. */
export const LAYERS = [
  {
    name: 'platform facts',
    paths: ['utils/platforms/site.ts', 'utils/platforms/sites.ts', 'utils/platforms/*/site.ts', 'utils/platforms/hosts.ts'],
    disallow: ['model', 'utils', 'storage', 'components', 'entrypoints'],
    why: 'platform facts are plain data that everything reads; they import nothing of ours.',
  },
  {
    name: 'model',
    paths: ['utils/model'],
    disallow: ['utils', 'storage', 'components', 'entrypoints'],
    packages: [...UI, 'dexie', 'wxt'],
    why: 'the domain model imports nothing of ours but itself (and the platform facts).',
  },
  {
    name: 'browser',
    paths: ['utils/browser'],
    disallow: ['storage', 'content', 'components', 'entrypoints'],
    packages: [...UI, 'dexie'],
    why: 'utils/browser is the thin layer over the browser API (messages, preferences, tabs); it knows no database and no UI.',
  },
  {
    name: 'utils',
    paths: ['utils'],
    disallow: ['browser', 'storage', 'content', 'components', 'entrypoints'],
    packages: [...UI, 'dexie', 'wxt'],
    why: 'utils/ is the pure core: plain inputs, plain data; no browser API, no database, no UI.',
  },
  {
    name: 'upgrades',
    paths: ['storage/upgrades.ts'],
    disallow: ['platform facts', 'model', 'browser', 'utils', 'storage', 'content', 'components', 'entrypoints'],
    why: 'upgrades are frozen: copy the constants an old version needs into its upgrade instead of importing live code.',
  },
  {
    name: 'storage',
    paths: ['storage'],
    disallow: ['content', 'components', 'entrypoints'],
    packages: UI,
    why: 'storage is the database and its write path; the UI reads it (its React hooks live in components/data), never the other way.',
  },
  {
    name: 'content',
    paths: ['components/content'],
    disallow: ['storage', 'components', 'entrypoints'],
    packages: [...UI, 'dexie'],
    why: 'what content scripts run (the runtime, the badge, the feed chips) is plain DOM, asks the background for data and never opens the database.',
  },
  {
    name: 'components',
    paths: ['components'],
    disallow: ['entrypoints'],
    why: 'entrypoints wire components up; components never reach into an entrypoint.',
  },
  { name: 'entrypoints', paths: ['entrypoints'], disallow: [], why: '' },
];

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', '.demo/', '.bench/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // Page text is hostile: it is rendered as text, never as HTML.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Render page text with textContent, never as HTML.' },
        { property: 'outerHTML', message: 'Render page text with textContent, never as HTML.' },
        { property: 'insertAdjacentHTML', message: 'Render page text with textContent, never as HTML.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render page text as text, never as HTML.',
        },
      ],
    },
  },
  {
    // The house's layers (README, "How the code is laid out"): imports only point down.
    // tests/unit/scripts/layers.test.ts proves that a wrong import fails the lint.
    files: ['components/**', 'entrypoints/**', 'storage/**', 'utils/**'],
    plugins: { layers },
    rules: {
      'layers/boundaries': ['error', { layers: LAYERS }],
    },
  },
  {
    files: ['**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
  },
  {
    files: ['components/**', 'entrypoints/**', 'storage/**', 'utils/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['tests/**', 'scripts/**', '*.config.{ts,js}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
