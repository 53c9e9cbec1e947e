import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ADAPTERS, adapterForUrl } from '@/utils/platforms/adapters';
import { tiktok } from '@/utils/platforms/tiktok/adapter';
import { FIXTURES_DIR } from '../../../../harness/fixtures';
import { parsePage, parseSavedPage } from '../../../../helpers/fixtures';

function page(body: string, url: string, { head = '', lang = 'en' } = {}) {
  const html = `<!doctype html><html lang="${lang}"><head>${head}</head><body>${body}</body></html>`;
  return { doc: parsePage(html, url), url: new URL(url) };
}

const fixtureHtml = (name: string) => readFileSync(path.join(FIXTURES_DIR, 'tiktok', name, 'source.html'), 'utf8');

/** A saved page of its own, for a test that changes it. */
function fixturePage(name: string, url: string) {
  return { doc: parsePage(fixtureHtml(name), url), url: new URL(url) };
}

const script = (id: string, data: unknown) =>
  `<script id="${id}" type="application/json">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>`;
const universal = (scope: unknown) => script('__UNIVERSAL_DATA_FOR_REHYDRATION__', { __DEFAULT_SCOPE__: scope });

const ILLOJUAN = 'tt-profile-illojuan-2025-dom';
const HUXLEY = 'tt-profile-huxleythepandapuppy-2022-sigi';

describe('tiktok.pageType', () => {
  const cases = [
    ['https://www.tiktok.com/@illojuan', 'profile'],
    ['https://www.tiktok.com/@huxleythepandapuppy', 'profile'],
    ['https://www.tiktok.com/@illojuan/', 'profile'],
    ['https://www.tiktok.com/@illo.juan_2?lang=es&is_from_webapp=1', 'profile'],
    ['https://m.tiktok.com/@illojuan', 'profile'],
    ['https://www.tiktok.com/@illojuan/video/7571863205253778710', 'post'],
    ['https://www.tiktok.com/@illojuan/video/7571863205253778710/?is_from_webapp=1&sender_device=pc', 'post'],
    ['https://www.tiktok.com/@someone/photo/7321987654321098765', 'post'],
    ['https://www.tiktok.com/', 'other'],
    ['https://www.tiktok.com/foryou', 'other'],
    ['https://www.tiktok.com/explore', 'other'],
    ['https://www.tiktok.com/tag/illojuan', 'other'],
    ['https://www.tiktok.com/music/original-sound-IlloJuan-7571863209596881686', 'other'],
    ['https://www.tiktok.com/@illojuan/live', 'other'],
    ['https://www.tiktok.com/@illojuan/video/not-an-id', 'other'],
    ['https://www.tiktok.com/@', 'other'],
    ['https://www.tiktok.com/illojuan', 'other'],
    ['https://www.instagram.com/illojuan/', 'other'],
    ['https://www.youtube.com/@illojuan', 'other'],
    ['https://x.com/illojuan', 'other'],
    ['https://bsky.app/profile/illojuan.bsky.social', 'other'],
    ['https://www.tiktok.com.evil.example/@illojuan', 'other'],
  ] as const;

  it.each(cases)('%s is a %s page', (href, type) => {
    expect(tiktok.pageType(new URL(href))).toBe(type);
  });

  it('is the only adapter that claims TikTok pages', () => {
    for (const [href, type] of cases) {
      if (type === 'other') continue;
      const url = new URL(href);
      expect(adapterForUrl(url)?.platform, href).toBe('tiktok');
      for (const other of ADAPTERS.filter((a) => a !== tiktok)) expect(other.pageType(url), `${other.platform} ${href}`).toBe('other');
    }
  });
});

describe('tiktok.profileHandle', () => {
  it.each([
    ['https://www.tiktok.com/@illojuan', 'illojuan'],
    ['https://www.tiktok.com/@Illo.Juan_2/?lang=es', 'Illo.Juan_2'],
    ['https://www.tiktok.com/@illojuan/video/7571863205253778710', null],
    ['https://www.tiktok.com/@illojuan/live', null],
    ['https://www.tiktok.com/foryou', null],
    ['https://www.instagram.com/illojuan/', null],
  ] as const)('%s → %s', (href, handle) => {
    expect(tiktok.profileHandle(new URL(href))).toBe(handle);
  });
});

describe('tiktok.readySelector', () => {
  it('waits for the follower count on profiles and the like count on videos', () => {
    expect(tiktok.readySelector(new URL('https://www.tiktok.com/@illojuan'))).toBe('[data-e2e="followers-count"]');
    expect(tiktok.readySelector(new URL('https://www.tiktok.com/@illojuan/video/7571863205253778710'))).toBe(
      '[data-e2e="like-count"]',
    );
    expect(tiktok.readySelector(new URL('https://www.tiktok.com/foryou'))).toBeNull();
  });

  const SAVED = [
    [ILLOJUAN, 'https://www.tiktok.com/@illojuan'],
    [HUXLEY, 'https://www.tiktok.com/@huxleythepandapuppy'],
  ] as const;
  // Parsing the two whole saved pages takes seconds on a busy machine: once, outside the test's timeout.
  beforeAll(() => {
    for (const [name, url] of SAVED) parseSavedPage(fixtureHtml(name), url);
  }, 60_000);

  it('names an element the real saved profiles have', () => {
    for (const [name, url] of SAVED) {
      const doc = parseSavedPage(fixtureHtml(name), url);
      expect(doc.querySelector(tiktok.readySelector(new URL(url))!), name).not.toBeNull();
    }
  });
});

// Header and grid markup as on the rendered 2025 profile (tests/fixtures/tiktok/tt-profile-illojuan-2025-dom),
// class names dropped. The pinned badge is [data-e2e="video-card-badge"] (see utils/platforms/tiktok/dom.ts).
const PROFILE_HEADER = `
  <div><h1 data-e2e="user-title">illojuan</h1><svg width="20" data-e2e="" height="20" viewBox="0 0 48 48"><circle cx="24" cy="24" r="24" fill="#20D5EC"></circle></svg></div>
  <h2 data-e2e="user-subtitle">IlloJuan</h2>
  <h3><div><strong title="Following" data-e2e="following-count">0</strong><span data-e2e="following">Following</span></div>
  <div><strong title="Followers" data-e2e="followers-count">783.4K</strong><span data-e2e="followers">Followers</span></div>
  <div><strong title="Likes" data-e2e="likes-count">3.9M</strong><span data-e2e="likes">Likes</span></div></h3>
  <h2 data-e2e="user-bio">Timing, saludos desde Almería</h2>`;
const gridItem = (href: string, views: string, { badge = '', alt = 'caption' } = {}) => `
  <div class="DivItemContainerV2"><div data-e2e="user-post-item"><div><a href="${href}"><img alt="${alt}">
  <div class="DivCardFooter">${badge}<strong data-e2e="video-views" class="video-count">${views}</strong></div></a></div></div></div>`;

describe('tiktok.extract on profiles', () => {
  it('reads the rendered page when there is no page data, with the precision shown', () => {
    const { doc, url } = page(
      PROFILE_HEADER +
        `<div data-e2e="user-post-item-list">` +
        gridItem('https://www.tiktok.com/@illojuan/video/6781208758358985989', '344.9K', {
          badge: '<div data-e2e="video-card-badge">Pinned</div>',
        }) +
        gridItem('/@illojuan/video/7571863205253778710', '192.1K', { alt: 'Mi menú #ad created by IlloJuan with original sound' }) +
        // A video of someone else (a "Liked" or reposts tab) is not this creator's post.
        gridItem('/@burgerking_es/video/7500000000000000000', '1M') +
        `</div>`,
      'https://www.tiktok.com/@illojuan',
    );
    const reading = tiktok.extract(doc, url);
    expect(reading.pageType).toBe('profile');
    expect(reading.handle).toBe('illojuan');
    expect(reading.displayName).toEqual({ value: 'IlloJuan', source: 'dom' });
    expect(reading.bio).toEqual({ value: 'Timing, saludos desde Almería', source: 'dom' });
    expect(reading.verified).toBe(true);
    expect(reading.counts.followers).toEqual({ value: 783400, precision: 100, source: 'dom' });
    expect(reading.counts.following).toEqual({ value: 0, precision: 1, source: 'dom' });
    expect(reading.counts.likes).toEqual({ value: 3900000, precision: 100000, source: 'dom' });
    // The rendered header does not show the number of videos: missing, never 0.
    expect(reading.counts.posts).toEqual({ missing: expect.stringMatching(/number of videos/) });

    expect(reading.posts.map((p) => p.id)).toEqual(['6781208758358985989', '7571863205253778710']);
    const [pinned, sponsored] = reading.posts;
    expect(pinned).toMatchObject({ pinned: true, sponsored: false, author: 'illojuan', caption: null });
    expect(pinned!.counts.views).toEqual({ value: 344900, precision: 100, source: 'dom' });
    expect(pinned!.counts.likes).toEqual({ missing: expect.stringMatching(/only views/) });
    // The date is the one the video id carries (its upper 32 bits are Unix seconds).
    expect(new Date(pinned!.postedAt!).toISOString()).toBe('2020-01-12T23:53:19.000Z');
    expect(sponsored).toMatchObject({ pinned: false, sponsored: true, url: 'https://www.tiktok.com/@illojuan/video/7571863205253778710' });
  });

  it('reads the 2022 rendered header and grid when the page data is gone', () => {
    const { doc, url } = fixturePage(HUXLEY, 'https://www.tiktok.com/@huxleythepandapuppy');
    doc.getElementById('SIGI_STATE')!.remove();
    const reading = tiktok.extract(doc, url);
    expect(reading.displayName).toEqual({ value: 'Huxley the Panda Puppy🐼🐶(pandaloon', source: 'dom' });
    expect(reading.bio).toEqual({ value: 'DMs on IG, CEO of Pandaloon from Shark Tank. Follow for ur dose of serotonin☺️', source: 'dom' });
    expect(reading.verified).toBe(true);
    expect(reading.counts.followers).toEqual({ value: 6200000, precision: 100000, source: 'dom' });
    expect(reading.counts.following).toEqual({ value: 563, precision: 1, source: 'dom' });
    expect(reading.counts.likes).toEqual({ value: 108500000, precision: 100000, source: 'dom' });
    expect(reading.counts.posts).toEqual({ missing: expect.any(String) });
    // The 16 videos the grid rendered (the data had two more), with the views it shows.
    expect(reading.posts).toHaveLength(16);
    expect(reading.posts[0]).toMatchObject({ id: '7133763724367662378', caption: null });
    expect(reading.posts[0]!.counts.views).toEqual({ value: 52100, precision: 100, source: 'dom' });
    // Its cover's alt text carries the caption, and with it the #ad.
    expect(reading.posts.find((p) => p.id === '7115110914470333739')?.sponsored).toBe(true);
  });

  it('prefers statsV2’s exact strings to the rounded stats', () => {
    const { doc, url } = page(
      PROFILE_HEADER,
      'https://www.tiktok.com/@illojuan',
      {
        head: universal({
          'webapp.user-detail': {
            userInfo: {
              user: { uniqueId: 'illojuan', nickname: 'IlloJuan', signature: '', verified: false },
              stats: { followerCount: 783400, followingCount: 0, heartCount: 3900000, videoCount: 19 },
              statsV2: { followerCount: '783427', followingCount: '0', heartCount: '3922256', videoCount: '19' },
            },
          },
        }),
      },
    );
    const reading = tiktok.extract(doc, url);
    expect(reading.counts.followers).toEqual({ value: 783427, precision: 1, source: 'json' });
    expect(reading.counts.likes).toEqual({ value: 3922256, precision: 1, source: 'json' });
    expect(reading.counts.following).toEqual({ value: 0, precision: 1, source: 'json' });
    expect(reading.counts.posts).toEqual({ value: 19, precision: 1, source: 'json' });
    // The page data is about this profile, so what it says wins over the rendered badge.
    expect(reading.verified).toBe(false);
  });

  it('gives counts rounded at source the precision TikTok rounded them to', () => {
    // SIGI_STATE shaped as on the 2022 huxleythepandapuppy profile; numbers chosen to show each case.
    const { doc, url } = page('', 'https://www.tiktok.com/@pup', {
      head: script('SIGI_STATE', {
        UserModule: {
          users: { pup: { uniqueId: 'pup', nickname: 'Pup', signature: 'Woof', verified: false } },
          stats: { pup: { followerCount: 6200000, followingCount: 563, heart: 1234567, heartCount: 1234567, videoCount: 0 } },
        },
        ItemModule: {
          '7133763724367662378': {
            id: '7133763724367662378',
            desc: 'Paid by a brand #sponsored',
            createTime: '1660958801',
            author: 'pup',
            stats: { diggCount: 6724, shareCount: 12, commentCount: 58, playCount: 52100 },
          },
          '7132946208137432363': {
            id: '7132946208137432363',
            desc: 'Not theirs',
            createTime: '1660768460',
            author: 'someoneelse',
            stats: { diggCount: 1, shareCount: 1, commentCount: 1, playCount: 1 },
          },
          '7131895173151198510': { id: '7131895173151198510', desc: '', author: 'pup', isAd: true, stats: {} },
        },
      }),
    });
    const reading = tiktok.extract(doc, url);
    expect(reading.counts.followers).toEqual({ value: 6200000, precision: 100000, source: 'json' }); // "6.2M"
    expect(reading.counts.following).toEqual({ value: 563, precision: 1, source: 'json' }); // sent in full
    expect(reading.counts.likes).toEqual({ value: 1234567, precision: 1, source: 'json' }); // cannot be rounded
    expect(reading.counts.posts).toEqual({ value: 0, precision: 1, source: 'json' }); // a real zero
    expect(reading.verified).toBe(false);

    expect(reading.posts.map((p) => p.id)).toEqual(['7133763724367662378', '7131895173151198510']);
    const [video, ad] = reading.posts;
    expect(video).toMatchObject({ author: 'pup', caption: 'Paid by a brand #sponsored', sponsored: true, postedAt: 1660958801000 });
    expect(video!.counts).toEqual({
      likes: { value: 6724, precision: 1, source: 'json' },
      comments: { value: 58, precision: 1, source: 'json' },
      shares: { value: 12, precision: 1, source: 'json' },
      views: { value: 52100, precision: 100, source: 'json' }, // "52.1K"
    });
    // TikTok's own ad flag counts as a disclosure; counts the data lacks are missing, never 0.
    expect(ad).toMatchObject({ sponsored: true, caption: null });
    expect(ad!.counts.views).toEqual({ missing: expect.any(String) });
  });

  it('ignores page data about another profile after in-site navigation', () => {
    // The real 2025 page, its data about @illojuan, opened on another profile's address.
    const { doc, url } = fixturePage(ILLOJUAN, 'https://www.tiktok.com/@otheruser');

    // Before TikTok renders the new profile, nothing on the page is about @otheruser.
    const before = tiktok.extract(doc, url);
    expect(before.handle).toBe('otheruser');
    for (const key of ['followers', 'following', 'likes', 'posts'] as const) {
      expect(before.counts[key], key).toEqual({ missing: expect.stringMatching(/not shown this yet/) });
    }
    expect(before.displayName).toEqual({ missing: expect.any(String) });
    expect(before.verified).toBeNull();
    expect(before.posts).toEqual([]);

    // Once it has rendered the new header, the rendered counts are read; the stale data is not.
    doc.querySelector('[data-e2e="user-title"]')!.textContent = 'otheruser';
    doc.querySelector('[data-e2e="user-subtitle"]')!.textContent = 'Other User';
    doc.querySelector('[data-e2e="followers-count"]')!.textContent = '12.5K';
    const after = tiktok.extract(doc, url);
    expect(after.counts.followers).toEqual({ value: 12500, precision: 100, source: 'dom' });
    expect(after.counts.following).toEqual({ value: 0, precision: 1, source: 'dom' });
    expect(after.counts.posts).toEqual({ missing: expect.stringMatching(/reload/) });
    expect(after.displayName).toEqual({ value: 'Other User', source: 'dom' });
    // The grid still links to @illojuan's videos: not this profile's posts.
    expect(after.posts).toEqual([]);
  });

  it('reads localized counts with the page language', () => {
    const header = (followers: string) =>
      `<h1 data-e2e="user-title">ana</h1><strong data-e2e="followers-count">${followers}</strong>`;
    const es = page(header('783,4 mil'), 'https://www.tiktok.com/@ana', { lang: 'es' });
    expect(tiktok.extract(es.doc, es.url).counts.followers).toEqual({ value: 783400, precision: 100, source: 'dom' });
    // "B" is bin (a thousand) in Turkish, not a billion.
    const tr = page(header('12,5 B'), 'https://www.tiktok.com/@ana', { lang: 'tr' });
    expect(tiktok.extract(tr.doc, tr.url).counts.followers).toEqual({ value: 12500, precision: 100, source: 'dom' });
  });

  it('keeps hostile page text as plain text', () => {
    const { doc, url } = page(
      `<h1 data-e2e="user-title">evil</h1><h2 data-e2e="user-bio">&lt;b onclick=alert(1)&gt;hi&lt;/b&gt;</h2>`,
      'https://www.tiktok.com/@evil',
      {
        head: universal({
          'webapp.user-detail': {
            userInfo: { user: { uniqueId: 'evil', nickname: '<img src=x onerror=alert(1)>', signature: '' }, stats: {} },
          },
        }),
      },
    );
    const reading = tiktok.extract(doc, url);
    expect(reading.displayName).toEqual({ value: '<img src=x onerror=alert(1)>', source: 'json' });
    expect(reading.bio).toEqual({ value: '<b onclick=alert(1)>hi</b>', source: 'dom' });
  });

  it('never throws on broken page data, and says what it could not read', () => {
    const { doc, url } = page(
      `<h1 data-e2e="user-title">ana</h1><h2 data-e2e="user-bio">No bio yet</h2>`,
      'https://www.tiktok.com/@ana',
      {
        head:
          '<script id="__UNIVERSAL_DATA_FOR_REHYDRATION__" type="application/json">{"__DEFAULT_SCOPE__":</script>' +
          script('SIGI_STATE', { UserModule: { users: 'ana', stats: [] }, ItemModule: [1, null, 'x'] }),
      },
    );
    const reading = tiktok.extract(doc, url);
    expect(reading.handle).toBe('ana');
    expect(reading.counts.followers).toEqual({ missing: expect.any(String) });
    expect(reading.bio).toEqual({ missing: 'The profile has no bio.' });
    expect(reading.posts).toEqual([]);
  });

  it('reports a challenge page (no data, nothing rendered) as not shown yet', () => {
    const { doc, url } = page('<div id="captcha-verify-container"></div>', 'https://www.tiktok.com/@illojuan');
    const reading = tiktok.extract(doc, url);
    expect(reading.pageType).toBe('profile');
    for (const key of ['followers', 'following', 'likes', 'posts'] as const) {
      expect(reading.counts[key], key).toEqual({ missing: expect.stringMatching(/not shown this yet/) });
    }
    expect(reading.counts.views).toEqual({ missing: expect.any(String) });
  });
});

// A trimmed copy of a real 2025 video page: microlinkhq/metascraper @ e270ed4e2d1f :
// packages/metascraper-tiktok/test/fixtures/video.html (https://www.tiktok.com/@illojuan/video/7571863205253778710).
// Kept: its webapp.video-detail item (stats and author fields as served, caption shortened) and
// the first two cards of its video column, the page's own video and a recommended one, with their
// data-e2e attributes and texts; class names, styles and SVGs dropped.
const VIDEO_ID = '7571863205253778710';
const VIDEO_DATA = universal({
  'webapp.video-detail': {
    itemInfo: {
      itemStruct: {
        id: VIDEO_ID,
        desc: 'La nueva locurilla de fin de año: me he puesto un uniforme de trabajo 🔥 Mi menú Mystery King de @burgerking_es ya disponible',
        createTime: '1762961788',
        author: { uniqueId: 'illojuan', nickname: 'IlloJuan', signature: 'Timing, saludos desde Almería', verified: true },
        stats: { diggCount: 25500, shareCount: 2156, commentCount: 146, playCount: 192100, collectCount: '1311' },
        statsV2: { diggCount: '25500', shareCount: '2156', commentCount: '146', playCount: '192100', collectCount: '1311', repostCount: '0' },
        authorStats: { followerCount: 783400, followingCount: 0, heart: 3900000, heartCount: 3900000, videoCount: 19, diggCount: 3 },
        authorStatsV2: { followerCount: '783400', followingCount: '0', heart: '3900000', heartCount: '3900000', videoCount: '19', diggCount: '3' },
        isAd: false,
        adLabelVersion: 2,
      },
    },
    statusCode: 0,
  },
});
const VIDEO_COLUMN = `<div id="main-content-video_detail"><div id="column-list-container">
  <article id="one-column-item-0" data-scroll-index="0" shape="vertical" data-e2e="recommend-list-item-container">
    <section id="media-card-0" data-e2e="feed-video"><div id="xgwrapper-0-${VIDEO_ID}" class="xgplayer-container tiktok-web-player"></div>
      <a class="link-a11y-focus" href="/@illojuan"><p>illojuan</p></a><span> · 11-12</span>
      <div data-e2e="video-desc"><span data-e2e="desc-span-0_-1">La nueva locurilla de fin de año: me he puesto un uniforme de trabajo 🔥 Mi menú Mystery King de </span><a data-e2e="search-common-link" href="/@burgerking_es"><p>@burgerking_es</p></a><span data-e2e="desc-span-0_1"> ya disponible</span></div>
      <div data-e2e="sponsored-tag"><p>Paid partnership</p></div>
    </section>
    <section><a data-e2e="video-author-avatar" href="/@illojuan"></a>
      <button aria-label="Like video 25.5K likes"><span data-e2e="like-icon"></span><strong data-e2e="like-count">25.5K</strong></button>
      <button aria-label="Read or add comments 146 comments"><span data-e2e="comment-icon"></span><strong data-e2e="comment-count">146</strong></button>
      <button aria-label="Add to Favorites. 1311 added to Favorites"><span data-e2e="undefined-icon"></span><strong data-e2e="undefined-count">1311</strong></button>
      <button aria-label="Share video 2156 shares"><span data-e2e="share-icon"></span><strong data-e2e="share-count">2156</strong></button>
    </section>
  </article>
  <article id="one-column-item-1" data-scroll-index="1" shape="vertical" data-e2e="recommend-list-item-container">
    <section id="media-card-1" data-e2e="feed-video"><div id="xgwrapper-0-7586458564600827138" class="xgplayer-container tiktok-web-player"></div>
      <a class="link-a11y-focus" href="/@lacasa2edicion"><p>lacasa2edicion</p></a><span> · 12-22</span>
      <div data-e2e="video-desc"><span data-e2e="desc-span-0_-1">😅😂 </span><a data-e2e="search-common-link" href="/tag/ruth"><p>#ruth</p></a></div>
    </section>
    <section>
      <button aria-label="Like video 35.3K likes"><strong data-e2e="like-count">35.3K</strong></button>
      <button aria-label="Read or add comments 223 comments"><strong data-e2e="comment-count">223</strong></button>
      <button aria-label="Share video 24.8K shares"><strong data-e2e="share-count">24.8K</strong></button>
    </section>
  </article>
</div></div>`;

describe('tiktok.extract on video pages', () => {
  it('reads the video from the page data, its label from the page', () => {
    const { doc, url } = page(VIDEO_COLUMN, `https://www.tiktok.com/@illojuan/video/${VIDEO_ID}`, { head: VIDEO_DATA });
    const reading = tiktok.extract(doc, url);
    expect(reading.pageType).toBe('post');
    expect(reading.handle).toBe('illojuan');
    expect(reading.displayName).toEqual({ value: 'IlloJuan', source: 'json' });
    expect(reading.verified).toBe(true);
    expect(reading.posts).toHaveLength(1);
    const [video] = reading.posts;
    expect(video).toMatchObject({
      id: VIDEO_ID,
      url: `https://www.tiktok.com/@illojuan/video/${VIDEO_ID}`,
      author: 'illojuan',
      postedAt: 1762961788000,
      pinned: false,
      // No #ad in the caption: TikTok's "Paid partnership" label says it.
      sponsored: true,
    });
    expect(video!.caption).toMatch(/^La nueva locurilla/);
    // statsV2 here is as rounded as stats ("192100" is the grid's "192.1K").
    expect(video!.counts).toEqual({
      views: { value: 192100, precision: 100, source: 'json' },
      likes: { value: 25500, precision: 100, source: 'json' },
      comments: { value: 146, precision: 1, source: 'json' },
      shares: { value: 2156, precision: 1, source: 'json' },
    });
    // The reading's counts mirror the video; the author's come from the item's authorStatsV2.
    expect(reading.counts).toMatchObject(video!.counts);
    expect(reading.counts.followers).toEqual({ value: 783400, precision: 100, source: 'json' });
    expect(reading.counts.following).toEqual({ value: 0, precision: 1, source: 'json' });
    expect(reading.counts.posts).toEqual({ value: 19, precision: 1, source: 'json' });
  });

  it('reads the rendered card of the video in the URL when the page data is about another one', () => {
    const { doc, url } = page(VIDEO_COLUMN, 'https://www.tiktok.com/@lacasa2edicion/video/7586458564600827138', {
      head: VIDEO_DATA,
    });
    const reading = tiktok.extract(doc, url);
    expect(reading.handle).toBe('lacasa2edicion');
    expect(reading.displayName).toEqual({ missing: expect.any(String) });
    expect(reading.counts.followers).toEqual({ missing: expect.any(String) });
    const [video] = reading.posts;
    expect(video).toMatchObject({ author: 'lacasa2edicion', caption: '😅😂 #ruth', sponsored: false });
    expect(new Date(video!.postedAt!).toISOString()).toBe('2025-12-21T23:33:50.000Z');
    expect(video!.counts).toEqual({
      likes: { value: 35300, precision: 100, source: 'dom' },
      comments: { value: 223, precision: 1, source: 'dom' },
      shares: { value: 24800, precision: 100, source: 'dom' },
      views: { missing: expect.stringMatching(/plays only in the data/) },
    });
  });

  it('reads nothing from other videos’ cards when the page is not showing this one yet', () => {
    const { doc, url } = page(VIDEO_COLUMN, 'https://www.tiktok.com/@illojuan/video/7000000000000000000', { head: VIDEO_DATA });
    const reading = tiktok.extract(doc, url);
    for (const key of ['likes', 'comments', 'shares', 'views'] as const) {
      expect(reading.counts[key], key).toEqual({ missing: expect.any(String) });
    }
    expect(reading.posts[0]).toMatchObject({ id: '7000000000000000000', caption: null, sponsored: false });
  });

  it('does not call a video sponsored from the page data alone unless it says so', () => {
    // Without the rendered label, the data has no documented disclosure (adLabelVersion is not one).
    const { doc, url } = page('', `https://www.tiktok.com/@illojuan/video/${VIDEO_ID}`, { head: VIDEO_DATA });
    expect(tiktok.extract(doc, url).posts[0]?.sponsored).toBe(false);
  });

  it('reads the 2022–2024 single-video layout', () => {
    // Counts, username and nickname markup as in meedan/pender @ 58d56895bc62 : test/data/tiktok-item-page.html
    // (https://www.tiktok.com/@rebelunicorncrafts/video/7134059641968872746, whose meta description
    // says "4.8K Likes, 52 Comments"); the caption element as public scrapers select it,
    // h1[data-e2e="browse-video-desc"].
    const { doc, url } = page(
      `<div class="tiktok-1senhbu-DivLeftContainer">
        <h1 data-e2e="browse-video-desc"><span class="tiktok-j2a19r-SpanText">I've had this corn interview stuck in my head for days 😂🌽 </span><a href="/tag/learnwatercolor"><strong>#learnwatercolor</strong></a></h1>
        <button type="button"><span data-e2e="like-icon"></span><strong data-e2e="like-count" class="tiktok-wxn977-StrongText edu4zum2">4787</strong></button>
        <button type="button"><span data-e2e="comment-icon"></span><strong data-e2e="comment-count" class="tiktok-wxn977-StrongText edu4zum2">52</strong></button>
        <button type="button"><span data-e2e="share-icon"></span><strong data-e2e="share-count" class="tiktok-wxn977-StrongText edu4zum2">75</strong></button>
        <a href="/@rebelunicorncrafts"><span data-e2e="browse-username">rebelunicorncrafts</span><br>
        <span data-e2e="browser-nickname">Lacey - Curious Watercolor&amp;Art<span style="margin:0 4px"> · </span><span>2d ago</span></span></a>
      </div>`,
      'https://www.tiktok.com/@rebelunicorncrafts/video/7134059641968872746',
    );
    const reading = tiktok.extract(doc, url);
    const [video] = reading.posts;
    expect(video!.counts).toEqual({
      likes: { value: 4787, precision: 1, source: 'dom' },
      comments: { value: 52, precision: 1, source: 'dom' },
      shares: { value: 75, precision: 1, source: 'dom' },
      views: { missing: expect.any(String) },
    });
    expect(video!.caption).toBe("I've had this corn interview stuck in my head for days 😂🌽 #learnwatercolor");
    expect(new Date(video!.postedAt!).toISOString()).toBe('2022-08-20T20:34:58.000Z');
  });

  it('reads a 2022 video page from SIGI_STATE', () => {
    // SIGI_STATE as on the 2022 pages: the video in ItemModule, its author in UserModule.
    const { doc, url } = page('', 'https://www.tiktok.com/@rebelunicorncrafts/video/7134059641968872746', {
      head: script('SIGI_STATE', {
        ItemModule: {
          '7134059641968872746': {
            id: '7134059641968872746',
            desc: 'Corn #ad',
            createTime: '1661027701',
            author: 'rebelunicorncrafts',
            stats: { diggCount: 4787, shareCount: 75, commentCount: 52, playCount: 31800 },
          },
        },
        UserModule: {
          users: { rebelunicorncrafts: { uniqueId: 'rebelunicorncrafts', nickname: 'Lacey', verified: false } },
          stats: { rebelunicorncrafts: { followerCount: 215400, followingCount: 91, videoCount: 1203 } },
        },
      }),
    });
    const reading = tiktok.extract(doc, url);
    expect(reading.displayName).toEqual({ value: 'Lacey', source: 'json' });
    expect(reading.verified).toBe(false);
    expect(reading.counts.views).toEqual({ value: 31800, precision: 100, source: 'json' });
    expect(reading.counts.likes).toEqual({ value: 4787, precision: 1, source: 'json' });
    expect(reading.counts.followers).toEqual({ value: 215400, precision: 100, source: 'json' });
    expect(reading.counts.posts).toEqual({ value: 1203, precision: 1, source: 'json' });
    expect(reading.posts[0]).toMatchObject({ sponsored: true, postedAt: 1661027701000, caption: 'Corn #ad' });
  });
});
