import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The layer boundaries are lint rules, not intentions: a file that imports up the house fails
// `npm run lint` (and so `npm test`). Each case lints a scratch file, at a path in the tree, with the
// project's own eslint.config.js, as if it had been written there.
const eslint = new ESLint({ cwd: process.cwd() });

async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'layers/boundaries').map((m) => m.message);
}

describe('layer boundaries', () => {
  it('fail an import of storage from the pure core, by alias or by relative path', async () => {
    expect(await boundaryErrors('utils/scoring/scratch.ts', "import { database } from '@/storage/db';\nexport const db = database;\n")).toEqual([
      expect.stringMatching(/^utils may not import storage \(@\/storage\/db\)/),
    ]);
    expect(await boundaryErrors('utils/scoring/scratch.ts', "export { database } from '../../storage/db';\n")).toHaveLength(1);
  });

  it('keep the domain model free of everything of ours but itself', async () => {
    expect(await boundaryErrors('utils/model/scratch.ts', "import { formatCount } from '@/utils/format';\nexport const f = formatCount;\n")).toEqual([
      expect.stringMatching(/^model may not import utils/),
    ]);
    expect(await boundaryErrors('utils/model/scratch.ts', "import { newId } from './ids';\nexport const id = newId;\n")).toEqual([]);
  });

  it('keep the browser API, the database and React out of the pure core', async () => {
    expect(await boundaryErrors('utils/scratch.ts', "import { browser } from 'wxt/browser';\nexport const b = browser;\n")).toEqual([
      expect.stringMatching(/^utils may not import the package wxt\/browser/),
    ]);
    expect(await boundaryErrors('utils/scratch.ts', "import Dexie from 'dexie';\nexport const D = Dexie;\n")).toHaveLength(1);
    expect(await boundaryErrors('utils/scratch.ts', "import { useState } from 'react';\nexport const u = useState;\n")).toHaveLength(1);
  });

  it('keep content scripts off the database and the React UI', async () => {
    expect(await boundaryErrors('components/content/scratch.ts', "import { database } from '@/storage/db';\nexport const db = database;\n")).toHaveLength(1);
    expect(await boundaryErrors('components/content/scratch.ts', "import { ErrorBoundary } from '../app/ErrorBoundary';\nexport const E = ErrorBoundary;\n")).toEqual([
      expect.stringMatching(/^content may not import components/),
    ]);
  });

  it('keep old versions’ upgrades frozen: no live defaults', async () => {
    expect(await boundaryErrors('storage/upgrades.ts', "import { REMINDER_DEFAULTS } from '@/utils/model/defaults';\nexport const d = REMINDER_DEFAULTS;\n")).toEqual([
      expect.stringMatching(/^upgrades may not import model/),
    ]);
  });

  it('keep storage from importing the UI, and let the UI read storage', async () => {
    expect(await boundaryErrors('storage/scratch.ts', "import { ErrorBoundary } from '@/components/app/ErrorBoundary';\nexport const E = ErrorBoundary;\n")).toHaveLength(1);
    expect(await boundaryErrors('components/roster/scratch.ts', "import { database } from '@/storage/db';\nexport const db = database;\n")).toEqual([]);
  });
});
