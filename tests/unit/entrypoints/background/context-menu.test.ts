import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readingFromLink, saveLinkedProfile } from '@/entrypoints/background/context-menu';
import { saveViewedProfile } from '@/storage/profiles';
import { withFreshDatabase } from '../../../helpers/db';
import { plutoReading } from '../../../helpers/readings';

const db = withFreshDatabase();
const NOW = Date.UTC(2026, 10, 20, 10);

describe('readingFromLink', () => {
  it('turns a profile link into a reading with nothing read yet', () => {
    expect(readingFromLink('https://www.instagram.com/pluto__travel/')).toMatchObject({
      platform: 'instagram',
      pageType: 'profile',
      handle: 'pluto__travel',
      counts: { followers: { missing: 'Saved from a link: open the profile to read its numbers.' } },
    });
  });

  it('refuses links that are not profiles', () => {
    expect(readingFromLink('https://www.instagram.com/explore/')).toBeNull();
    expect(readingFromLink('https://example.com/pluto')).toBeNull();
    expect(readingFromLink('not a url')).toBeNull();
  });
});

describe('saveLinkedProfile', () => {
  it('saves the linked account marked to vet and says so', async () => {
    const notify = vi.spyOn(fakeBrowser.notifications, 'create');
    await saveLinkedProfile('https://www.instagram.com/pluto__travel/', NOW);
    expect(await db().accounts.get('instagram:pluto__travel')).toMatchObject({ handle: 'pluto__travel', followers: null });
    expect(await db().creators.toArray()).toEqual([expect.objectContaining({ toVet: true, status: 'prospect' })]);
    expect(notify).toHaveBeenCalledWith(expect.objectContaining({ title: 'Saved @pluto__travel', message: 'On your shortlist from Instagram, marked “to vet”.' }));
  });

  it('leaves a creator already on the roster untouched', async () => {
    await saveViewedProfile(plutoReading(), { now: NOW - 1000 });
    const before = await db().accounts.get('instagram:pluto__travel');
    const notify = vi.spyOn(fakeBrowser.notifications, 'create');
    await saveLinkedProfile('https://www.instagram.com/Pluto__Travel', NOW);
    expect(await db().accounts.get('instagram:pluto__travel')).toEqual(before);
    expect(notify).toHaveBeenCalledWith(expect.objectContaining({ title: '@Pluto__Travel is already on your roster' }));
  });

  it('explains a link that is not a profile', async () => {
    const notify = vi.spyOn(fakeBrowser.notifications, 'create');
    await saveLinkedProfile('https://www.instagram.com/explore/', NOW);
    expect(notify).toHaveBeenCalledWith(expect.objectContaining({ title: 'Not a creator’s profile' }));
    expect(await db().accounts.count()).toBe(0);
  });
});
