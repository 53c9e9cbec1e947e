import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADAPTERS, adapterForUrl } from '@/utils/platforms/adapters';
import { x } from '@/utils/platforms/x/adapter';
import { metricsFromLabel } from '@/utils/platforms/x/tweets';
import { FIXTURES_DIR } from '../../../../harness/fixtures';
import { parsePage } from '../../../../helpers/fixtures';

const parsed = new Map<string, Document>();

/** A saved page read at `href`; parsed once (the adapter reads the URL it is given), unless a test changes it. */
function savedPage(name: string, href: string, { fresh = false } = {}) {
  const load = () => parsePage(readFileSync(path.join(FIXTURES_DIR, 'x', name, 'source.html'), 'utf8'), href);
  if (fresh) return { doc: load(), url: new URL(href) };
  if (!parsed.has(name)) parsed.set(name, load());
  return { doc: parsed.get(name)!, url: new URL(href) };
}

function page(body: string, href: string, { lang = 'en', head = '' } = {}) {
  return { doc: parsePage(`<!doctype html><html lang="${lang}"><head>${head}</head><body>${body}</body></html>`, href), url: new URL(href) };
}

// A profile header trimmed from the 2025 saved page (tests/fixtures/x/x-profile-Kikobeats-2025-dom):
// the top bar (name + "23.9K posts"), the UserName box, the bio and the two count links.
function profileHeader(o: { handle?: string; name?: string; line?: string; followers?: string; following?: string; followersPath?: string; bio?: string; badge?: boolean } = {}) {
  const { handle = 'ana_dev', name = 'Ana', line = '1,204 posts', followers = '23.9K Followers', following = '312 Following', followersPath = 'verified_followers', bio = 'Maker of things', badge = false } = o;
  return `<div data-testid="primaryColumn">
    <h2 dir="ltr" aria-level="2" role="heading"><span>${name}</span></h2><div dir="ltr">${line}</div>
    <div data-testid="UserName"><div dir="ltr"><span>${name}</span>${badge ? '<svg aria-label="Verified account" role="img" data-testid="icon-verified"></svg>' : ''}</div><div dir="ltr"><span>@${handle}</span></div></div>
    <div dir="auto" data-testid="UserDescription"><span>${bio}</span></div>
    <a href="/${handle}/following" dir="ltr" role="link"><span>${following}</span></a>
    <a href="/${handle}/${followersPath}" dir="ltr" role="link"><span>${followers}</span></a>
  </div>`;
}

/** Kikobeats' profile with `tweets` as its timeline. */
function timeline(tweets: string) {
  return page(profileHeader({ handle: 'Kikobeats', name: 'Kiko Beats' }) + tweets, 'https://x.com/Kikobeats');
}

interface TweetParts {
  author?: string;
  id?: string;
  datetime?: string;
  text?: string;
  context?: string;
  group?: string | null;
  reply?: [label: string, shown: string];
  retweet?: [label: string, shown: string];
  like?: [label: string, shown: string];
  views?: string;
  extra?: string;
  tabindex?: string;
}

// A tweet trimmed from the saved pages: x-profile-Kikobeats-2025-dom (timeline) and microlinkhq/metascraper
// packages/metascraper-x/test/fixtures/post.html (a status page's main tweet, tabindex="-1").
function tweet(p: TweetParts = {}) {
  const {
    author = 'Kikobeats', id = '1987508451887784324', datetime = '2025-11-09T13:11:55.000Z', text = 'Estoy viajando por China',
    context = '', group = '785 replies, 890 reposts, 6027 likes, 476 bookmarks, 788311 views',
    reply = ['785 Replies. Reply', '785'], retweet = ['890 reposts. Repost', '890'], like = ['6027 Likes. Like', '6K'],
    views = '788311 views. View post analytics', extra = '', tabindex = '0',
  } = p;
  const button = (testid: string, [label, shown]: [string, string]) =>
    `<button aria-label="${label}" role="button" data-testid="${testid}" type="button"><span data-testid="app-text-transition-container"><span>${shown}</span></span></button>`;
  return `<article role="article" tabindex="${tabindex}" data-testid="tweet">
    ${context ? `<div dir="ltr" data-testid="socialContext">${context}</div>` : ''}
    <div data-testid="User-Name"><a href="/${author}" role="link"><div dir="ltr"><span>Kiko Beats</span></div></a>
      <a href="/${author}" role="link" tabindex="-1"><div dir="ltr"><span>@${author}</span></div></a>
      <a href="/${author}/status/${id}" dir="ltr" aria-label="Nov 9" role="link"><time datetime="${datetime}">Nov 9</time></a></div>
    <div dir="auto" lang="es" data-testid="tweetText"><span>${text}</span></div>
    ${extra}
    <div ${group === null ? '' : `aria-label="${group}"`} role="group">
      ${button('reply', reply)}${button('retweet', retweet)}${button('like', like)}
      <a href="/${author}/status/${id}/analytics" aria-label="${views}" role="link"><span data-testid="app-text-transition-container"></span></a>
      <button aria-label="Bookmark" role="button" data-testid="bookmark" type="button"></button>
    </div>
  </article>`;
}

describe('x.pageType', () => {
  const cases: Array<[string, 'profile' | 'post' | 'other']> = [
    ['https://x.com/Kikobeats', 'profile'],
    ['https://x.com/Kikobeats/', 'profile'],
    ['https://twitter.com/Kikobeats', 'profile'],
    ['https://mobile.twitter.com/Kikobeats', 'profile'],
    ['https://mobile.x.com/Kikobeats?lang=es', 'profile'],
    ['https://x.com/Kikobeats/with_replies', 'profile'],
    ['https://x.com/Kikobeats/media', 'profile'],
    ['https://x.com/Kikobeats/highlights', 'profile'],
    ['https://x.com/Kikobeats/status/1987508451887784324', 'post'],
    ['https://twitter.com/Kikobeats/status/1603752208457412609', 'post'],
    ['https://x.com/Kikobeats/status/1987508451887784324/photo/1', 'post'],
    ['https://x.com/i/web/status/1987508451887784324', 'post'],
    ['https://x.com/Kikobeats/status/1987508451887784324/quotes', 'other'],
    ['https://x.com/Kikobeats/followers', 'other'],
    ['https://x.com/Kikobeats/verified_followers', 'other'],
    ['https://x.com/Kikobeats/following', 'other'],
    ['https://x.com/', 'other'],
    ['https://x.com/home', 'other'],
    ['https://x.com/explore', 'other'],
    ['https://x.com/notifications', 'other'],
    ['https://x.com/messages', 'other'],
    ['https://x.com/i/flow/login', 'other'],
    ['https://x.com/settings/profile', 'other'],
    ['https://x.com/search?q=creator', 'other'],
    ['https://x.com/compose/post', 'other'],
    ['https://x.com/tos', 'other'],
    ['https://x.com/privacy', 'other'],
    ['https://x.com/login', 'other'],
    ['https://x.com/signup', 'other'],
    ['https://x.com/hashtag/ai', 'other'],
    ['https://x.com/jobs', 'other'],
    ['https://x.com/averyveryverylonghandle', 'other'],
    ['https://www.instagram.com/pluto__travel/', 'other'],
    ['https://www.tiktok.com/@illojuan', 'other'],
    ['https://bsky.app/profile/stephenking.bsky.social', 'other'],
    ['https://www.youtube.com/@kurzgesagt', 'other'],
  ];

  it.each(cases)('%s is a %s page', (href, type) => {
    expect(x.pageType(new URL(href))).toBe(type);
  });

  it.each(cases.filter(([, type]) => type !== 'other'))('%s belongs to X and to no other adapter', (href) => {
    const url = new URL(href);
    expect(adapterForUrl(url)?.platform).toBe('x');
    for (const adapter of ADAPTERS.filter((a) => a !== x)) expect(adapter.pageType(url), adapter.platform).toBe('other');
  });

  it('names the profile a URL points to, and only for profiles', () => {
    expect(x.profileHandle(new URL('https://x.com/Kikobeats/media'))).toBe('Kikobeats');
    expect(x.profileHandle(new URL('https://x.com/Kikobeats/status/1987508451887784324'))).toBeNull();
    expect(x.profileHandle(new URL('https://x.com/explore'))).toBeNull();
  });
});

describe('x.readySelector', () => {
  it('waits for this handle’s header on profiles, which the saved page has', () => {
    const { doc, url } = savedPage('x-profile-Kikobeats-2025-dom', 'https://x.com/kikobeats');
    const selector = x.readySelector(url)!;
    expect(doc.querySelector(selector)).not.toBeNull();
    // After navigating to another profile, the previous header does not count as ready.
    expect(doc.querySelector(x.readySelector(new URL('https://x.com/rauchg'))!)).toBeNull();
  });

  it('waits for the tweet’s own permalink on status pages', () => {
    const { doc, url } = page(tweet({ tabindex: '-1' }), 'https://x.com/Kikobeats/status/1987508451887784324');
    expect(doc.querySelector(x.readySelector(url)!)).not.toBeNull();
    expect(x.readySelector(new URL('https://x.com/explore'))).toBeNull();
  });
});

describe('x.extract on profiles', () => {
  it('prefers the exact JSON-LD counts when the script describes the handle in the URL', () => {
    const { doc, url } = savedPage('x-profile-Kikobeats-2025-dom', 'https://x.com/Kikobeats');
    const { counts } = x.extract(doc, url);
    expect(counts.followers).toEqual({ value: 3893, precision: 1, source: 'jsonld' });
    expect(counts.following).toEqual({ value: 406, precision: 1, source: 'jsonld' });
    expect(counts.posts).toEqual({ value: 23961, precision: 1, source: 'jsonld' });
  });

  it('reads the rendered header, rounded as shown, when there is no JSON-LD (2025: /verified_followers)', () => {
    const { doc, url } = savedPage('x-profile-Kikobeats-2025-dom', 'https://x.com/Kikobeats', { fresh: true });
    doc.querySelector('script[type="application/ld+json"]')!.remove();
    const reading = x.extract(doc, url);
    expect(reading.counts.followers).toEqual({ value: 3893, precision: 1, source: 'dom' });
    expect(reading.counts.following).toEqual({ value: 406, precision: 1, source: 'dom' });
    expect(reading.counts.posts).toEqual({ value: 23900, precision: 100, source: 'dom' });
    expect(reading.displayName).toEqual({ value: 'Kiko Beats', source: 'dom' });
  });

  it('reads the 2023 header: /followers link and "23.1K Tweets"', () => {
    const { doc, url } = savedPage('twitter-profile-Kikobeats-2023-dom', 'https://twitter.com/Kikobeats', { fresh: true });
    doc.querySelector('script[type="application/ld+json"]')!.remove();
    const { counts } = x.extract(doc, url);
    expect(counts.followers).toEqual({ value: 3324, precision: 1, source: 'dom' });
    expect(counts.following).toEqual({ value: 393, precision: 1, source: 'dom' });
    expect(counts.posts).toEqual({ value: 23100, precision: 100, source: 'dom' });
  });

  it('ignores what the page still shows of the previous profile after in-site navigation', () => {
    // The saved page is Kikobeats' profile; the address bar already says rauchg.
    const { doc, url } = savedPage('x-profile-Kikobeats-2025-dom', 'https://x.com/rauchg');
    const reading = x.extract(doc, url);
    expect(reading.handle).toBe('rauchg');
    for (const key of ['followers', 'following', 'posts'] as const) {
      expect(reading.counts[key]).toEqual({ missing: expect.stringMatching(/reload/) });
    }
    expect(reading.displayName).toEqual({ missing: expect.any(String) });
    expect(reading.bio).toEqual({ missing: expect.any(String) });
    expect(reading.verified).toBeNull();
    expect(reading.posts).toEqual([]);
  });

  it('reports every count of the bot variant as missing, never 0, and keeps name and bio from the meta tags', () => {
    const { doc, url } = savedPage('x-profile-Kikobeats-og-only', 'https://x.com/Kikobeats');
    const reading = x.extract(doc, url);
    for (const value of Object.values(reading.counts)) expect(value).toEqual({ missing: expect.any(String) });
    expect(reading.displayName).toEqual({ value: '#!/kiko/beats', source: 'meta' });
    expect(reading.bio).toMatchObject({ value: expect.stringMatching(/^engineering ▲ @vercel; founder of/), source: 'meta' });
    expect(reading.verified).toBeNull();
    expect(reading.posts).toEqual([]);
  });

  it('does not take the Media tab’s "photos & videos" line for the posts count', () => {
    const header = profileHeader({ line: '1,204 photos &amp; videos' });
    const { doc, url } = page(header, 'https://x.com/ana_dev/media');
    expect(x.extract(doc, url).counts.posts).toEqual({ missing: expect.any(String) });
    const main = page(header, 'https://x.com/ana_dev');
    expect(x.extract(main.doc, main.url).counts.posts).toEqual({ value: 1204, precision: 1, source: 'dom' });
  });

  it('reads localized header counts with the page language', () => {
    // The words are illustrative (no saved Spanish X page); the numbers are Spanish compact notation.
    const header = profileHeader({ followers: '23,9 mil Seguidores', following: '1.312 Siguiendo', line: '12,3 mil posts' });
    const { doc, url } = page(header, 'https://x.com/ana_dev', { lang: 'es' });
    const { counts } = x.extract(doc, url);
    expect(counts.followers).toEqual({ value: 23900, precision: 100, source: 'dom' });
    expect(counts.following).toEqual({ value: 1312, precision: 1, source: 'dom' });
    expect(counts.posts).toEqual({ value: 12300, precision: 100, source: 'dom' });
  });

  it('reads the badge, and emoji drawn as images, from the header', () => {
    const header = profileHeader({ name: 'Ana <img alt="🚀" src="https://abs-0.twimg.com/emoji/v2/svg/1f680.svg">', badge: true });
    const { doc, url } = page(header, 'https://x.com/ana_dev');
    const reading = x.extract(doc, url);
    expect(reading.displayName).toEqual({ value: 'Ana 🚀', source: 'dom' });
    expect(reading.verified).toBe(true);
  });

  it('keeps hostile page text as plain text', () => {
    const header = profileHeader({ name: '&lt;img src=x onerror=alert(1)&gt;', bio: '&lt;script&gt;alert(1)&lt;/script&gt;' });
    const { doc, url } = page(header + tweet({ text: '&lt;b onmouseover=alert(1)&gt;hi&lt;/b&gt;' }), 'https://x.com/ana_dev');
    const reading = x.extract(doc, url);
    expect(reading.displayName).toEqual({ value: '<img src=x onerror=alert(1)>', source: 'dom' });
    expect(reading.bio).toEqual({ value: '<script>alert(1)</script>', source: 'dom' });
    expect(reading.posts[0]?.caption).toBe('<b onmouseover=alert(1)>hi</b>');
  });
});

describe('x tweets', () => {
  it('maps the metrics label: replies → comments, reposts and Retweets → shares, likes, views', () => {
    expect(metricsFromLabel('785 replies, 890 reposts, 6027 likes, 476 bookmarks, 788311 views', 'en')).toEqual({
      comments: { value: 785, precision: 1, source: 'aria' },
      shares: { value: 890, precision: 1, source: 'aria' },
      likes: { value: 6027, precision: 1, source: 'aria' },
      bookmarks: { value: 476, precision: 1, source: 'aria' },
      views: { value: 788311, precision: 1, source: 'aria' },
    });
    expect(metricsFromLabel('1 reply, 6 Retweets, 36 likes', 'en')).toMatchObject({
      comments: { value: 1 },
      shares: { value: 6 },
      likes: { value: 36 },
    });
  });

  it('reads the French label (words as in PlugNPush/twitter-js-scraper tweet_collector.js)', () => {
    expect(metricsFromLabel('12 réponses, 3 reposts, 1 234 J’aime, 2 signets, 56 789 vues', 'fr')).toMatchObject({
      comments: { value: 12, precision: 1 },
      shares: { value: 3, precision: 1 },
      likes: { value: 1234, precision: 1 },
      views: { value: 56789, precision: 1 },
    });
  });

  it('falls back to each button’s own label when the metrics label is in a language it does not know', () => {
    // Invented words: what matters is that the buttons are found by data-testid and read by number.
    const html = tweet({
      group: '5 Antw., 2 Rp., 9 Gef.',
      reply: ['5 Antworten. Antworten', '5'],
      retweet: ['2 Reposts. Reposten', '2'],
      like: ['9.120 „Gefällt mir“-Angaben. Gefällt mir', '9.120'],
      views: '45.678 Mal angezeigt. Analytics ansehen',
    });
    const { doc, url } = page(profileHeader({ handle: 'Kikobeats' }) + html, 'https://x.com/Kikobeats', { lang: 'de' });
    expect(x.extract(doc, url).posts[0]?.counts).toEqual({
      comments: { value: 5, precision: 1, source: 'aria' },
      shares: { value: 2, precision: 1, source: 'aria' },
      likes: { value: 9120, precision: 1, source: 'aria' },
      views: { value: 45678, precision: 1, source: 'aria' },
    });
  });

  it('reads a count the label leaves out as 0 only when its button shows no count; views stay missing', () => {
    // 2023 tweet: group "1 reply, 2 likes", retweet button "0 Retweets. Retweet"; 2025 buttons say just "Repost".
    const html = tweet({ group: '1 reply, 2 likes', retweet: ['Repost', ''], views: 'View post analytics' });
    const { doc, url } = timeline(html);
    const { counts } = x.extract(doc, url).posts[0]!;
    expect(counts.comments).toEqual({ value: 1, precision: 1, source: 'aria' });
    expect(counts.shares).toEqual({ value: 0, precision: 1, source: 'aria' });
    expect(counts.views).toEqual({ missing: expect.stringMatching(/view count/) });
  });

  it('reads id, author, time and caption of the quoting tweet, not of the tweet it quotes', () => {
    const { doc, url } = savedPage('x-profile-Kikobeats-2025-dom', 'https://x.com/Kikobeats');
    const post = x.extract(doc, url).posts.find((p) => p.id === '1935738866390253649')!;
    expect(post).toMatchObject({ author: 'Kikobeats', caption: "It's online https://vercel.vercel.vercel.app", pinned: false });
    expect(new Date(post.postedAt!).toISOString()).toBe('2025-06-19T16:38:04.000Z');
  });

  it('marks pinned tweets, and keeps a repost’s original author', () => {
    const html = tweet({ context: 'Pinned' }) + tweet({ id: '2', author: 'rauchg', context: 'Kiko Beats reposted' });
    const { doc, url } = timeline(html);
    const [pinned, repost] = x.extract(doc, url).posts;
    expect(pinned).toMatchObject({ pinned: true, author: 'Kikobeats' });
    expect(repost).toMatchObject({ pinned: false, author: 'rauchg', url: 'https://x.com/rauchg/status/2' });
  });

  it('marks paid placements ("Ad" label) and #ad captions as sponsored', () => {
    const ad = tweet({ id: '1', extra: '<div><span>Ad</span></div>' });
    const tagged = tweet({ id: '2', text: 'New drop with @brand #ad' });
    const plain = tweet({ id: '3', text: 'An Ad-free weekend' });
    const { doc, url } = timeline(ad + tagged + plain);
    expect(x.extract(doc, url).posts.map((p) => p.sponsored)).toEqual([true, true, false]);
  });
});

// A status page's main tweet and one reply, trimmed from microlinkhq/metascraper
// packages/metascraper-x/test/fixtures/post.html (x.com, 2025; the tweet is from 2020, so no views).
const STATUS_PAGE = `<div data-testid="primaryColumn"><section role="region">
  <article role="article" tabindex="-1" data-testid="tweet">
    <div data-testid="User-Name"><a href="/realDonaldTrump" role="link"><div dir="ltr"><span><span>Donald J. Trump</span></span></div>
      <div dir="ltr"><span><svg viewBox="0 0 22 22" aria-label="Verified account" role="img" data-testid="icon-verified"></svg></span></div></a>
      <a href="/realDonaldTrump" role="link" tabindex="-1"><div dir="ltr"><span>@realDonaldTrump</span></div></a></div>
    <div dir="auto" lang="en" data-testid="tweetText"><span>“Schiff blasted for not focusing on California homeless.” </span></div>
    <a href="/realDonaldTrump/status/1222907250383245320" aria-label="4:39 PM · Jan 30, 2020" role="link"><time datetime="2020-01-30T15:39:43.000Z">4:39 PM · Jan 30, 2020</time></a>
    <div aria-label="18151 replies, 15635 reposts, 76091 likes, 49 bookmarks" role="group">
      <button aria-label="18151 Replies. Reply" role="button" data-testid="reply" type="button"><span data-testid="app-text-transition-container"><span>18K</span></span></button>
      <button aria-label="15635 reposts. Repost" role="button" data-testid="retweet" type="button"><span data-testid="app-text-transition-container"><span>15K</span></span></button>
      <button aria-label="76091 Likes. Like" role="button" data-testid="like" type="button"><span data-testid="app-text-transition-container"><span>76K</span></span></button>
      <button aria-label="49 Bookmarks. Bookmark" role="button" data-testid="bookmark" type="button"><span data-testid="app-text-transition-container"><span>49</span></span></button>
    </div>
  </article>
  ${tweet({ author: 'someone', id: '1222907999999999999', group: '2 likes', text: 'a reply' })}
</section></div>`;

describe('x.extract on status pages', () => {
  it('reads the tweet in the URL, its author and its exact metrics, and mirrors them in the counts', () => {
    const { doc, url } = page(STATUS_PAGE, 'https://x.com/realDonaldTrump/status/1222907250383245320');
    const reading = x.extract(doc, url);
    expect(reading).toMatchObject({ pageType: 'post', handle: 'realDonaldTrump', verified: true });
    expect(reading.displayName).toEqual({ value: 'Donald J. Trump', source: 'dom' });
    expect(reading.posts).toHaveLength(1);
    const [post] = reading.posts;
    expect(post).toMatchObject({ id: '1222907250383245320', author: 'realDonaldTrump', postedAt: Date.parse('2020-01-30T15:39:43.000Z') });
    expect(post!.counts).toEqual({
      comments: { value: 18151, precision: 1, source: 'aria' },
      shares: { value: 15635, precision: 1, source: 'aria' },
      likes: { value: 76091, precision: 1, source: 'aria' },
      views: { missing: expect.stringMatching(/December 2022/) },
    });
    expect(reading.counts).toMatchObject(post!.counts);
    expect(reading.counts.followers).toEqual({ missing: expect.any(String) });
  });

  it('takes the author from the tweet, not from the URL (X accepts any name before /status/)', () => {
    const { doc, url } = page(STATUS_PAGE, 'https://x.com/i/web/status/1222907250383245320');
    expect(x.extract(doc, url).handle).toBe('realDonaldTrump');
  });

  it('reports the metrics missing, never 0, while the tweet has not rendered', () => {
    const { doc, url } = page('<div data-testid="primaryColumn"></div>', 'https://x.com/realDonaldTrump/status/1222907250383245320');
    const reading = x.extract(doc, url);
    expect(reading.posts).toEqual([]);
    expect(reading.handle).toBe('realDonaldTrump');
    for (const key of ['likes', 'comments', 'shares', 'views'] as const) {
      expect(reading.counts[key]).toEqual({ missing: expect.stringMatching(/not loaded/) });
    }
  });

  it('reads nothing on pages that are neither profiles nor posts', () => {
    const { doc, url } = page(tweet(), 'https://x.com/home');
    const reading = x.extract(doc, url);
    expect(reading).toMatchObject({ pageType: 'other', handle: null, posts: [] });
  });
});

describe('x.extract on twitter.com status pages of early 2023 (stats bar under the tweet)', () => {
  const NAME = 'twitter-status-realDonaldTrump-2023-statsbar';
  const HREF = 'https://twitter.com/realDonaldTrump/status/1222907250383245320';

  it('reads retweets and likes from the stats bar, and reports replies missing, not 0', () => {
    const { doc, url } = savedPage(NAME, HREF);
    // The buttons themselves say only "Reply", "Retweet", "Like".
    expect([...doc.querySelectorAll('[data-testid="reply"], [data-testid="retweet"], [data-testid="like"]')].map((b) => b.getAttribute('aria-label'))).toEqual([
      'Reply',
      'Retweet',
      'Like',
    ]);
    const reading = x.extract(doc, url);
    expect(reading.posts[0]!.counts).toEqual({
      shares: { value: 13_800, precision: 100, source: 'dom' },
      likes: { value: 78_600, precision: 100, source: 'dom' },
      comments: { missing: expect.stringMatching(/no reply count/) },
      views: { missing: expect.any(String) },
    });
    expect(reading.counts).toMatchObject(reading.posts[0]!.counts);
  });

  it('reads the author from "User-Names" (plural) and its verified badge', () => {
    const { doc, url } = savedPage(NAME, HREF);
    const reading = x.extract(doc, url);
    expect(reading).toMatchObject({ handle: 'realDonaldTrump', verified: true, displayName: { value: 'Donald J. Trump', source: 'dom' } });
  });

  it('reports a count the bar leaves out (X omits zeros there) as missing, never 0', () => {
    const { doc, url } = savedPage(NAME, HREF, { fresh: true });
    doc.querySelector('a[href$="/status/1222907250383245320/likes"]')!.remove();
    const counts = x.extract(doc, url).posts[0]!.counts;
    expect(counts.likes).toEqual({ missing: expect.any(String) });
    expect(counts.shares).toMatchObject({ value: 13_800 });
  });

  it('reports every count missing when the tweet has no stats bar at all', () => {
    const { doc, url } = savedPage(NAME, HREF, { fresh: true });
    for (const link of doc.querySelectorAll('a[href*="/status/1222907250383245320/"]')) link.remove();
    const counts = x.extract(doc, url).posts[0]!.counts;
    for (const key of ['likes', 'comments', 'shares', 'views'] as const) expect(counts[key]).toEqual({ missing: expect.any(String) });
  });

  it('finds the bar by where its links lead, so it reads a page in another language', () => {
    const { doc, url } = savedPage(NAME, HREF, { fresh: true });
    doc.documentElement.setAttribute('lang', 'de');
    const words = ['Retweets', 'Zitierte Tweets', '„Gefällt mir“-Angaben'];
    const links = doc.querySelectorAll('a[href*="/status/1222907250383245320/"]');
    links.forEach((link, i) => {
      link.querySelector('[data-testid="app-text-transition-container"] span span')!.textContent = ['13.800', '2.560', '78.600'][i]!;
      link.lastElementChild!.textContent = words[i]!;
    });
    const counts = x.extract(doc, url).posts[0]!.counts;
    expect(counts.shares).toEqual({ value: 13_800, precision: 1, source: 'dom' });
    expect(counts.likes).toEqual({ value: 78_600, precision: 1, source: 'dom' });
  });
});
