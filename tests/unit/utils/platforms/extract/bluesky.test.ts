import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ADAPTERS, adapterForUrl } from '@/utils/platforms/adapters';
import { bluesky } from '@/utils/platforms/bluesky/adapter';
import { postTime, tidTime } from '@/utils/platforms/bluesky/dates';
import { escapeControlsInStrings } from '@/utils/platforms/page-data';
import { FIXTURES_DIR } from '../../../../harness/fixtures';
import { parsePage } from '../../../../helpers/fixtures';

const KING = 'https://bsky.app/profile/stephenking.bsky.social';
const KING_DID = 'did:plc:h7obn4tkp47wn7gqh4oe5eij';

const SAVED_HTML = readFileSync(path.join(FIXTURES_DIR, 'bluesky', 'bsky-profile-stephenking-dom', 'source.html'), 'utf8');
let savedDoc: Document | undefined;

/** The saved page read at `href`; parsed once (the adapter reads the URL it is given), unless a test changes it. */
function savedPage(href: string, { fresh = false } = {}) {
  const doc = fresh ? parsePage(SAVED_HTML, KING) : (savedDoc ??= parsePage(SAVED_HTML, KING));
  return { doc, url: new URL(href) };
}

// Parsing the 560 KB page takes seconds on a busy machine: do it once, outside any test's timeout.
beforeAll(() => {
  savedDoc = parsePage(SAVED_HTML, KING);
}, 60_000);

function page(body: string, href: string, { lang = 'en', head = '' } = {}) {
  return { doc: parsePage(`<!doctype html><html lang="${lang}"><head>${head}</head><body>${body}</body></html>`, href), url: new URL(href) };
}

// The profile header, trimmed from the saved page (tests/fixtures/bluesky/bsky-profile-stephenking-dom).
function header(o: { handle?: string; name?: string; followers?: [aria: string | null, shown: string]; following?: [string | null, string]; posts?: string; bio?: string; badge?: boolean; feed?: string } = {}) {
  const { handle = 'ana.bsky.social', name = 'Ana', followers = ['1101177 followers', '1.1M followers'], following = ['3 following', '3 following'], posts = '329 posts', bio = 'Writer', badge = false, feed = '' } = o;
  const label = (aria: string | null) => (aria === null ? '' : `aria-label="${aria}"`);
  return `<div data-testid="profileScreen"><div data-testid="profileView">
    <div><div><div dir="auto" data-testid="profileHeaderDisplayName">${name}${badge ? `<div><button aria-label="View this user's verifications" role="button" type="button"></button></div>` : ''}</div></div><div><div dir="auto">@${handle}</div></div></div>
    <div><div>
      <a href="/profile/${handle}/followers" dir="auto" ${label(followers[0])} role="link" data-testid="profileHeaderFollowersButton">${followers[1]}</a>
      <a href="/profile/${handle}/follows" dir="auto" ${label(following[0])} role="link" data-testid="profileHeaderFollowsButton">${following[1]}</a>
      <div dir="auto">${posts}</div>
    </div><div><div dir="auto" data-word-wrap="1" data-testid="profileHeaderDescription">${bio}</div></div></div>
    <div data-testid="postsFeed-flatlist">${feed}</div>
  </div></div>`;
}

// A feed item, trimmed from the same saved page.
function feedItem(o: { author?: string; rkey?: string; label?: string; reason?: string; text?: string; replies?: string; reposts?: string; likes?: string } = {}) {
  const { author = 'ana.bsky.social', rkey = '3md4rhnginc2m', label = 'January 23, 2026 at 11:41 PM', reason = '', text = 'Hello', replies = 'Reply (303 replies)', reposts = '2.1K', likes = 'Like (9,392 likes)' } = o;
  return `<div role="link" tabindex="0" data-testid="feedItem-by-${author}">
    ${reason ? `<div><div dir="auto">${reason}</div></div>` : ''}
    <a href="/profile/${author}" dir="auto" aria-label="View profile" role="link">\u202aAna\u202c</a>
    <a href="/profile/${author}/post/${rkey}" dir="auto" aria-label="${label}" role="link" data-tooltip="${label}"><span>· </span>3d</a>
    <div data-testid="contentHider-post"><div dir="auto" data-word-wrap="1" data-testid="postText">${text}</div></div>
    <button aria-label="${replies}" role="button" data-testid="replyBtn" type="button"><div dir="auto">303</div></button>
    <button aria-label="Repost or quote post" role="button" type="button"><div dir="auto" data-testid="repostCount">${reposts}</div></button>
    <button aria-label="${likes}" role="button" data-testid="likeBtn" type="button"><div dir="auto" data-testid="likeCount">9.3K</div></button>
  </div>`;
}

describe('bluesky.pageType', () => {
  const cases: Array<[string, 'profile' | 'post' | 'other']> = [
    [KING, 'profile'],
    [`${KING}/`, 'profile'],
    [`https://bsky.app/profile/${KING_DID}`, 'profile'],
    ['https://bsky.app/profile/jay.bsky.team', 'profile'],
    [`${KING}/post/3mddvy5bv6k27`, 'post'],
    [`https://bsky.app/profile/${KING_DID}/post/3mddvy5bv6k27`, 'post'],
    [`${KING}/post/3mddvy5bv6k27/liked-by`, 'other'],
    [`${KING}/followers`, 'other'],
    [`${KING}/follows`, 'other'],
    [`${KING}/feed/aaaf`, 'other'],
    ['https://bsky.app/', 'other'],
    ['https://bsky.app/search?q=books', 'other'],
    ['https://bsky.app/notifications', 'other'],
    ['https://bsky.app/profile/', 'other'],
    ['https://bsky.app/profile/not_a_handle', 'other'],
    ['https://x.com/Kikobeats', 'other'],
    ['https://www.instagram.com/pluto__travel/', 'other'],
    ['https://www.tiktok.com/@illojuan', 'other'],
  ];

  it.each(cases)('%s is a %s page', (href, type) => {
    expect(bluesky.pageType(new URL(href))).toBe(type);
  });

  it.each(cases.filter(([, type]) => type !== 'other'))('%s belongs to Bluesky and to no other adapter', (href) => {
    const url = new URL(href);
    expect(adapterForUrl(url)?.platform).toBe('bluesky');
    for (const adapter of ADAPTERS.filter((a) => a !== bluesky)) expect(adapter.pageType(url), adapter.platform).toBe('other');
  });

  it('names the profile a URL points to by its handle; a DID is not a handle', () => {
    expect(bluesky.profileHandle(new URL(KING))).toBe('stephenking.bsky.social');
    expect(bluesky.profileHandle(new URL(`https://bsky.app/profile/${KING_DID}`))).toBeNull();
    expect(bluesky.profileHandle(new URL(`${KING}/post/3mddvy5bv6k27`))).toBeNull();
  });
});

describe('bluesky.readySelector', () => {
  it('waits for this handle’s header, which the saved page has, and not for another profile’s', () => {
    const { doc, url } = savedPage(KING);
    expect(doc.querySelector(bluesky.readySelector(url)!)).not.toBeNull();
    expect(doc.querySelector(bluesky.readySelector(new URL('https://bsky.app/profile/jay.bsky.team'))!)).toBeNull();
    expect(bluesky.readySelector(new URL('https://bsky.app/search'))).toBeNull();
  });
});

describe('bluesky.extract on profiles', () => {
  it('reads exact counts from aria-labels, not the rounded text ("1.1M followers")', () => {
    const { doc, url } = savedPage(KING);
    const reading = bluesky.extract(doc, url);
    expect(reading.counts.followers).toEqual({ value: 1101177, precision: 1, source: 'aria' });
    expect(reading.counts.following).toEqual({ value: 3, precision: 1, source: 'aria' });
    // From the JSON-LD, whose raw line break in the bio strict JSON rejects.
    expect(reading.counts.posts).toEqual({ value: 329, precision: 1, source: 'jsonld' });
    expect(reading).toMatchObject({ handle: 'stephenking.bsky.social', verified: true });
  });

  it('falls back to the JSON-LD, then to the text as shown', () => {
    const withLd = savedPage(KING, { fresh: true });
    for (const el of withLd.doc.querySelectorAll('[data-testid^="profileHeaderFollow"]')) el.removeAttribute('aria-label');
    expect(bluesky.extract(withLd.doc, withLd.url).counts.followers).toEqual({ value: 1101177, precision: 1, source: 'jsonld' });

    const { doc, url } = page(header({ followers: [null, '1.1M followers'], following: [null, '12.5K following'], posts: '2,048 posts' }), 'https://bsky.app/profile/ana.bsky.social');
    const { counts } = bluesky.extract(doc, url);
    expect(counts.followers).toEqual({ value: 1100000, precision: 100000, source: 'dom' });
    expect(counts.following).toEqual({ value: 12500, precision: 100, source: 'dom' });
    expect(counts.posts).toEqual({ value: 2048, precision: 1, source: 'dom' });
  });

  it('reads a profile opened by its DID, naming it by the handle its header links to', () => {
    const { doc, url } = savedPage(`https://bsky.app/profile/${KING_DID}`);
    const reading = bluesky.extract(doc, url);
    expect(reading.handle).toBe('stephenking.bsky.social');
    expect(reading.counts.followers).toEqual({ value: 1101177, precision: 1, source: 'aria' });
  });

  it('does not take some header for a DID it cannot tie to it (the profile opened may not have rendered)', () => {
    const { doc, url } = page(header({ handle: 'ana.bsky.social' }), `https://bsky.app/profile/${KING_DID}`);
    const reading = bluesky.extract(doc, url);
    expect(reading.counts.followers).toEqual({ missing: expect.any(String) });
    expect(reading.displayName).toEqual({ missing: expect.any(String) });
    expect(reading.handle).toBeNull();
  });

  it('ignores the previous profile’s header and JSON-LD after in-site navigation', () => {
    const { doc, url } = savedPage('https://bsky.app/profile/jay.bsky.team');
    const reading = bluesky.extract(doc, url);
    expect(reading.handle).toBe('jay.bsky.team');
    for (const key of ['followers', 'following', 'posts'] as const) {
      expect(reading.counts[key]).toEqual({ missing: expect.any(String) });
    }
    expect(reading.displayName).toEqual({ missing: expect.any(String) });
    expect(reading.posts).toEqual([]);
  });

  it('reads the header of the profile in the URL when earlier screens stay in the page', () => {
    const earlier = header({ handle: 'ana.bsky.social', followers: ['10 followers', '10 followers'] });
    const current = header({ handle: 'bo.bsky.social', name: 'Bo', followers: ['20 followers', '20 followers'] });
    const { doc, url } = page(earlier + current, 'https://bsky.app/profile/bo.bsky.social');
    const reading = bluesky.extract(doc, url);
    expect(reading.counts.followers).toEqual({ value: 20, precision: 1, source: 'aria' });
    expect(reading.displayName).toEqual({ value: 'Bo', source: 'dom' });
  });

  it('reports counts the page does not show as missing, never 0', () => {
    const { doc, url } = page('<div id="root"></div>', 'https://bsky.app/profile/ana.bsky.social');
    const reading = bluesky.extract(doc, url);
    for (const value of Object.values(reading.counts)) expect(value).toEqual({ missing: expect.any(String) });
    expect(reading.verified).toBeNull();
  });

  it('knows "not verified" only on an English page', () => {
    const english = page(header(), 'https://bsky.app/profile/ana.bsky.social');
    expect(bluesky.extract(english.doc, english.url).verified).toBe(false);
    const spanish = page(header(), 'https://bsky.app/profile/ana.bsky.social', { lang: 'es' });
    expect(bluesky.extract(spanish.doc, spanish.url).verified).toBeNull();
  });

  it('keeps hostile page text as plain text', () => {
    const html = header({ name: '&lt;img src=x onerror=alert(1)&gt;', bio: '&lt;script&gt;alert(1)&lt;/script&gt;', feed: feedItem({ text: '&lt;b&gt;hi&lt;/b&gt;' }) });
    const { doc, url } = page(html, 'https://bsky.app/profile/ana.bsky.social');
    const reading = bluesky.extract(doc, url);
    expect(reading.displayName).toEqual({ value: '<img src=x onerror=alert(1)>', source: 'dom' });
    expect(reading.bio).toEqual({ value: '<script>alert(1)</script>', source: 'dom' });
    expect(reading.posts[0]?.caption).toBe('<b>hi</b>');
  });
});

describe('bluesky feed items', () => {
  it('reads replies and likes exactly, reposts as shown, and the time from the record key', () => {
    const { doc, url } = savedPage(KING);
    const post = bluesky.extract(doc, url).posts.find((p) => p.id === '3md4rhnginc2m')!;
    expect(post).toMatchObject({
      url: `${KING}/post/3md4rhnginc2m`,
      author: 'stephenking.bsky.social',
      caption: 'You know who”stayed a little back” in VIetnam? DJT.',
      postedAt: Date.parse('2026-01-23T22:41:21.169Z'),
    });
    expect(post.counts).toEqual({
      comments: { value: 303, precision: 1, source: 'aria' },
      shares: { value: 2100, precision: 100, source: 'dom' },
      likes: { value: 9392, precision: 1, source: 'aria' },
      views: { missing: expect.any(String) },
    });
  });

  it('keeps a repost’s original author', () => {
    const { doc, url } = savedPage(KING);
    const repost = bluesky.extract(doc, url).posts.find((p) => p.id === '3mb3o6pp36k2h')!;
    expect(repost).toMatchObject({ author: 'jeffreyskarski.bsky.social', url: 'https://bsky.app/profile/jeffreyskarski.bsky.social/post/3mb3o6pp36k2h' });
  });

  it('marks the pinned post and #ad captions', () => {
    const feed = feedItem({ rkey: '3m7doc5efms2j', reason: 'Pinned' }) + feedItem({ text: 'Pinned', rkey: '3m7j4tcfn3c25' }) + feedItem({ rkey: '3mbkr6srud22x', text: 'Loving this blender #ad' });
    const { doc, url } = page(header({ feed }), 'https://bsky.app/profile/ana.bsky.social');
    const posts = bluesky.extract(doc, url).posts;
    expect(posts.map((p) => p.pinned)).toEqual([true, false, false]);
    expect(posts.map((p) => p.sponsored)).toEqual([false, false, true]);
  });

  it('reports a repost count the item does not show as missing, never 0', () => {
    const feed = feedItem().replace(/<div dir="auto" data-testid="repostCount">[^<]*<\/div>/, '');
    const { doc, url } = page(header({ feed }), 'https://bsky.app/profile/ana.bsky.social');
    expect(bluesky.extract(doc, url).posts[0]?.counts.shares).toEqual({ missing: expect.any(String) });
  });
});

describe('bluesky dates', () => {
  it('decodes the time in a TID record key', () => {
    expect(tidTime('3mddvy5bv6k27')).toBe(Date.parse('2026-01-26T18:50:47.802Z'));
    expect(tidTime('3m7doc5efms2j')).toBe(Date.parse('2025-12-06T18:52:26.983Z'));
    expect(tidTime('self')).toBeNull();
    expect(tidTime('zzzzzzzzzzzzz')).toBeNull();
  });

  it('uses the key’s time when the page’s label agrees within a time zone, else the label in local time', () => {
    // Saved in UTC+1: "7:50 PM" local for 18:50 UTC.
    expect(postTime('3mddvy5bv6k27', 'January 26, 2026 at 7:50 PM')).toBe(Date.parse('2026-01-26T18:50:47.802Z'));
    // A backdated (imported) post: the label says 2019.
    expect(postTime('3mddvy5bv6k27', 'March 5, 2019 at 9:05 AM')).toBe(new Date(2019, 2, 5, 9, 5).getTime());
    expect(postTime('not-a-tid', 'December 1, 2024 at 12:30 AM')).toBe(new Date(2024, 11, 1, 0, 30).getTime());
    expect(postTime('not-a-tid', '26 ene 2026, 19:50')).toBeNull();
    expect(postTime('3mddvy5bv6k27', '26 ene 2026, 19:50')).toBe(Date.parse('2026-01-26T18:50:47.802Z'));
  });
});

describe('bluesky JSON-LD', () => {
  it('escapes raw control characters inside strings only', () => {
    const raw = '{\n  "description": "Writer \n",\n  "name": "A\\"B"\n}';
    expect(JSON.parse(escapeControlsInStrings(raw))).toEqual({ description: 'Writer \n', name: 'A"B' });
  });
});

// A post page trimmed from microlinkhq/metascraper packages/metascraper-bluesky/test/fixtures/post.html
// (bsky.app, January 2026): the server's head (at:// link, JSON-LD) and the thread's main post.
const POST_HEAD = `
  <meta property="og:url" content="${KING}/post/3mddvy5bv6k27">
  <meta property="og:description" content="The rightwing response to the murder of Alex Pretti is predictable. It's Orwell's doublespeak.">
  <link rel="alternate" href="at://${KING_DID}/app.bsky.feed.post/3mddvy5bv6k27">
  <script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting",
    "author":{"@type":"Person","name":"Stephen King","alternateName":"@stephenking.bsky.social","url":"${KING}"},
    "text":"The rightwing response to the murder of Alex Pretti is predictable. It&#39;s Orwell&#39;s doublespeak.",
    "datePublished":"2026-01-26T18:50:48.357Z","interactionStatistic":[
    {"@type":"InteractionCounter","interactionType":"https://schema.org/LikeAction","userInteractionCount":3699},
    {"@type":"InteractionCounter","interactionType":"https://schema.org/CommentAction","userInteractionCount":123},
    {"@type":"InteractionCounter","interactionType":"https://schema.org/ShareAction","userInteractionCount":609}]}</script>`;
const POST_BODY = `<div data-testid="postThreadScreen">
  <div data-testid="postThreadItem-by-stephenking.bsky.social">
    <a href="/profile/stephenking.bsky.social" aria-label="Stephen King's avatar" role="link"><div data-testid="userAvatarImage"></div></a>
    <a href="/profile/stephenking.bsky.social" aria-label="Stephen King" role="link"><div><div dir="auto">Stephen King</div>
      <div><button aria-label="View this user's verifications" role="button" type="button"></button></div></div>
      <div dir="auto">@stephenking.bsky.social</div></a>
    <div dir="auto" data-word-wrap="1">The rightwing response to the murder of Alex Pretti is predictable. It's Orwell's doublespeak.</div>
    <div dir="auto">7:50 PM · Jan 26, 2026</div>
    <a href="/profile/stephenking.bsky.social/post/3mddvy5bv6k27/reposted-by" aria-label="Reposts of this post" role="link"><div dir="auto" data-testid="repostCount-expanded"><span>588</span> reposts</div></a>
    <a href="/profile/stephenking.bsky.social/post/3mddvy5bv6k27/liked-by" aria-label="Likes on this post" role="link"><div dir="auto" data-testid="likeCount-expanded"><span>3.6K</span> likes</div></a>
    <button aria-label="Reply (123 replies)" role="button" data-testid="replyBtn" type="button"><div dir="auto">123</div></button>
    <button aria-label="Repost or quote post" role="button" type="button"><div dir="auto" data-testid="repostCount">609</div></button>
    <button aria-label="Like (3,700 likes)" role="button" data-testid="likeBtn" type="button"><div dir="auto" data-testid="likeCount">3.7K</div></button>
  </div>
  <div role="link" tabindex="0" data-testid="postThreadItem-by-gommyatthebeach.bsky.social">
    <a href="/profile/gommyatthebeach.bsky.social/post/3mddw2abcde2k" aria-label="January 26, 2026 at 7:52 PM" data-tooltip="January 26, 2026 at 7:52 PM">1m</a>
    <button aria-label="Reply (2 replies)" role="button" data-testid="replyBtn" type="button"></button>
    <button aria-label="Like (40 likes)" role="button" data-testid="likeBtn" type="button"></button>
  </div>
</div>`;

describe('bluesky.extract on post pages', () => {
  const href = `${KING}/post/3mddvy5bv6k27`;

  it('reads the thread’s main post: live exact labels first, then the JSON-LD', () => {
    const { doc, url } = page(POST_BODY, href, { head: POST_HEAD });
    const reading = bluesky.extract(doc, url);
    expect(reading).toMatchObject({ pageType: 'post', handle: 'stephenking.bsky.social', verified: true });
    expect(reading.displayName).toEqual({ value: 'Stephen King', source: 'dom' });
    expect(reading.posts).toHaveLength(1);
    const [post] = reading.posts;
    expect(post).toMatchObject({
      id: '3mddvy5bv6k27',
      url: href,
      author: 'stephenking.bsky.social',
      postedAt: Date.parse('2026-01-26T18:50:48.357Z'),
      caption: "The rightwing response to the murder of Alex Pretti is predictable. It's Orwell's doublespeak.",
    });
    expect(post!.counts).toEqual({
      comments: { value: 123, precision: 1, source: 'aria' },
      shares: { value: 609, precision: 1, source: 'jsonld' },
      likes: { value: 3700, precision: 1, source: 'aria' },
      views: { missing: expect.any(String) },
    });
    expect(reading.counts).toMatchObject(post!.counts);
    expect(reading.counts.followers).toEqual({ missing: expect.any(String) });
  });

  it('reads the JSON-LD alone when the thread has not rendered, with its text decoded', () => {
    const { doc, url } = page('<div id="root"></div>', href, { head: POST_HEAD.replace(/<meta property="og:description"[^>]*>/, '') });
    const [post] = bluesky.extract(doc, url).posts;
    expect(post?.counts.likes).toEqual({ value: 3699, precision: 1, source: 'jsonld' });
    expect(post?.caption).toBe("The rightwing response to the murder of Alex Pretti is predictable. It's Orwell's doublespeak.");
  });

  it('ignores the head and thread of the post first loaded after in-site navigation', () => {
    const { doc, url } = page(POST_BODY, `${KING}/post/3mbkr6srud22x`, { head: POST_HEAD });
    const reading = bluesky.extract(doc, url);
    expect(reading.posts).toEqual([]);
    for (const key of ['likes', 'comments', 'shares', 'views'] as const) {
      expect(reading.counts[key]).toEqual({ missing: expect.stringMatching(/not loaded/) });
    }
  });
});
