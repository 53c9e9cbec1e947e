import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { textValue } from '@/utils/model/reading-fields';
import { youtube } from '@/utils/platforms/youtube/adapter';
import { FIXTURES_DIR } from '../../../../harness/fixtures';
import { parsePage } from '../../../../helpers/fixtures';

// Three classes of watch page that read wrong before issue 11: the late-2023 comment count in the
// "comments-entry-point" section, collaboration videos ("A and B" over an avatar stack), and live
// streams ("10,226 watching now"). The embedded data are the real excerpts in tests/fixtures/youtube
// (see their meta.json); the rendered markup below is a FRAGMENT written for these tests, with the
// element names and selectors that public YouTube extensions query on the live site (cited per
// fragment), since no saved rendered page of these classes was found.

function fixtureJson(name: string): string {
  return readFileSync(path.join(FIXTURES_DIR, 'youtube', name, 'source.json'), 'utf8');
}

function read(href: string, body: string, lang = 'en') {
  const html = `<!doctype html><html lang="${lang}"><head></head><body>${body}</body></html>`;
  return youtube.extract(parsePage(html, href), new URL(href));
}

const data = (json: string) => `<script>var ytInitialData = ${json.replace(/<\/script/gi, '<\\/script')};</script>`;
const player = (value: unknown) => `<script>var ytInitialPlayerResponse = ${JSON.stringify(value)};</script>`;

describe('late-2023 comment counts', () => {
  const AESPA = 'https://www.youtube.com/watch?v=ZeerrnuLi5E';

  it('reads the count in the comments-entry-point section, rounded as shown', () => {
    const reading = read(AESPA, data(fixtureJson('yt-watch-aespa-comments-entry-point-2023')));
    expect(reading.counts.comments).toEqual({ value: 703000, precision: 1000, source: 'json' });
  });

  it('reads it in the viewer’s language, exact or compact', () => {
    const real = fixtureJson('yt-watch-aespa-comments-entry-point-2023');
    // The same section as YouTube writes it for a Spanish and a French viewer, and exact.
    expect(read(AESPA, data(real.replace('"703K"', '"1,2 K"')), 'es').counts.comments).toEqual({ value: 1200, precision: 100, source: 'json' });
    expect(read(AESPA, data(real.replace('"703K"', '"12 k"')), 'fr').counts.comments).toEqual({ value: 12000, precision: 1000, source: 'json' });
    expect(read(AESPA, data(real.replace('"703K"', '"628"'))).counts.comments).toEqual({ value: 628, precision: 1, source: 'json' });
  });

  it('reports the count missing, not 0, when the section shows none', () => {
    const noCount = fixtureJson('yt-watch-aespa-comments-entry-point-2023').replace(/"commentCount": \{\s*"simpleText": "703K"\s*\},/, '');
    expect(noCount).not.toContain('703K');
    expect(read(AESPA, data(noCount)).counts.comments).toEqual({ missing: expect.stringMatching(/comment count/) });
  });

  // Rendered: ytd-comments-entry-point-header-renderer #comment-count and the comments section
  // ytd-item-section-renderer[section-identifier="comment-item-section"] ytd-comments-header-renderer
  // #count, the selectors queried by public watch-page extensions (2024–2026).
  const rendered = (entryPoint: string, section = '') => `<ytd-watch-flexy video-id="ZeerrnuLi5E"><div id="below">
      <ytd-watch-metadata><div id="title"><h1><yt-formatted-string>aespa 에스파 'Black Mamba' MV</yt-formatted-string></h1></div></ytd-watch-metadata>
      <ytd-item-section-renderer section-identifier="comments-entry-point"><div id="contents"><ytd-comments-entry-point-header-renderer>
        <div id="header"><h2>Comments</h2><span id="comment-count">${entryPoint}</span></div>
      </ytd-comments-entry-point-header-renderer></div></ytd-item-section-renderer>
      <ytd-comments id="comments"><ytd-item-section-renderer section-identifier="comment-item-section">${section}</ytd-item-section-renderer></ytd-comments>
    </div></ytd-watch-flexy>`;

  it('reads the rendered entry-point header, in the page’s language', () => {
    expect(read(AESPA, rendered('1 K')).counts.comments).toEqual({ value: 1000, precision: 1000, source: 'dom' });
    expect(read(AESPA, rendered('1,2 K'), 'es').counts.comments).toEqual({ value: 1200, precision: 100, source: 'dom' });
  });

  it('prefers the exact count of the loaded comments section over the rounded header', () => {
    const section = '<ytd-comments-header-renderer><h2 id="count"><yt-formatted-string class="count-text"><span>1.204</span><span> Kommentare</span></yt-formatted-string></h2></ytd-comments-header-renderer>';
    expect(read(AESPA, rendered('1204', section), 'de').counts.comments).toEqual({ value: 1204, precision: 1, source: 'dom' });
  });

  it('reports the rendered count missing while neither header shows a number', () => {
    expect(read(AESPA, rendered('')).counts.comments).toEqual({ missing: expect.any(String) });
  });
});

describe('collaboration videos', () => {
  const URL_ = 'https://www.youtube.com/watch?v=G78AnHpIw5w';

  it('makes the uploading channel the creator and keeps every collaborator', () => {
    const reading = read(URL_, data(fixtureJson('yt-watch-collaboration-jazziiRed-2026')));
    expect(reading.handle).toBe('jazziiRed');
    expect(textValue(reading.displayName)).toBe('jazziiRed'); // not "jazziiRed and 3 more"
    expect(reading.posts[0]!.author).toBe('jazziiRed');
    expect(reading.posts[0]!.collaborators).toEqual([
      { handle: 'jazziiRed', name: 'jazziiRed' },
      { handle: 'Xoliks97', name: 'Xoliks' },
      { handle: 'vladde', name: 'vladde' },
      { handle: 'mr_mooncatcher', name: 'mooncatcher' },
    ]);
  });

  it('lets the player data name the uploader when the page carries it', () => {
    const uploader = { videoDetails: { videoId: 'G78AnHpIw5w', author: 'jazziiRed', viewCount: '733735' }, microformat: { playerMicroformatRenderer: { ownerProfileUrl: 'http://www.youtube.com/@jazziiRed' } } };
    const reading = read(URL_, player(uploader) + data(fixtureJson('yt-watch-collaboration-jazziiRed-2026')));
    expect(reading.handle).toBe('jazziiRed');
    expect(reading.posts[0]!.collaborators).toHaveLength(4);
  });

  // Rendered byline of a collaboration (2025–2026): ytd-video-owner-renderer with
  // yt-avatar-stack-view-model in place of one avatar, and the name "A and B" (a FRAGMENT).
  it('does not take the rendered "A and B" byline for a channel name', () => {
    const dom = `<ytd-watch-flexy video-id="G78AnHpIw5w"><div id="below"><ytd-watch-metadata>
        <div id="title"><h1><yt-formatted-string>The END of Music Machines in Minecraft</yt-formatted-string></h1></div>
        <div id="owner"><ytd-video-owner-renderer>
          <yt-avatar-stack-view-model><a href="/@jazziiRed" aria-label="jazziiRed"><img alt=""></a><a href="/@vladde" aria-label="vladde"><img alt=""></a></yt-avatar-stack-view-model>
          <div id="upload-info"><ytd-channel-name id="channel-name"><yt-formatted-string id="text"><a class="yt-simple-endpoint">jazziiRed and vladde</a></yt-formatted-string></ytd-channel-name></div>
        </ytd-video-owner-renderer></div>
      </ytd-watch-metadata></div></ytd-watch-flexy>`;
    const reading = read(URL_, dom);
    expect(reading.handle).toBe('jazziiRed');
    // The uploader's name, from its avatar link: not "jazziiRed and vladde".
    expect(reading.displayName).toEqual({ value: 'jazziiRed', source: 'dom' });
    expect(reading.posts[0]!.collaborators).toEqual([
      { handle: 'jazziiRed', name: 'jazziiRed' },
      { handle: 'vladde', name: 'vladde' },
    ]);
    expect(reading.counts.followers).toEqual({ missing: expect.any(String) });
  });

  it('keeps no collaborators on a single-channel video', () => {
    const reading = read('https://www.youtube.com/watch?v=ZeerrnuLi5E', data(fixtureJson('yt-watch-aespa-comments-entry-point-2023')));
    expect(reading.posts[0]!.collaborators).toBeUndefined();
  });
});

describe('live streams', () => {
  const LIVE = 'https://www.youtube.com/watch?v=86YLFOog4GM';

  it('reads "watching now" as live viewers, and views as missing, not those viewers', () => {
    const reading = read(LIVE, data(fixtureJson('yt-watch-live-spacevideos-2022')));
    expect(reading.posts[0]!.liveViewers).toEqual({ value: 681, precision: 1, source: 'json' });
    expect(reading.counts.views).toEqual({ missing: expect.stringMatching(/live stream/) });
    expect(reading.posts[0]!.counts.views).toEqual(reading.counts.views);
    expect(reading.counts.likes).toEqual({ value: 872230, precision: 1, source: 'aria' });
  });

  it('does not take a scheduled stream’s "waiting" count in the data for views', () => {
    const upcoming = fixtureJson('yt-watch-live-spacevideos-2022').replace('"isLive": true,', '').replace('" watching now"', '" waiting"');
    const reading = read(LIVE, data(upcoming));
    expect(reading.counts.views).toEqual({ missing: expect.stringMatching(/waiting/) });
    expect(reading.posts[0]!.liveViewers).toBeUndefined();
    const scheduled = { videoDetails: { videoId: '86YLFOog4GM', isUpcoming: true, viewCount: '0' } };
    expect(read(LIVE, player(scheduled)).counts.views).toEqual({ missing: expect.stringMatching(/waiting/) });
  });

  it('does not take the player’s viewer count of a live stream for views', () => {
    const live = { videoDetails: { videoId: '86YLFOog4GM', isLive: true, viewCount: '10226', author: 'Space Videos' } };
    const reading = read(LIVE, player(live) + data(fixtureJson('yt-watch-live-spacevideos-2022')));
    expect(reading.counts.views).toEqual({ missing: expect.any(String) });
  });

  // Rendered: ytd-watch-info-text #view-count[aria-label] (2023–2026), which on a live stream reads
  // "10,226 watching now" (a FRAGMENT).
  it('reads the rendered "watching now" line as live viewers, in the page’s language', () => {
    const dom = (label: string) => `<ytd-watch-flexy video-id="86YLFOog4GM"><div id="below"><ytd-watch-metadata>
        <div id="title"><h1><yt-formatted-string>Live</yt-formatted-string></h1></div>
        <ytd-watch-info-text><div id="view-count" aria-label="${label}"><span>${label}</span></div></ytd-watch-info-text>
      </ytd-watch-metadata></div></ytd-watch-flexy>`;
    const en = read(LIVE, dom('10,226 watching now'));
    expect(en.posts[0]!.liveViewers).toEqual({ value: 10226, precision: 1, source: 'aria' });
    expect(en.counts.views).toEqual({ missing: expect.any(String) });
    const es = read(LIVE, dom('10.226 personas están viendo'), 'es');
    expect(es.posts[0]!.liveViewers).toMatchObject({ value: 10226 });
    expect(es.counts.views).toEqual({ missing: expect.any(String) });
    // A scheduled premiere's "waiting" count is not views either, nor live viewers.
    const waiting = read(LIVE, dom('1,234 waiting'));
    expect(waiting.counts.views).toEqual({ missing: expect.stringMatching(/waiting/) });
    expect(waiting.posts[0]!.liveViewers).toBeUndefined();
    // A recorded video's views stay views.
    const vod = read(LIVE, dom('12,840,948 views'));
    expect(vod.counts.views).toEqual({ value: 12840948, precision: 1, source: 'aria' });
    expect(vod.posts[0]!.liveViewers).toBeUndefined();
  });
});
