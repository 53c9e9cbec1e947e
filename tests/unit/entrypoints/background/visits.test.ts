// @vitest-environment jsdom
// jsdom: the background reads navigator.userAgent, which Node 20 lacks.
import { brandProfile } from '@/utils/browser/brand-profile-store';
import { DEFAULT_BRAND_PROFILE } from '@/utils/scoring/brand-profile';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerMessageHandlers } from '@/entrypoints/background/messages';
import type { Extraction } from '@/utils/model/reading';
import { allMissing, allPostCountsMissing } from '@/utils/model/reading-fields';
import { withFreshDatabase } from '../../../helpers/db';
import { plutoReading } from '../../../helpers/readings';

// The badge's conversation with the background: a profile seen, a post seen, a save that picks up
// posts seen before, all through the real listeners with the sender a browser would attach.

const db = withFreshDatabase();
const NOW = Date.UTC(2026, 10, 20, 10);
const DAY = 86_400_000;
let stop: Array<() => void> = [];
afterEach(() => stop.forEach((fn) => fn()));

const instagramTab = () => ({ id: fakeBrowser.runtime.id, url: 'https://www.instagram.com/pluto__travel/', tab: { id: 4 } });

async function send(type: string, data: unknown, sender: object) {
  const answers = await fakeBrowser.runtime.onMessage.trigger({ id: 1, type, data, timestamp: NOW }, sender);
  const answer = answers.find(Boolean) as { res?: unknown; err?: { message: string } };
  if (answer.err) throw new Error(answer.err.message);
  return answer.res as Record<string, unknown>;
}

function postPage(id: string, likes: number, comments: number): Extraction {
  const counts = allPostCountsMissing('not shown');
  counts.likes = { value: likes, precision: 1, source: 'meta' };
  counts.comments = { value: comments, precision: 1, source: 'meta' };
  const url = `https://www.instagram.com/p/${id}/`;
  return {
    ...plutoReading(),
    pageType: 'post',
    url,
    counts: { ...allMissing('not shown'), likes: counts.likes, comments: counts.comments },
    posts: [{ id, url, author: 'pluto__travel', postedAt: NOW - 10 * DAY, caption: null, pinned: false, sponsored: false, counts }],
  };
}

describe('profileSeen', () => {
  it('scores an unsaved profile without recording it', async () => {
    stop = registerMessageHandlers(() => NOW);
    const status = await send('profileSeen', { reading: plutoReading() }, instagramTab());
    expect(status).toMatchObject({
      state: { saved: false },
      score: { tier: { tier: 'nano' }, engagement: { available: false } },
    });
    expect(await db().snapshots.count()).toBe(0);
  });

  it('tells what changed since an earlier look at an unsaved creator, without recording them in the roster', async () => {
    let at = NOW;
    stop = registerMessageHandlers(() => at);
    const first = await send('profileSeen', { reading: plutoReading() }, instagramTab());
    expect(first.score).toMatchObject({ growth: { sinceLastVisit: null } });
    // The popup a few minutes later (after the badge) is the same visit; the next day's look is a second one.
    at = NOW + 5 * 60_000;
    const sameVisit = await send('profileSeen', { reading: plutoReading() }, instagramTab());
    expect(sameVisit.score).toMatchObject({ growth: { sinceLastVisit: null } });
    at = NOW + DAY;
    const later = plutoReading();
    later.counts.followers = { value: 2400, precision: 1, source: 'meta' };
    const second = await send('profileSeen', { reading: later }, instagramTab());
    expect(second.score).toMatchObject({ growth: { sinceLastVisit: { change: 38, since: NOW, measurable: true } } });
    expect(await db().snapshots.count()).toBe(0);
    // Forgotten after a week.
    at = NOW + 9 * DAY;
    const muchLater = await send('profileSeen', { reading: later }, instagramTab());
    expect(muchLater.score).toMatchObject({ growth: { sinceLastVisit: null } });
  });

  it('builds engagement from post pages seen before, and a save keeps those posts', async () => {
    stop = registerMessageHandlers(() => NOW);
    expect(await send('postSeen', { reading: postPage('A1', 90, 10) }, instagramTab())).toEqual({ kept: 'cache' });
    expect(await send('postSeen', { reading: postPage('A2', 40, 8) }, instagramTab())).toEqual({ kept: 'cache' });

    const status = await send('profileSeen', { reading: plutoReading() }, instagramTab());
    // (90 + 10) / 2362 = 0.042337 and (40 + 8) / 2362 = 0.020322 → median 0.0313294
    expect((status.score as { engagement: { rate: number } }).engagement.rate).toBeCloseTo(0.0313294, 6);

    await send('saveProfile', { reading: plutoReading() }, instagramTab());
    expect((await db().posts.toArray()).map((p) => p.id).sort()).toEqual(['instagram:A1', 'instagram:A2']);
    // Posts of a saved creator now go straight to the roster.
    expect(await send('postSeen', { reading: postPage('A3', 1, 1) }, instagramTab())).toEqual({ kept: 'roster' });
    expect(await db().posts.count()).toBe(3);
  });

  it('scores no fit on a fresh install: no criteria the user never set', async () => {
    stop = registerMessageHandlers(() => NOW);
    const status = await send('profileSeen', { reading: plutoReading() }, instagramTab());
    expect((status.score as { fit: unknown }).fit).toEqual({ profileSet: false, score: null, components: [], cappedBy: null });
  });

  it('records a saved profile’s visit with the scores it answers with', async () => {
    await brandProfile.set({ ...DEFAULT_BRAND_PROFILE, nicheKeywords: ['travel'] });
    stop = registerMessageHandlers(() => NOW);
    await send('saveProfile', { reading: plutoReading() }, instagramTab());
    const later = NOW + DAY;
    stop.forEach((fn) => fn());
    stop = registerMessageHandlers(() => later);
    const status = await send('profileSeen', { reading: plutoReading() }, instagramTab());
    expect(status).toMatchObject({ state: { saved: true } });
    const { fit } = status.score as { fit: { score: number | null } };
    expect(typeof fit.score).toBe('number');
    expect(await db().accounts.get('instagram:pluto__travel')).toMatchObject({ lastSeenAt: later, scoredAt: later, fitScore: fit.score });
  });

  it('refuses a page reporting another site’s profile', async () => {
    stop = registerMessageHandlers(() => NOW);
    await expect(
      send('profileSeen', { reading: plutoReading() }, { ...instagramTab(), url: 'https://www.tiktok.com/@x' }),
    ).rejects.toThrow(/only report its own site/);
  });
});

describe('openRoster', () => {
  it('opens the options page at the creator', async () => {
    stop = registerMessageHandlers(() => NOW);
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await send('openRoster', { creatorId: 'c1' }, instagramTab());
    expect(create).toHaveBeenCalledWith({ url: 'chrome-extension://test-extension-id/options.html#/creator/c1' });
  });
});
