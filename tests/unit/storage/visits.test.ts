import { describe, expect, it } from 'vitest';
import { postsOfAccount } from '@/storage/posts';
import { recordPostView, recordProfileView, saveViewedProfile, VIEW_SNAPSHOT_INTERVAL_MS } from '@/storage/profiles';
import type { Extraction, PostReading } from '@/utils/model/reading';
import { allMissing, allPostCountsMissing } from '@/utils/model/reading-fields';
import { withFreshDatabase } from '../../helpers/db';
import { plutoReading } from '../../helpers/readings';

const db = withFreshDatabase();
const T0 = Date.UTC(2026, 10, 1, 9);
const HOUR = 3_600_000;

function postReading(id: string, likes: number | null, views: number | null): PostReading {
  const counts = allPostCountsMissing('not shown');
  if (likes !== null) counts.likes = { value: likes, precision: 1, source: 'json' };
  if (views !== null) counts.views = { value: views, precision: 100, source: 'dom' };
  return { id, url: `https://www.instagram.com/p/${id}/`, author: 'pluto__travel', postedAt: T0 - 10 * 24 * HOUR, caption: 'Trip #ad', pinned: false, sponsored: true, counts };
}

function postPage(post: PostReading): Extraction {
  const counts = allMissing('not shown on a post page');
  counts.likes = post.counts.likes;
  return { ...plutoReading(), pageType: 'post', url: post.url!, counts, posts: [post] };
}

describe('recordProfileView', () => {
  it('records nothing for a profile that is not saved', async () => {
    expect(await recordProfileView(plutoReading(), T0)).toEqual({ saved: false, accountId: 'instagram:pluto__travel' });
    expect(await db().snapshots.count()).toBe(0);
  });

  it('adds a view snapshot at most once an hour and returns the state before the visit', async () => {
    await saveViewedProfile(plutoReading(), { now: T0 });
    const later = plutoReading();
    later.counts.followers = { value: 2400, precision: 1, source: 'meta' };

    const soon = await recordProfileView(later, T0 + HOUR / 2);
    expect(soon).toMatchObject({ saved: true, lastSnapshot: { takenAt: T0, counts: { followers: { value: 2362 } } } });
    expect(await db().snapshots.count()).toBe(1);
    expect((await db().accounts.get('instagram:pluto__travel'))?.followers).toBe(2400);

    const nextDay = await recordProfileView(later, T0 + VIEW_SNAPSHOT_INTERVAL_MS + 1);
    expect(nextDay).toMatchObject({ saved: true, lastSnapshot: { takenAt: T0 } });
    const snapshots = await db().snapshots.orderBy('[accountId+takenAt]').toArray();
    expect(snapshots.map((s) => [s.kind, s.counts.followers?.value])).toEqual([
      ['save', 2362],
      ['view', 2400],
    ]);
  });
});

describe('posts', () => {
  it('keeps a saved creator’s post seen on its own page', async () => {
    await saveViewedProfile(plutoReading(), { now: T0 });
    expect(await recordPostView(postPage(postReading('CPeC', 298_000, null)), T0 + HOUR)).toBe(true);
    expect(await postsOfAccount(db(), 'instagram:pluto__travel')).toEqual([
      expect.objectContaining({ id: 'instagram:CPeC', sponsored: true, caption: 'Trip #ad', counts: { likes: { value: 298_000, precision: 1, source: 'json' } } }),
    ]);
  });

  it('does not keep posts of creators who are not saved', async () => {
    expect(await recordPostView(postPage(postReading('CPeC', 10, null)), T0)).toBe(false);
    expect(await db().posts.count()).toBe(0);
  });

  it('merges what a grid shows with what the post page showed, never erasing a count', async () => {
    await saveViewedProfile(plutoReading(), { now: T0 });
    await recordPostView(postPage(postReading('CPeC', 298_000, null)), T0);
    await recordProfileView({ ...plutoReading(), posts: [postReading('CPeC', null, 1_500_000)] }, T0 + 2 * HOUR);
    const [post] = await postsOfAccount(db(), 'instagram:pluto__travel');
    expect(post?.counts).toEqual({
      likes: { value: 298_000, precision: 1, source: 'json' },
      views: { value: 1_500_000, precision: 100, source: 'dom' },
    });
  });

  it('picks up posts seen before the creator was saved', async () => {
    await saveViewedProfile(plutoReading(), { now: T0, earlierPosts: [postReading('early', 40, null)] });
    expect((await postsOfAccount(db(), 'instagram:pluto__travel')).map((p) => p.id)).toEqual(['instagram:early']);
  });
});

describe('saving from a link', () => {
  it('saves the account to vet, with no snapshot until its numbers are seen', async () => {
    const reason = 'Saved from a link';
    const reading: Extraction = { ...plutoReading(), displayName: { missing: reason }, bio: { missing: reason }, counts: allMissing(reason) };
    const result = await saveViewedProfile(reading, { now: T0, status: 'prospect', toVet: true });
    expect(result.snapshotId).toBeNull();
    expect(await db().creators.get(result.creatorId)).toMatchObject({ displayName: 'pluto__travel', status: 'prospect', toVet: true });
    expect(await db().accounts.get(result.accountId)).toMatchObject({ followers: null, displayName: 'pluto__travel' });
    expect(await db().snapshots.count()).toBe(0);
  });
});

describe('recordProfileView, field by field', () => {
  it('refreshes the account’s latest details and keeps the rest of it as it was', async () => {
    await saveViewedProfile(plutoReading(), { now: T0 });
    await db().accounts.update('instagram:pluto__travel', { engagementRate: 0.03, engagementMethod: 'followers', fitScore: 70, scoredAt: T0 });
    const before = (await db().accounts.get('instagram:pluto__travel'))!;
    const later = plutoReading({ bio: { value: 'Trains and travel', source: 'meta' }, verified: true });
    later.counts.followers = { value: 2400, precision: 1, source: 'meta' };
    later.counts.posts = { missing: 'not shown' };
    await recordProfileView(later, T0 + HOUR);
    expect(await db().accounts.get('instagram:pluto__travel')).toEqual({ ...before, bio: 'Trains and travel', verified: true, followers: 2400, lastSeenAt: T0 + HOUR });
  });

  it('writes the new scores with the visit when they are given, and none for a profile not saved', async () => {
    await saveViewedProfile(plutoReading(), { now: T0 });
    const before = (await db().accounts.get('instagram:pluto__travel'))!;
    const scores = { engagementRate: 0.042, engagementMethod: 'followers' as const, fitScore: 81 };
    await recordProfileView(plutoReading(), T0 + HOUR, scores);
    expect(await db().accounts.get('instagram:pluto__travel')).toEqual({ ...before, ...scores, scoredAt: T0 + HOUR, lastSeenAt: T0 + HOUR });

    const stranger = plutoReading({ handle: 'someone.else' });
    expect(await recordProfileView(stranger, T0 + HOUR, scores)).toEqual({ saved: false, accountId: 'instagram:someone.else' });
    expect(await db().accounts.get('instagram:someone.else')).toBeUndefined();
  });

  it('records nothing for an account whose creator is gone', async () => {
    const { creatorId } = await saveViewedProfile(plutoReading(), { now: T0 });
    await db().creators.delete(creatorId);
    const before = await db().accounts.get('instagram:pluto__travel');
    expect(await recordProfileView(plutoReading(), T0 + 2 * HOUR)).toEqual({ saved: false, accountId: 'instagram:pluto__travel' });
    expect(await db().accounts.get('instagram:pluto__travel')).toEqual(before);
    expect(await db().snapshots.count()).toBe(1);
  });
});
