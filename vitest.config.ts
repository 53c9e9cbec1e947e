import { readdirSync, readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit and component tests: pure modules, storage on fake-indexeddb, React components and page
// extraction, and entrypoint code against WXT's fake browser. End-to-end tests have their own config.
//
// Where each file runs is decided by what it is, not by a list of paths (files move):
// - Environment: React components (.tsx, and everything under tests/unit/components) run in jsdom.
//   Everything else runs in Node — no jsdom to start for it — unless its first line says
//   `// @vitest-environment jsdom` (code that reads `document` or `navigator` itself). Page
//   adapters get their documents from tests/helpers/fixtures (a jsdom parser), so they run in Node.
// - Isolation: files share their worker's modules (no re-import of React, Dexie, zod… per file, and
//   no cold JIT: the suite's biggest cost). A file gets a fresh module registry when sharing could
//   leak between files: it mocks a module (vi.mock/vi.doMock), loads entrypoint or content-script
//   code (message handlers register once per context), or redefines a browser global.
const UNIT_DIR = 'tests/unit';
const UNIT_FILES = readdirSync(UNIT_DIR, { recursive: true, encoding: 'utf8' })
  .filter((file) => /\.test\.tsx?$/.test(file))
  .map((file) => `${UNIT_DIR}/${file.replaceAll('\\', '/')}`);

const rendersComponents = (file: string) => file.endsWith('.tsx') || file.startsWith(`${UNIT_DIR}/components/`);
const LEAKS_BETWEEN_FILES = [
  /\bvi\.(mock|doMock|unmock)\(/,
  /['"]@\/entrypoints\//,
  /['"]@\/components\/content\//,
  /defineProperty\((globalThis|window|navigator|document)\b/,
];
const needsIsolation = (file: string) => {
  const source = readFileSync(file, 'utf8');
  return LEAKS_BETWEEN_FILES.some((pattern) => pattern.test(source));
};

const group = (dom: boolean, isolate: boolean) =>
  UNIT_FILES.filter((file) => rendersComponents(file) === dom && needsIsolation(file) === isolate);

const project = (name: string, dom: boolean, isolate: boolean) => ({
  extends: true as const,
  test: { name, environment: dom ? 'jsdom' : 'node', include: group(dom, isolate), isolate },
});

export default defineConfig({
  plugins: [WxtVitest()],
  resolve: {
    // Anything that imports the polyfill directly gets WXT's fake browser in tests too.
    alias: { 'webextension-polyfill': 'wxt/testing/fake-browser' },
  },
  test: {
    restoreMocks: true,
    setupFiles: ['tests/unit/setup.ts'],
    // Both cores (Vitest's default leaves one idle on a 2-core machine).
    maxWorkers: 2,
    // A green run must stay green on a loaded machine: no test here measures speed, so a slow
    // render under a CPU hog is not a failure. The timeouts only catch a hang: with two CPU hogs and
    // other suites beside it (load 25 on two cores), the slowest component tests took over 30 s, and
    // a timed-out test kept typing into the next test's form.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    projects: [
      project('node', false, false),
      project('node-isolated', false, true),
      project('dom', true, false),
      project('dom-isolated', true, true),
    ].filter((p) => p.test.include.length > 0),
  },
});
