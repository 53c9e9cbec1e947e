import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { cachedPosts, cachePosts } from '@/entrypoints/background/post-cache';
import type { PostReading } from '@/utils/model/reading';
import { allPostCountsMissing } from '@/utils/model/reading-fields';

// Posts of creators not yet saved wait in session storage, whose quota (10 MB in Firefox and Chrome)
// long captions can reach before the cache's own caps: then the oldest accounts leave, and the
// newest post is kept.

const NOW = Date.UTC(2026, 11, 1, 12);
const QUOTA = 40_000;

function post(id: string): PostReading {
  return { id, url: null, author: null, postedAt: null, caption: 'x'.repeat(2000), pinned: false, sponsored: false, counts: allPostCountsMissing('not shown') };
}

beforeEach(() => {
  fakeBrowser.reset();
  // Session storage with a quota, refusing a write that would pass it as the browsers do.
  const set = fakeBrowser.storage.session.set.bind(fakeBrowser.storage.session);
  vi.spyOn(fakeBrowser.storage.session, 'set').mockImplementation(async (items) => {
    if (JSON.stringify(items).length > QUOTA) throw new Error('QuotaExceededError: storage.session API call exceeded its quota limitations.');
    await set(items);
  });
});

describe('post cache at the storage quota', () => {
  it('drops the oldest accounts to keep the newest post when the quota is reached', async () => {
    for (let i = 0; i < 18; i++) await cachePosts(`instagram:creator${i}`, [post(`p${i}`)], NOW + i * 1000);
    await cachePosts('instagram:newest', [post('new')], NOW + 60_000);
    expect((await cachedPosts('instagram:newest', NOW + 60_000)).map((p) => p.id)).toEqual(['new']);
    expect(await cachedPosts('instagram:creator0', NOW + 60_000)).toEqual([]);
    expect((await cachedPosts('instagram:creator17', NOW + 60_000)).map((p) => p.id)).toEqual(['p17']);
  });

  it('still reports any other storage failure', async () => {
    vi.spyOn(fakeBrowser.storage.session, 'set').mockRejectedValue(new Error('The browser is shutting down.'));
    await expect(cachePosts('instagram:a', [post('p')], NOW)).rejects.toThrow('The browser is shutting down.');
  });
});
