// @vitest-environment jsdom
// jsdom: the background reads navigator.userAgent, which Node 20 lacks.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { withFreshDatabase } from '../../../helpers/db';

// The background's main() run the WXT way: against the fake browser, then driven by the events the
// browser would send. It must register every listener on start (an event page or service worker is
// woken for them), so these events are handled with nothing else set up.
const db = withFreshDatabase();

const syncReminders = vi.fn(async (_now: number) => {});
const connects: unknown[] = [];

type MenuClick = (info: { menuItemId: string | number; linkUrl?: string }) => void;

/** A fresh background (its message handlers are registered once per context), its menu clicks caught. */
async function startBackground(): Promise<MenuClick[]> {
  vi.resetModules();
  // The fresh modules use this test's database too.
  (await import('@/storage/db')).setDatabaseForTests(db());
  // Rebuilding alarms from the database is tested on its own (tests/unit/reminders); here it is only asked for.
  vi.doMock('@/entrypoints/background/reminders', async (original) => ({ ...(await original<object>()), syncReminders: syncReminders }));
  // PouchDB's plugins are applied once per process (its modules are not reloaded with ours); team sync
  // is tested on its own (tests/unit/storage/sync, team-sync e2e): here it only registers its listeners.
  const loaded = await import('@/storage/sync/pouchdb');
  vi.doMock('@/storage/sync/pouchdb', () => loaded);
  // The fake browser has no runtime.onConnect: catch what main() registers there (the pages' live line).
  vi.spyOn(fakeBrowser.runtime.onConnect, 'addListener').mockImplementation(((listener: unknown) => void connects.push(listener)) as never);
  const clicks: MenuClick[] = [];
  // The fake browser has no contextMenus.onClicked: catch what main() registers there.
  vi.spyOn(fakeBrowser.contextMenus.onClicked, 'addListener').mockImplementation(((listener: MenuClick) => void clicks.push(listener)) as never);
  const { default: background } = await import('@/entrypoints/background');
  background.main();
  return clicks;
}

describe('background main()', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    syncReminders.mockClear();
  });

  it('on install creates the "Save @handle" menu and opens the first-run page', async () => {
    const menus = vi.spyOn(fakeBrowser.contextMenus, 'create').mockImplementation(() => 1);
    vi.spyOn(fakeBrowser.contextMenus, 'removeAll').mockResolvedValue(undefined);
    const tabs = vi.spyOn(fakeBrowser.tabs, 'create');
    await startBackground();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await vi.waitFor(() => expect(menus).toHaveBeenCalledWith(expect.objectContaining({ id: 'save-profile-link', contexts: ['link'] })));
    expect(tabs).toHaveBeenCalledWith({ url: expect.stringMatching(/\/options\.html#\/welcome$/) });
    expect(syncReminders).toHaveBeenCalledWith(expect.any(Number));
  });

  it('on update rebuilds the menu but opens no page', async () => {
    const menus = vi.spyOn(fakeBrowser.contextMenus, 'create').mockImplementation(() => 1);
    vi.spyOn(fakeBrowser.contextMenus, 'removeAll').mockResolvedValue(undefined);
    const tabs = vi.spyOn(fakeBrowser.tabs, 'create');
    await startBackground();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.9', temporary: false });
    await vi.waitFor(() => expect(menus).toHaveBeenCalled());
    expect(tabs).not.toHaveBeenCalled();
    // Team sync listens for the pages' live line on every start (a woken worker must hear them).
    expect(connects.length).toBeGreaterThan(0);
  });

  it('saves the creator behind a right-clicked profile link', async () => {
    vi.spyOn(fakeBrowser.notifications, 'create').mockResolvedValue('');
    const clicks = await startBackground();
    expect(clicks).toHaveLength(1);
    clicks[0]!({ menuItemId: 'save-profile-link', linkUrl: 'https://www.instagram.com/pluto__travel/' });
    await vi.waitFor(async () => expect(await db().accounts.get('instagram:pluto__travel')).toMatchObject({ handle: 'pluto__travel' }));
  });
});
