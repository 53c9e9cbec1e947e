// A browser profile for the team sync tests: the built extension, requests to the team's test
// server let through (everything else stays blocked), and that server's host already allowed, as
// after a user pressed "Allow" on the permission prompt once. The prompt itself is browser UI that
// no test driver can press, so the grant is written into the profile while the browser is closed
// (Chromium keeps it in the profile's Preferences); the extension still asks with
// `permissions.request`, which resolves at once for a host that is allowed.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './extension.ts';

export interface TeamProfile {
  dir: string;
  browser: ExtensionBrowser;
  /** Close and start the same profile again (a browser restart). */
  restart(): Promise<ExtensionBrowser>;
  dispose(): Promise<void>;
}

function allowHost(dir: string, extensionId: string, pattern: string): void {
  const file = path.join(dir, 'Default', 'Preferences');
  const prefs = JSON.parse(readFileSync(file, 'utf8')) as { extensions: { settings: Record<string, Record<string, { explicit_host?: string[] }>> } };
  const settings = prefs.extensions.settings[extensionId];
  if (!settings) throw new Error(`The profile does not hold the extension ${extensionId}.`);
  for (const key of ['granted_permissions', 'active_permissions']) {
    const set = (settings[key] ??= {});
    set.explicit_host = [...new Set([...(set.explicit_host ?? []), pattern])];
  }
  writeFileSync(file, JSON.stringify(prefs));
}

export async function teamProfile(serverUrl: string): Promise<TeamProfile> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'creator-scout-team-'));
  const options = { userDataDir: dir, passThrough: [serverUrl] };
  const first = await launchWithExtension(options);
  const id = first.extensionId;
  await first.context.close();
  allowHost(dir, id, `${new URL(serverUrl).protocol}//${new URL(serverUrl).hostname}/*`);
  const profile: TeamProfile = {
    dir,
    browser: await launchWithExtension(options),
    async restart() {
      await profile.browser.context.close();
      profile.browser = await launchWithExtension(options);
      return profile.browser;
    },
    async dispose() {
      await profile.browser.context.close().catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return profile;
}

/** Joins the team on the options page's Team page, as a user does; returns that page (it keeps sync live). */
export async function joinTeamInOptions(browser: ExtensionBrowser, serverUrl: string, db: string, user: { name: string; password: string }): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(browser.extensionUrl('options.html#/team'));
  await page.getByLabel('Server address').fill(serverUrl);
  await page.getByLabel('Team database').fill(db);
  await page.getByLabel('User name').fill(user.name);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Join the team' }).click();
  await page.getByText(`You joined the team “${db}”.`).waitFor({ timeout: 120_000 });
  return page;
}
