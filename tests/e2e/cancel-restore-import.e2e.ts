import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../harness/extension.ts';
import { generateBackup } from '../../scripts/bench/seed.ts';
import { generateRosterCsv } from '../helpers/generate-csv.ts';

// A restore or an import of a large file shows a labelled progress bar that moves, and "Cancel"
// midway leaves the roster exactly as it was: the whole write is one transaction, rolled back.

const T = Date.UTC(2026, 10, 1);

async function downloadBackup(page: Page, file: string): Promise<{ tables: Record<string, unknown[]> }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download backup (JSON)' }).click()]);
  await download.saveAs(file);
  return JSON.parse(readFileSync(file, 'utf8')) as { tables: Record<string, unknown[]> };
}

/** The progress bar named `name`, once it shows some records written (and not all). */
async function progressMidway(page: Page, name: RegExp): Promise<{ value: number; max: number; label: string }> {
  const bar = page.getByRole('progressbar', { name });
  await bar.waitFor({ timeout: 60_000 });
  await page.waitForFunction(() => (document.querySelector('progress')?.value ?? 0) > 0, undefined, { timeout: 60_000, polling: 20 });
  return bar.evaluate((el: HTMLProgressElement) => ({ value: el.value, max: el.max, label: el.labels.length ? '' : (document.getElementById(el.getAttribute('aria-labelledby') ?? '')?.textContent ?? '') }));
}

describe('cancelling a restore or an import midway', () => {
  let browser: ExtensionBrowser;
  let page: Page;
  let work: string;
  let before: { tables: Record<string, unknown[]> };
  beforeAll(async () => {
    work = mkdtempSync(path.join(os.tmpdir(), 'creator-scout-cancel-'));
    browser = await launchWithExtension();
    page = await browser.context.newPage();
    await page.goto(browser.extensionUrl('options.html#/import-export'));
    // The roster before: 3 creators from a small backup.
    const small = path.join(work, 'small.json');
    writeFileSync(small, JSON.stringify(generateBackup(3, 2, 1, T)));
    await page.getByLabel('Restore a backup…').setInputFiles(small);
    await page.getByRole('button', { name: 'Replace everything with this backup' }).click();
    await page.getByRole('status').filter({ hasText: /Restored/ }).waitFor({ timeout: 30_000 });
    before = await downloadBackup(page, path.join(work, 'before.json'));
    expect(before.tables.creators).toHaveLength(3);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('cancels a restore: the progress bar moved, then nothing was changed', async () => {
    const large = path.join(work, 'large.json');
    writeFileSync(large, JSON.stringify(generateBackup(8000, 2, 5, T)));
    await page.getByLabel('Restore a backup…').setInputFiles(large);
    await page.getByRole('button', { name: 'Replace everything with this backup' }).click({ timeout: 60_000 });
    const midway = await progressMidway(page, /^Restoring the backup…/);
    // 8,000 creators, 16,000 accounts and 80,000 snapshots.
    expect(midway.max).toBe(104_000);
    expect(midway.value).toBeGreaterThan(0);
    expect(midway.label).toMatch(/^Restoring the backup… \([\d,]+ of 104,000\)$/);
    // The bar moves under the button's feet: a user clicks where it is (no wait for the layout to settle).
    await page.getByRole('button', { name: 'Cancel restore' }).click({ force: true });
    await page.getByRole('status').filter({ hasText: 'The restore was cancelled, so nothing was changed' }).waitFor({ timeout: 60_000 });
    expect(await page.getByRole('status').filter({ hasText: 'The restore was cancelled' }).innerText()).toBe(
      'The restore was cancelled, so nothing was changed: your data was checked and is as it was before (3 creators, 6 accounts, 6 snapshots).',
    );
    expect(await page.getByRole('progressbar').count()).toBe(0);
    const after = await downloadBackup(page, path.join(work, 'after-restore.json'));
    expect(after.tables).toEqual(before.tables);
  }, 300_000);

  it('cancels an import: the progress bar moved, then nothing was imported', async () => {
    const csv = path.join(work, 'large.csv');
    // Large enough that the write (the preview's plan reused) is still running when Cancel is pressed.
    writeFileSync(csv, generateRosterCsv(30_000));
    await page.getByLabel('Import creators from CSV…').setInputFiles(csv);
    const importButton = page.getByRole('button', { name: 'Import', exact: true });
    await importButton.and(page.locator(':enabled')).waitFor({ timeout: 120_000 });
    await importButton.click();
    const midway = await progressMidway(page, /^Saving the import…/);
    expect(midway.value).toBeGreaterThan(0);
    expect(midway.value).toBeLessThan(midway.max);
    await page.getByRole('button', { name: 'Cancel import' }).click({ force: true });
    await page.getByRole('status').filter({ hasText: 'The import was cancelled' }).waitFor({ timeout: 60_000 });
    expect(await page.getByRole('status').filter({ hasText: 'The import was cancelled' }).innerText()).toBe(
      'The import was cancelled, so nothing was imported: your roster was checked and is as it was before.',
    );
    // The preview stays, to import again or not.
    expect(await importButton.isEnabled()).toBe(true);
    const after = await downloadBackup(page, path.join(work, 'after-import.json'));
    expect(after.tables).toEqual(before.tables);
  }, 300_000);
});
