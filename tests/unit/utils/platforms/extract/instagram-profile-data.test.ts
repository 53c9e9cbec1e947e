import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExtractionSchema } from '@/utils/model/reading';
import { instagram } from '@/utils/platforms/instagram/adapter';
import { FIXTURES_DIR } from '../../../../harness/fixtures';
import { parseSavedPage } from '../../../../helpers/fixtures';

// Profile pages that embed the account's first posts: engagement is known on the first visit.

const SAVED = readFileSync(path.join(FIXTURES_DIR, 'instagram/ig-profile-pluto__travel-2021-loggedin-shareddata/source.html'), 'utf8');

function read(html: string, href: string) {
  const reading = instagram.extract(parseSavedPage(html, href), new URL(href));
  expect(ExtractionSchema.safeParse({ ...reading, tookMs: 0 }).success).toBe(true);
  return reading;
}

// A MARKED FRAGMENT, not a saved page: no public repository holds a saved 2023–2025 logged-in
// profile page. It follows the shape public scrapers read from the PolarisProfilePostsQuery result
// that the page embeds in a `<script type="application/json" data-sjs>` blob (require → __bbox →
// result → data → xdt_api__v1__feed__user_timeline_graphql_connection → edges[].node), with the
// field names those scrapers use: code, taken_at, like_count, comment_count, play_count,
// media_type, product_type, caption.text, user.username, like_and_view_counts_disabled,
// is_paid_partnership, timeline_pinned_user_ids. The values are made up.
function timelinePage(nodes: unknown[], handle = 'ana.cocina') {
  const blob = {
    require: [['ScheduledServerJS', 'handle', null, [{ __bbox: { require: [['RelayPrefetchedStreamCache', 'next', [], ['adp_PolarisProfilePostsQueryRelayPreloader', { __bbox: { complete: true, result: { data: { xdt_api__v1__feed__user_timeline_graphql_connection: { edges: nodes.map((node) => ({ node, cursor: 'x' })), page_info: { has_next_page: true } } } } } }]]] } }]]],
  };
  const html = `<!doctype html><html lang="es"><head><title>Ana (@${handle}) • Fotos y videos de Instagram</title></head><body>
    <script type="application/json" data-content-len="1" data-sjs>${JSON.stringify(blob)}</script></body></html>`;
  return read(html, `https://www.instagram.com/${handle}/`);
}

const node = (o: Record<string, unknown>) => ({
  code: 'C1aaaaaaaaa',
  taken_at: 1717171717,
  like_count: 1520,
  comment_count: 48,
  media_type: 1,
  product_type: 'feed',
  caption: { text: 'Tortilla de patatas 🥔' },
  user: { username: 'ana.cocina' },
  like_and_view_counts_disabled: false,
  is_paid_partnership: false,
  timeline_pinned_user_ids: [],
  ...o,
});

describe('instagram profile pages that embed their first posts (window._sharedData, 2015–2021)', () => {
  it('reads each embedded post with its exact likes, comments, time and caption', () => {
    const reading = read(SAVED, 'https://www.instagram.com/pluto__travel/');
    expect(reading.posts.map((p) => p.id)).toEqual(['CP5lh1YLbj4', 'CP0JMJ2r5Q5', 'CPBAcxnLWg1']);
    expect(reading.posts[0]).toMatchObject({
      url: 'https://www.instagram.com/p/CP5lh1YLbj4/',
      author: 'pluto__travel',
      postedAt: Date.parse('2021-06-09T12:41:01Z'),
      caption: expect.stringMatching(/^Disappointed with the green list\?/),
      pinned: false,
      sponsored: false,
      counts: { likes: { value: 16, precision: 1, source: 'json' }, comments: { value: 1, precision: 1, source: 'json' } },
    });
  });

  it('reports shares and the views of photos missing, never 0', () => {
    const reading = read(SAVED, 'https://www.instagram.com/pluto__travel/');
    for (const post of reading.posts) {
      expect(post.counts.shares).toEqual({ missing: expect.stringMatching(/shared/) });
      expect(post.counts.views).toEqual({ missing: expect.stringMatching(/videos/) });
    }
  });

  it('ignores the data after in-site navigation to another profile (it still describes the first page)', () => {
    const reading = read(SAVED, 'https://www.instagram.com/someone.else/');
    expect(reading.posts).toEqual([]);
    expect(reading.counts.followers).toEqual({ missing: expect.any(String) });
  });

  it('reads a like count the data leaves out as missing, never 0', () => {
    const html = SAVED.replace('"edge_liked_by": {\n                      "count": 16\n                    },', '').replace(
      '"edge_media_preview_like": {\n                      "count": 16\n                    },',
      '',
    );
    expect(html).not.toContain('"count": 16');
    const reading = read(html, 'https://www.instagram.com/pluto__travel/');
    expect(reading.posts[0]!.counts.likes).toEqual({ missing: expect.any(String) });
    expect(reading.posts[1]!.counts.likes).toMatchObject({ value: 33 });
  });
});

describe('instagram profile pages that embed their first posts (data-sjs timeline, 2023–2025; marked fragment)', () => {
  it('reads the timeline posts of the profile in the URL', () => {
    const reading = timelinePage([node({}), node({ code: 'C2bbbbbbbbb', media_type: 2, product_type: 'clips', play_count: 98000, like_count: 4100 })]);
    expect(reading.posts).toHaveLength(2);
    expect(reading.posts[0]).toMatchObject({
      id: 'C1aaaaaaaaa',
      author: 'ana.cocina',
      postedAt: 1717171717000,
      caption: 'Tortilla de patatas 🥔',
      counts: { likes: { value: 1520, precision: 1 }, comments: { value: 48, precision: 1 }, views: { missing: expect.any(String) } },
    });
    expect(reading.posts[1]!.counts.views).toEqual({ value: 98000, precision: 1, source: 'json' });
  });

  it('keeps hidden like counts missing, marks paid partnerships and pinned posts', () => {
    const reading = timelinePage([
      node({ like_and_view_counts_disabled: true, like_count: 3 }),
      node({ code: 'C3ccccccccc', is_paid_partnership: true, timeline_pinned_user_ids: [12345] }),
    ]);
    expect(reading.posts[0]!.counts.likes).toEqual({ missing: expect.stringMatching(/hid/) });
    expect(reading.posts[1]).toMatchObject({ sponsored: true, pinned: true });
  });

  it('leaves out posts of other accounts and items without a shortcode', () => {
    const reading = timelinePage([node({ user: { username: 'someone.else' } }), node({ code: null }), node({ code: 'C4ddddddddd' })]);
    expect(reading.posts.map((p) => p.id)).toEqual(['C4ddddddddd']);
  });
});

describe('instagram profile counts in the page’s language (og:description, constructed like the saved page’s)', () => {
  function withDescription(description: string, lang: string) {
    const html = `<!doctype html><html lang="${lang}"><head>
      <meta property="og:title" content="Pluto (@pluto__travel) • Instagram">
      <meta property="og:description" content="${description}">
      <meta property="og:url" content="https://www.instagram.com/pluto__travel/"></head><body></body></html>`;
    return read(html, 'https://www.instagram.com/pluto__travel/').counts;
  }

  it('reads "104 mila follower" (Italian) as 104,000 known to the nearest 1,000, not 104', () => {
    const counts = withDescription('104 mila follower, 136 seguiti, 1.224 post - Guarda le foto e i video di Instagram di Pluto (@pluto__travel)', 'it');
    expect(counts.followers).toEqual({ value: 104_000, precision: 1000, source: 'meta' });
    expect(counts.posts).toEqual({ value: 1224, precision: 1, source: 'meta' });
  });

  it('splits counts listed with the ideographic comma (Japanese) and reads 万', () => {
    const counts = withDescription('フォロワー1.2万人、フォロー中136人、投稿224件 - Pluto (@pluto__travel)', 'ja');
    expect(counts.followers).toEqual({ value: 12_000, precision: 1000, source: 'meta' });
    expect(counts.following).toEqual({ value: 136, precision: 1, source: 'meta' });
    expect(counts.posts).toEqual({ value: 224, precision: 1, source: 'meta' });
  });
});
