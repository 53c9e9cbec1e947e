import { readdirSync } from 'node:fs';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Pure modules that never touch a DOM run in Node: no jsdom to start for each of their files.
// A file here that needs `document`, `window`, `navigator` or DOMParser goes in DOM_FILES.
const NODE_FOLDERS = ['entrypoints', 'scripts', 'storage', 'utils'];
const DOM_FILES = [
  // The background reads navigator.userAgent, which Node 20 lacks.
  'tests/unit/entrypoints/background/main.test.ts',
  'tests/unit/entrypoints/background/messages.test.ts',
  'tests/unit/entrypoints/background/visits.test.ts',
  'tests/unit/entrypoints/background/feed.test.ts',
  'tests/unit/entrypoints/background/fit-consistency.test.ts',
  'tests/unit/entrypoints/background/reminders.test.ts',
  'tests/unit/entrypoints/background/team-member.test.ts',
  'tests/unit/utils/scoring/view-rate.test.ts',
  'tests/unit/utils/model/defaults.test.ts',
  // Free disk space is read from navigator.storage.estimate().
  'tests/unit/storage/backup.test.ts',
  'tests/unit/utils/agreements/reminders.test.ts',
  'tests/unit/utils/agreements/validation.test.ts',
  'tests/unit/utils/templates/templates.test.ts',
];
// Page adapters and feed readers parse documents: their tests run in jsdom.
const DOM_FOLDERS = ['tests/unit/utils/platforms', 'tests/unit/utils/feed'];
const NODE_FILES = NODE_FOLDERS.flatMap((folder) =>
  readdirSync(`tests/unit/${folder}`, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.test.ts'))
    .map((file) => `tests/unit/${folder}/${file}`),
).filter((file) => !DOM_FILES.includes(file) && !DOM_FOLDERS.some((folder) => file.startsWith(`${folder}/`)));

// Unit and component tests: pure modules, storage on fake-indexeddb, React components and page
// extraction in jsdom, and entrypoint code against WXT's fake browser. End-to-end tests have their own config.
export default defineConfig({
  plugins: [WxtVitest()],
  resolve: {
    // Anything that imports the polyfill directly gets WXT's fake browser in tests too.
    alias: { 'webextension-polyfill': 'wxt/testing/fake-browser' },
  },
  test: {
    restoreMocks: true,
    // A green run must stay green on a loaded machine: no test here measures speed, so a slow
    // render under a CPU hog is not a failure.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: { name: 'node', environment: 'node', include: NODE_FILES, setupFiles: ['tests/unit/setup-node.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          exclude: NODE_FILES,
          setupFiles: ['tests/unit/setup.ts'],
        },
      },
    ],
  },
});
