import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { deleteCreators, restoreDeleted } from '@/storage/bulk';
import { loadCreatorDetail } from '@/storage/creator-detail';
import { postsOfAccount } from '@/storage/posts';
import { recordPostView, recordProfileView, saveViewedProfile } from '@/storage/profiles';
import { scoreInputs } from '@/storage/score-inputs';
import type { Extraction, PostReading } from '@/utils/model/reading';
import { instagram } from '@/utils/platforms/instagram/adapter';
import { youtube } from '@/utils/platforms/youtube/adapter';
import { scoreProfile } from '@/utils/scoring/profile';
import { FIXTURES_DIR } from '../../harness/fixtures';
import { withFreshDatabase } from '../../helpers/db';
import { parsePage } from '../../helpers/fixtures';
import { accountRecord, creatorRecord } from '../../helpers/creator-detail-seed';

// Posts keep who wrote them apart from where they were seen (issue 19, §5): a creator's scores
// count the posts they wrote, a collab included, and a collab seen on a second profile still
// belongs to the first.

const db = withFreshDatabase();
const T0 = Date.UTC(2026, 10, 1, 9);

function fixture(platform: string, name: string, file: string): string {
  return readFileSync(path.join(FIXTURES_DIR, platform, name, file), 'utf8');
}

/** The real 2021 Pluto profile page: three posts by pluto__travel, with exact likes and comments. */
function plutoPage(): Extraction {
  const url = 'https://www.instagram.com/pluto__travel/';
  return { ...instagram.extract(parsePage(fixture('instagram', 'ig-profile-pluto__travel-2021-loggedin-shareddata', 'source.html'), url), new URL(url)), tookMs: 1 };
}

/** The real collaboration video: uploaded by jazziiRed, crediting Xoliks97, vladde and mr_mooncatcher. */
function collabVideo(): Extraction {
  const url = 'https://www.youtube.com/watch?v=G78AnHpIw5w';
  const json = fixture('youtube', 'yt-watch-collaboration-jazziiRed-2026', 'source.json');
  const html = `<!doctype html><html lang="en"><head></head><body><script>var ytInitialData = ${json.replace(/<\/script/gi, '<\\/script')};</script></body></html>`;
  return { ...youtube.extract(parsePage(html, url), new URL(url)), tookMs: 1 };
}

/** Another Instagram profile's page showing `posts` in its grid. */
function partnerPage(posts: PostReading[]): Extraction {
  return { ...plutoPage(), url: 'https://www.instagram.com/partner.co/', handle: 'partner.co', displayName: { value: 'Partner', source: 'meta' }, posts };
}

async function saveYouTube(creatorId: string, handle: string): Promise<void> {
  await db().creators.add(creatorRecord(creatorId, { displayName: handle }));
  await db().accounts.add(accountRecord(creatorId, 'youtube', handle));
}

describe('post authors', () => {
  it('counts a real collaboration video for every saved creator it credits, not only the uploader', async () => {
    await saveYouTube('jazz', 'jazziired');
    await saveYouTube('vlad', 'vladde');
    expect(await recordPostView(collabVideo(), T0)).toBe(true);

    const stored = await db().posts.get('youtube:G78AnHpIw5w');
    expect(stored?.authorAccountIds).toEqual(['youtube:jazziired', 'youtube:xoliks97', 'youtube:vladde', 'youtube:mr_mooncatcher']);
    expect(stored?.seenOnAccountIds).toEqual(['youtube:jazziired']);
    // vladde's scores use the video (733,735 views) although it was seen on jazziiRed's page.
    expect((await scoreInputs('youtube:vladde')).posts.map((p) => [p.id, p.views])).toEqual([['G78AnHpIw5w', 733735]]);
    expect((await scoreInputs('youtube:jazziired')).posts.map((p) => p.id)).toEqual(['G78AnHpIw5w']);
    // And vladde's page lists it.
    expect((await loadCreatorDetail('vlad'))?.posts.map((p) => p.id)).toEqual(['youtube:G78AnHpIw5w']);
  });

  it('keeps a collab with its first profile when it is seen on the second, and counts it for both', async () => {
    const pluto = plutoPage();
    expect(pluto.posts.map((p) => p.id)).toEqual(['CP5lh1YLbj4', 'CP0JMJ2r5Q5', 'CPBAcxnLWg1']);
    await saveViewedProfile(pluto, { now: T0 });
    // The partner's grid shows Pluto's first post as a collaboration of the two.
    const collab: PostReading = { ...pluto.posts[0]!, collaborators: [{ handle: 'pluto__travel', name: 'Pluto' }, { handle: 'partner.co', name: 'Partner' }] };
    await saveViewedProfile(partnerPage([collab]), { now: T0 + 1000 });

    expect((await postsOfAccount(db(), 'instagram:pluto__travel')).map((p) => p.id)).toEqual([
      'instagram:CP5lh1YLbj4',
      'instagram:CP0JMJ2r5Q5',
      'instagram:CPBAcxnLWg1',
    ]);
    expect((await postsOfAccount(db(), 'instagram:partner.co')).map((p) => p.id)).toEqual(['instagram:CP5lh1YLbj4']);
    expect(await db().posts.get('instagram:CP5lh1YLbj4')).toMatchObject({
      authorAccountIds: ['instagram:pluto__travel', 'instagram:partner.co'],
      seenOnAccountIds: ['instagram:pluto__travel', 'instagram:partner.co'],
      counts: { likes: { value: 16 }, comments: { value: 1 } },
    });

    // Seen on Pluto's page again without the collab credit: still the partner's too.
    await recordProfileView(plutoPage(), T0 + 2000);
    expect((await postsOfAccount(db(), 'instagram:partner.co')).map((p) => p.id)).toEqual(['instagram:CP5lh1YLbj4']);
  });

  it('does not count a post by someone else that was seen on a creator’s page', async () => {
    const pluto = plutoPage();
    const theirs: PostReading = { ...pluto.posts[1]!, id: 'Cxyzxyzxyz1', url: 'https://www.instagram.com/p/Cxyzxyzxyz1/', author: 'someone_else' };
    const page = { ...pluto, posts: [pluto.posts[0]!, theirs] };
    await saveViewedProfile(page, { now: T0 });

    expect(await db().posts.get('instagram:Cxyzxyzxyz1')).toMatchObject({ authorAccountIds: ['instagram:someone_else'], seenOnAccountIds: ['instagram:pluto__travel'] });
    expect((await scoreInputs('instagram:pluto__travel')).posts.map((p) => p.id)).toEqual(['CP5lh1YLbj4']);
    expect((await loadCreatorDetail((await db().accounts.get('instagram:pluto__travel'))!.creatorId))?.posts.map((p) => p.id)).toEqual(['instagram:CP5lh1YLbj4']);
    // The live score on the page counts the creator's own post only: 16 likes + 1 comment over 2,187 followers.
    const score = scoreProfile(page, { now: T0 });
    const withOwnOnly = scoreProfile({ ...page, posts: [pluto.posts[0]!] }, { now: T0 });
    const withTheirs = scoreProfile({ ...page, handle: null }, { now: T0 }) // no account to tell them apart: both count;
    expect(score.engagement).toEqual(withOwnOnly.engagement);
    expect(score.engagement).toMatchObject({ available: true });
    expect(JSON.stringify(withTheirs.engagement)).not.toBe(JSON.stringify(score.engagement));
  });

  it('deleting one author keeps the collab for the other, and undo puts it back as it was', async () => {
    await saveYouTube('jazz', 'jazziired');
    await saveYouTube('vlad', 'vladde');
    await recordPostView(collabVideo(), T0);
    const before = await db().posts.get('youtube:G78AnHpIw5w');

    const deleted = await deleteCreators(['jazz']);
    expect(await db().posts.get('youtube:G78AnHpIw5w')).toEqual({ ...before, seenOnAccountIds: [] });
    expect((await scoreInputs('youtube:vladde')).posts.map((p) => p.id)).toEqual(['G78AnHpIw5w']);

    await restoreDeleted(deleted);
    expect(await db().posts.get('youtube:G78AnHpIw5w')).toEqual(before);

    // Deleting every author saved deletes the post.
    await deleteCreators(['jazz', 'vlad']);
    expect(await db().posts.count()).toBe(0);
  });
});

describe('version 9 upgrade', () => {
  it('makes each post’s one account its author and where it was seen, keeping every other field and every other record', async () => {
    const { CreatorScoutDB, LATEST_VERSION } = await import('@/storage/db');
    const { RECORD_SCHEMAS } = await import('@/utils/model/schemas');
    const name = `upgrade-from-8-${Date.now()}`;
    const v8 = new CreatorScoutDB(name, 8);
    await v8.open();
    const creators = [creatorRecord('jazz'), creatorRecord('pluto')];
    const accounts = [accountRecord('jazz', 'youtube', 'jazziired'), accountRecord('pluto', 'instagram', 'pluto__travel')];
    const posts = [
      { id: 'youtube:G78AnHpIw5w', accountId: 'youtube:jazziired', url: 'https://www.youtube.com/watch?v=G78AnHpIw5w', postedAt: null, seenAt: T0, pinned: false, sponsored: false, caption: '', counts: { views: { value: 733735, precision: 1, source: 'json' } } },
      { id: 'instagram:CP5lh1YLbj4', accountId: 'instagram:pluto__travel', url: 'https://www.instagram.com/p/CP5lh1YLbj4/', postedAt: T0 - 1000, seenAt: T0, pinned: true, sponsored: true, caption: 'Trip #ad', counts: { likes: { value: 16, precision: 1, source: 'json' }, comments: { value: 1, precision: 1, source: 'json' } } },
    ];
    await v8.creators.bulkAdd(creators);
    await v8.accounts.bulkAdd(accounts);
    await v8.table('posts').bulkAdd(posts);
    v8.close();

    const current = new CreatorScoutDB(name);
    await current.open();
    expect(current.verno).toBe(LATEST_VERSION);
    const upgraded = posts.map(({ accountId, ...p }) => ({ ...p, authorAccountIds: [accountId], seenOnAccountIds: [accountId] }));
    expect(await current.posts.toArray()).toEqual(upgraded.sort((a, b) => a.id.localeCompare(b.id)));
    for (const p of await current.posts.toArray()) expect(() => RECORD_SCHEMAS.posts.parse(p)).not.toThrow();
    expect(await current.creators.toArray()).toEqual(creators);
    expect(await current.accounts.toArray()).toEqual(accounts.sort((a, b) => a.id.localeCompare(b.id)));
    // The new indexes answer: the post is found by its author and by where it was seen.
    expect(await current.posts.where('authorAccountIds').equals('instagram:pluto__travel').primaryKeys()).toEqual(['instagram:CP5lh1YLbj4']);
    expect(await current.posts.where('seenOnAccountIds').equals('youtube:jazziired').primaryKeys()).toEqual(['youtube:G78AnHpIw5w']);
    await current.delete();
  });
});
