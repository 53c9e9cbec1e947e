import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR, ROOT } from '../harness/extension.ts';
import { FIREFOX_EXTENSION_DIR } from '../harness/firefox.ts';
import { chromeStoreProblems, chromeZipPath, firefoxStoreProblems, readPackage, runFirefoxLint } from '../../scripts/tools/store-check.ts';

// Both stores would take the builds as they are: the Chrome zip passes the Chrome Web Store's rules
// (scripts/tools/store-check.ts), and the Firefox build passes Mozilla's add-ons linter (web-ext lint)
// with no error and no warning the README does not explain.

const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');

describe('store readiness', () => {
  it('Chrome Web Store: the zip is the build, with no remote code, no eval, every permission justified, a 128 px icon, a short description', () => {
    const zip = readPackage(chromeZipPath());
    const built = readPackage(EXTENSION_DIR);
    expect([...zip.keys()].sort()).toEqual([...built.keys()].sort());
    expect(zip.get('manifest.json')!.toString()).toBe(built.get('manifest.json')!.toString());
    expect(chromeStoreProblems(zip, readme)).toEqual([]);
  });

  it('Firefox Add-ons: web-ext lint finds no error, and no warning the README does not explain', () => {
    const report = runFirefoxLint(FIREFOX_EXTENSION_DIR);
    expect(report.errors).toEqual([]);
    expect(firefoxStoreProblems(report, readme)).toEqual([]);
  }, 120_000);
});
