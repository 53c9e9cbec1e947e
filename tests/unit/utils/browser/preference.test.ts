import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { brandProfile } from '@/utils/browser/brand-profile-store';
import { feedChipsHiddenOn } from '@/utils/browser/feed-settings';
import { lastSeenIn, rememberLastSeen } from '@/utils/browser/last-seen';
import { definePreference } from '@/utils/browser/preference';
import { savedViews } from '@/utils/browser/roster-views-store';
import { senderDetails } from '@/utils/browser/sender-store';
import { badgeHiddenOn } from '@/utils/browser/settings';
import { DEFAULT_BRAND_PROFILE } from '@/utils/scoring/brand-profile';

const names = (value: unknown) => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

describe('definePreference', () => {
  it('reads a value as stored, a missing or broken one as the default, and forgets on null', async () => {
    const pref = definePreference('local:test.names', { read: names });
    expect(await pref.get()).toEqual([]);
    await pref.set(['Ana', 'Bo']);
    expect(await pref.get()).toEqual(['Ana', 'Bo']);
    await fakeBrowser.storage.local.set({ 'test.names': 'not a list' });
    expect(await pref.get()).toEqual([]);
    await pref.set(null);
    expect(await fakeBrowser.storage.local.get('test.names')).toEqual({});
  });

  it('migrates a value an older version wrote, once, and records the new version beside it', async () => {
    await fakeBrowser.storage.local.set({ 'test.people': 'Ana, Bo' });
    const toList = vi.fn((old: unknown) => String(old).split(', '));
    const pref = definePreference('local:test.people', { read: names, version: 2, migrations: { 2: toList } });
    expect(await pref.get()).toEqual(['Ana', 'Bo']);
    expect(await fakeBrowser.storage.local.get(['test.people', 'test.people$'])).toEqual({ 'test.people': ['Ana', 'Bo'], 'test.people$': { v: 2 } });

    const again = definePreference('local:test.people', { read: names, version: 2, migrations: { 2: toList } });
    expect(await again.get()).toEqual(['Ana', 'Bo']);
    expect(toList).toHaveBeenCalledTimes(1);
  });

  it('tells a watcher each new value (read the same way) until it unsubscribes', async () => {
    const pref = definePreference('local:test.watched', { read: names });
    const seen: string[][] = [];
    const stop = pref.watch((value) => seen.push(value));
    await pref.set(['Ana']);
    await fakeBrowser.storage.local.set({ 'test.watched': 42 });
    stop();
    await pref.set(['Bo']);
    expect(seen).toEqual([['Ana'], []]);
  });
});

describe('the preferences kept before the helper existed', () => {
  it('are read from their old keys, with nothing beside them', async () => {
    const view = {
      name: 'Micro food',
      query: 'food',
      filters: { platforms: ['instagram'], tiers: ['micro'], statuses: [], tags: [], fitMin: 50, fitMax: null, engagementMin: null, engagementMax: null, toVetOnly: false },
      sorting: [{ id: 'fit', desc: true }],
    };
    const sender = { name: 'Rosa Díaz', email: 'rosa@example.com', title: 'Partnerships', brandName: 'Nopal', website: 'https://nopal.example' };
    await fakeBrowser.storage.local.set({
      'brandProfile.v1': { ...DEFAULT_BRAND_PROFILE, nicheKeywords: ['vegan'] },
      'senderDetails.v1': sender,
      'rosterViews.v1': [view, { name: '' }],
      'badgeHiddenOn.v1': ['x', 'myspace'],
      'feedChipsHiddenOn.v1': ['youtube'],
    });
    expect(await brandProfile.get()).toEqual({ ...DEFAULT_BRAND_PROFILE, nicheKeywords: ['vegan'] });
    expect(await senderDetails.get()).toEqual(sender);
    expect(await savedViews.list()).toEqual([view]);
    expect(await badgeHiddenOn.get()).toEqual(['x']);
    expect(await feedChipsHiddenOn.get()).toEqual(['youtube']);
  });

  it('are written back under the same keys, so an older version of the extension still reads them', async () => {
    await badgeHiddenOn.set(['tiktok', 'tiktok']);
    await brandProfile.set(DEFAULT_BRAND_PROFILE);
    const stored = await fakeBrowser.storage.local.get(['badgeHiddenOn.v1', 'brandProfile.v1']);
    expect(stored).toEqual({ 'badgeHiddenOn.v1': ['tiktok'], 'brandProfile.v1': DEFAULT_BRAND_PROFILE });
    await brandProfile.set(null);
    expect(await brandProfile.get()).toBeNull();
  });

  it('keeps what the badge last showed in session storage, per tab', async () => {
    const status = { state: { saved: false }, score: { fit: null } } as never;
    await rememberLastSeen(7, { url: 'https://x.com/ana', at: 1_000, reading: { platform: 'x' } as never, status });
    expect(Object.keys((await fakeBrowser.storage.session.get('lastSeen.v1'))['lastSeen.v1'] as object)).toEqual(['7']);
    expect(await lastSeenIn(7, 'https://x.com/ana', 2_000)).toEqual({ reading: { platform: 'x' }, status });
    expect(await lastSeenIn(7, 'https://x.com/bo', 2_000)).toBeNull();
  });
});
