import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '@/utils/platforms/adapters';
import { MAX_TEXT, textValue } from '@/utils/model/reading-fields';
import { youtube } from '@/utils/platforms/youtube/adapter';
import { classifyHeaderParts } from '@/utils/platforms/youtube/common';
import { FIXTURES_DIR } from '../../../../harness/fixtures';
import { listFixtures, parsePage, parseSavedPage } from '../../../../helpers/fixtures';

// Real browse responses saved in tests/fixtures/youtube (see their meta.json).
const KURZGESAGT = readFileSync(path.join(FIXTURES_DIR, 'youtube/yt-browse-kurzgesagt-videos-2026/source.json'), 'utf8');
const CREATIVE_COMMONS = readFileSync(
  path.join(FIXTURES_DIR, 'youtube/yt-browse-creativecommons-videos-lockup-2026/source.json'),
  'utf8',
);
const ONE_MEDIA = readFileSync(path.join(FIXTURES_DIR, 'youtube/yt-channel-OneMedia-es-2024/source.html'), 'utf8');

function script(name: string, data: unknown): string {
  const json = typeof data === 'string' ? data : JSON.stringify(data);
  return `<script>var ${name} = ${json.replace(/<\/script/gi, '<\\/script')};</script>`;
}

function page(href: string, body: string, lang: string | null = 'en') {
  const html = `<!doctype html><html${lang ? ` lang="${lang}"` : ''}><head></head><body>${body}</body></html>`;
  return { doc: parsePage(html, href), url: new URL(href) };
}

function read(href: string, body: string, lang: string | null = 'en') {
  const { doc, url } = page(href, body, lang);
  return youtube.extract(doc, url);
}

// ---- Rendered markup ----------------------------------------------------------------------------
// Channel header (2025): #page-header > yt-page-header-renderer > yt-page-header-view-model, as in the
// selector path of thangdev0724/automation-youtube src/constants/selector.ts; its
// yt-content-metadata-view-model rows and parts use the same markup as the grid lockups of
// Vulpelo/hide-youtube-shorts tests/fixtures/video_element_NORMAL-3.js.
function pageHeader(handle: string, ...rows: string[][]): string {
  const part = (text: string) =>
    `<span class="yt-core-attributed-string yt-content-metadata-view-model__metadata-text yt-core-attributed-string--white-space-pre-wrap yt-core-attributed-string--link-inherit-color" dir="auto" role="text"><span dir="auto">${text}</span></span>`;
  const row = (parts: string[]) =>
    `<div class="yt-content-metadata-view-model__metadata-row">${parts.map(part).join('<span aria-hidden="true" class="yt-content-metadata-view-model__delimiter"> • </span>')}</div>`;
  return `
    <ytd-browse page-subtype="channels">
      <div id="page-header"><yt-page-header-renderer><yt-page-header-view-model class="yt-page-header-view-model">
        <div class="yt-page-header-view-model__page-header-headline"><div class="yt-page-header-view-model__page-header-headline-info">
          <yt-dynamic-text-view-model class="yt-page-header-view-model__page-header-title"><h1 class="dynamicTextViewModelH1"><span class="yt-core-attributed-string" role="text">${handle} channel</span></h1></yt-dynamic-text-view-model>
          <yt-content-metadata-view-model class="yt-page-header-view-model__page-header-content-metadata yt-content-metadata-view-model">
            ${row([`@${handle}`])}${rows.map(row).join('')}
          </yt-content-metadata-view-model>
          <yt-description-preview-view-model><span class="yt-core-attributed-string">Open licenses for everyone</span><button>...more</button></yt-description-preview-view-model>
        </div></div>
      </yt-page-header-view-model></yt-page-header-renderer></div>
      <div id="contents">GRID</div>
    </ytd-browse>`;
}

// Grid item, 2025–2026 lockup: Vulpelo/hide-youtube-shorts tests/fixtures/video_element_NORMAL-3.js (trimmed).
function lockupItem(id: string, title: string, views: string, owner: string | null = null): string {
  const meta = (t: string) =>
    `<span class="yt-core-attributed-string yt-content-metadata-view-model__metadata-text" dir="auto" role="text">${t}</span>`;
  return `<ytd-rich-item-renderer class="style-scope ytd-rich-grid-renderer"><div id="content"><yt-lockup-view-model class="ytd-rich-item-renderer lockup">
    <div class="yt-lockup-view-model yt-lockup-view-model--vertical content-id-${id}">
      <a href="/watch?v=${id}" class="yt-lockup-view-model__content-image" aria-hidden="true"><yt-thumbnail-view-model><div class="yt-badge-shape__text">27:06</div></yt-thumbnail-view-model></a>
      <div class="yt-lockup-view-model__metadata"><yt-lockup-metadata-view-model class="yt-lockup-metadata-view-model">
        <div class="yt-lockup-metadata-view-model__text-container">
          <h3 class="yt-lockup-metadata-view-model__heading-reset" title="${title}"><a href="/watch?v=${id}" class="yt-lockup-metadata-view-model__title" aria-label="${title} 27 minutes"><span class="yt-core-attributed-string" role="text">${title}</span></a></h3>
          <div class="yt-lockup-metadata-view-model__metadata"><yt-content-metadata-view-model class="yt-content-metadata-view-model">
            ${owner ? `<div class="yt-content-metadata-view-model__metadata-row"><span class="yt-core-attributed-string yt-content-metadata-view-model__metadata-text"><span><a href="/@${owner}">${owner}</a></span></span></div>` : ''}
            <div class="yt-content-metadata-view-model__metadata-row">${meta(views)}<span aria-hidden="true" class="yt-content-metadata-view-model__delimiter"> • </span>${meta('8 years ago')}</div>
          </yt-content-metadata-view-model></div>
        </div>
      </yt-lockup-metadata-view-model></div>
    </div></yt-lockup-view-model></div></ytd-rich-item-renderer>`;
}

// Grid item, 2024–2025 ytd-rich-grid-media (Polish interface): Vulpelo/hide-youtube-shorts
// tests/fixtures/video_element_NORMAL-1.js (trimmed).
function richGridMediaItem(id: string, title: string, views: string, owner: string): string {
  return `<ytd-rich-item-renderer class="style-scope ytd-rich-grid-renderer"><div id="content"><ytd-rich-grid-media class="style-scope ytd-rich-item-renderer">
    <div id="dismissible"><div id="thumbnail"><ytd-thumbnail><a id="thumbnail" class="yt-simple-endpoint inline-block style-scope ytd-thumbnail" aria-hidden="true" href="/watch?v=${id}"></a></ytd-thumbnail></div>
    <div id="details"><a id="avatar-link" class="yt-simple-endpoint style-scope ytd-rich-grid-media" title="${owner}" hidden="" href="/@${owner}"></a>
      <div id="meta"><h3 class="style-scope ytd-rich-grid-media"><a id="video-title-link" class="yt-simple-endpoint focus-on-expand style-scope ytd-rich-grid-media" aria-label="${title} 6 minut i 22 sekundy" title="${title}" href="/watch?v=${id}"><yt-formatted-string id="video-title" class="style-scope ytd-rich-grid-media">${title}</yt-formatted-string></a></h3>
        <ytd-video-meta-block><div id="metadata"><div id="metadata-line" class="style-scope ytd-video-meta-block">
          <span class="inline-metadata-item style-scope ytd-video-meta-block">${views}</span>
          <span class="inline-metadata-item style-scope ytd-video-meta-block">17 godzin temu</span>
        </div></div></ytd-video-meta-block>
      </div></div></div>
  </ytd-rich-grid-media></div></ytd-rich-item-renderer>`;
}

// Older channel header (until 2024): #channel-header ytd-c4-tabbed-header-renderer with
// yt-formatted-string#subscriber-count, as quoted in public scrapers' comments
// ('<yt-formatted-string id="subscriber-count" class="style-scope ytd-c4-tabbed-header-renderer">365 mil inscritos</yt-formatted-string>').
function c4Header(): string {
  return `<ytd-browse page-subtype="channels"><div id="channel-header"><ytd-c4-tabbed-header-renderer class="style-scope ytd-browse">
    <div id="channel-header-container"><div id="inner-header-container"><div id="meta">
      <ytd-channel-name id="channel-name"><div id="container"><div id="text-container"><yt-formatted-string id="text" class="style-scope ytd-channel-name">ONE Media</yt-formatted-string></div></div>
        <ytd-badge-supported-renderer><div class="badge badge-style-type-verified style-scope ytd-badge-supported-renderer" aria-label="Verificada" role="img"></div></ytd-badge-supported-renderer></ytd-channel-name>
      <div id="channel-header-links"><yt-formatted-string id="channel-handle" class="style-scope ytd-c4-tabbed-header-renderer">@OneMedia.</yt-formatted-string>
        <yt-formatted-string id="subscriber-count" class="style-scope ytd-c4-tabbed-header-renderer" aria-label="4,69 millones de suscriptores">4,69&nbsp;M de suscriptores</yt-formatted-string>
        <yt-formatted-string id="videos-count" class="style-scope ytd-c4-tabbed-header-renderer"><span dir="auto">6,8&nbsp;K</span><span dir="auto"> vídeos</span></yt-formatted-string></div>
    </div></div></div>
  </ytd-c4-tabbed-header-renderer></div></ytd-browse>`;
}

// ---- Watch page data ----------------------------------------------------------------------------
// ytInitialData of a watch page, modelled on TeamPiped/rustypipe
// testfiles/video_details/video_details_20231103_likes.json (views, like button: real values from
// that file; owner, comments panel and ids trimmed to what we read, values illustrative).
const VIDEO_ID = 'ZeerrnuLi5E';
function watchData(videoId = VIDEO_ID, like: unknown = null) {
  return {
    currentVideoEndpoint: { watchEndpoint: { videoId } },
    contents: {
      twoColumnWatchNextResults: {
        results: {
          results: {
            contents: [
              {
                videoPrimaryInfoRenderer: {
                  title: { runs: [{ text: "aespa 에스파 'Black Mamba' MV" }] },
                  viewCount: {
                    videoViewCountRenderer: {
                      viewCount: { simpleText: '255,522,287 views' },
                      shortViewCount: { simpleText: '255M views' },
                      originalViewCount: '0',
                    },
                  },
                  videoActions: {
                    menuRenderer: {
                      topLevelButtons: [
                        like ?? {
                          segmentedLikeDislikeButtonViewModel: {
                            likeButtonViewModel: {
                              likeButtonViewModel: {
                                toggleButtonViewModel: {
                                  toggleButtonViewModel: {
                                    defaultButtonViewModel: {
                                      buttonViewModel: {
                                        iconName: 'LIKE',
                                        title: '4.2M',
                                        accessibilityText: 'like this video along with 4,209,059 other people',
                                      },
                                    },
                                  },
                                },
                              },
                            },
                          },
                        },
                      ],
                    },
                  },
                },
              },
              {
                videoSecondaryInfoRenderer: {
                  owner: {
                    videoOwnerRenderer: {
                      title: {
                        runs: [
                          {
                            text: 'SMTOWN',
                            navigationEndpoint: { browseEndpoint: { browseId: 'UCEf_Bc-KVd7onSeifS3py9g', canonicalBaseUrl: '/@SMTOWN' } },
                          },
                        ],
                      },
                      subscriberCountText: { simpleText: '32.1M subscribers' },
                      badges: [{ metadataBadgeRenderer: { style: 'BADGE_STYLE_TYPE_VERIFIED_ARTIST' } }],
                    },
                  },
                },
              },
              { itemSectionRenderer: { sectionIdentifier: 'comment-item-section', contents: [{ commentsEntryPointHeaderRenderer: { commentCount: { simpleText: '302K' } } }] } },
            ],
          },
        },
      },
    },
    engagementPanels: [
      {
        engagementPanelSectionListRenderer: {
          panelIdentifier: 'engagement-panel-comments-section',
          header: { engagementPanelTitleHeaderRenderer: { contextualInfo: { runs: [{ text: '302K' }] } } },
        },
      },
    ],
  };
}

// ytInitialPlayerResponse: videoDetails and microformat.playerMicroformatRenderer, the fields and
// formats of the player JSON quoted by public scrapers (publishDate "2016-04-06T09:59:35-07:00",
// ownerProfileUrl "http://www.youtube.com/@TED", likeCount as a digit string).
function player(videoId = VIDEO_ID, extra: Record<string, unknown> = {}, micro: Record<string, unknown> = {}) {
  return {
    videoDetails: {
      videoId,
      title: "aespa 에스파 'Black Mamba' MV",
      shortDescription: 'Listen and download on your preferred service.',
      viewCount: '255522287',
      author: 'SMTOWN',
      channelId: 'UCEf_Bc-KVd7onSeifS3py9g',
    },
    microformat: {
      playerMicroformatRenderer: {
        publishDate: '2020-11-16T20:00:00-08:00',
        uploadDate: '2020-11-16T20:00:00-08:00',
        ownerProfileUrl: 'http://www.youtube.com/@SMTOWN',
        ownerChannelName: 'SMTOWN',
        ...micro,
      },
    },
    ...extra,
  };
}

// Rendered watch page (2024–2026). ytd-watch-flexy[video-id]; like button in
// segmented-like-dislike-button-view-model > like-button-view-model (PraxTube/hide-subscriber-count
// content.js) with aria-label "like this video along with … other people"
// (kris-hamade/youtube-chrome-extension js/content.js); ytd-watch-info-text #view-count[aria-label]
// and ytd-comments-header-renderer #count as rendered in 2024.
function watchDom(videoId: string): string {
  return `<ytd-watch-flexy video-id="${videoId}"><div id="below"><ytd-watch-metadata>
      <div id="title"><h1><yt-formatted-string>aespa 에스파 'Black Mamba' MV</yt-formatted-string></h1></div>
      <div id="owner"><ytd-video-owner-renderer><a class="yt-simple-endpoint" href="/@SMTOWN"><yt-img-shadow></yt-img-shadow></a>
        <div id="upload-info"><ytd-channel-name id="channel-name"><div id="text-container"><yt-formatted-string id="text"><a class="yt-simple-endpoint" href="/@SMTOWN">SMTOWN</a></yt-formatted-string></div>
          <ytd-badge-supported-renderer><div class="badge badge-style-type-verified-artist" aria-label="Official Artist Channel"></div></ytd-badge-supported-renderer></ytd-channel-name>
          <yt-formatted-string id="owner-sub-count">32.1M subscribers</yt-formatted-string></div></ytd-video-owner-renderer></div>
      <div id="actions"><div id="top-level-buttons-computed"><segmented-like-dislike-button-view-model><like-button-view-model><toggle-button-view-model><button-view-model>
        <button class="yt-spec-button-shape-next" aria-label="like this video along with 4,209,059 other people"><div class="yt-spec-button-shape-next__button-text-content">4.2M</div></button>
      </button-view-model></toggle-button-view-model></like-button-view-model></segmented-like-dislike-button-view-model></div></div>
      <ytd-watch-info-text id="ytd-watch-info-text"><div id="info-container"><div id="view-count" aria-label="255,522,287 views  "><span>255M views</span></div></div></ytd-watch-info-text>
    </ytd-watch-metadata></div>
    <ytd-comments id="comments"><ytd-comments-header-renderer><h2 id="count"><yt-formatted-string class="count-text"><span>302,118</span><span> Comments</span></yt-formatted-string></h2></ytd-comments-header-renderer></ytd-comments>
  </ytd-watch-flexy>`;
}

// ---- Tests --------------------------------------------------------------------------------------

describe('youtube.pageType', () => {
  it.each([
    ['https://www.youtube.com/@kurzgesagt', 'profile'],
    ['https://www.youtube.com/@kurzgesagt/videos', 'profile'],
    ['https://www.youtube.com/@kurzgesagt/featured', 'profile'],
    ['https://www.youtube.com/@kurzgesagt/shorts', 'profile'],
    ['https://www.youtube.com/@OneMedia.', 'profile'],
    ['https://www.youtube.com/@OneMedia./videos?view=0&sort=dd', 'profile'],
    ['https://m.youtube.com/@creativecommons', 'profile'],
    ['https://www.youtube.com/@%E3%83%86%E3%82%B9%E3%83%88', 'profile'],
    ['https://www.youtube.com/channel/UCzcRQ3vRNr6fJ1A9rqFn7QA', 'profile'],
    ['https://www.youtube.com/channel/UCzcRQ3vRNr6fJ1A9rqFn7QA/videos', 'profile'],
    ['https://www.youtube.com/c/Freecodecamp', 'profile'],
    ['https://www.youtube.com/user/igorkle1/playlists', 'profile'],
    ['https://www.youtube.com/watch?v=dQw4w9WgXcQ', 'post'],
    ['https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s&list=PL123', 'post'],
    ['https://m.youtube.com/watch?v=dQw4w9WgXcQ', 'post'],
    ['https://www.youtube.com/shorts/ovaHmfy3O6U', 'post'],
    ['https://www.youtube.com/live/1oDrJba2PSs', 'post'],
    ['https://www.youtube.com/', 'other'],
    ['https://www.youtube.com/results?search_query=kurzgesagt', 'other'],
    ['https://www.youtube.com/feed/subscriptions', 'other'],
    ['https://www.youtube.com/playlist?list=PL7HC', 'other'],
    ['https://www.youtube.com/watch', 'other'],
    ['https://www.youtube.com/watch?v=tooshort', 'other'],
    ['https://www.youtube.com/@kurzgesagt/unknown-tab', 'other'],
    ['https://www.youtube.com/@kurzgesagt/videos/extra', 'other'],
    ['https://www.youtube.com/channel/not-a-channel-id', 'other'],
    ['https://www.youtube.com/@', 'other'],
    ['https://music.youtube.com/channel/UCzcRQ3vRNr6fJ1A9rqFn7QA', 'other'],
    ['https://youtu.be/dQw4w9WgXcQ', 'other'],
    ['https://www.tiktok.com/@illojuan', 'other'],
    ['https://www.instagram.com/pluto__travel/', 'other'],
    ['https://x.com/Kikobeats', 'other'],
    ['https://bsky.app/profile/stephenking.bsky.social', 'other'],
  ])('%s is a %s page', (href, type) => {
    expect(youtube.pageType(new URL(href))).toBe(type);
  });

  it('reads every saved YouTube page as the page type it is, and no other site’s page', () => {
    const fixtures = listFixtures();
    const own = fixtures.filter((f) => f.platform === 'youtube');
    expect(own.map((f) => youtube.pageType(new URL(f.meta.url))).sort()).toEqual(['other', 'post', 'post', 'post', 'profile', 'profile', 'profile']); // 'other': the home grid's cards
    for (const f of own) expect(youtube.pageType(new URL(f.meta.url)), f.name).toBe(f.meta.groundTruth.pageType);
    for (const f of fixtures.filter((f) => f.platform !== 'youtube')) {
      expect(youtube.pageType(new URL(f.meta.url)), f.name).toBe('other');
    }
  });

  it('is the only adapter that claims YouTube URLs', () => {
    for (const href of ['https://www.youtube.com/@kurzgesagt', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ']) {
      const claiming = ADAPTERS.filter((a) => a.pageType(new URL(href)) !== 'other').map((a) => a.platform);
      expect(claiming).toEqual(['youtube']);
    }
  });
});

describe('youtube.profileHandle', () => {
  it.each([
    ['https://www.youtube.com/@OneMedia./videos', 'OneMedia.'],
    ['https://www.youtube.com/@kurzgesagt', 'kurzgesagt'],
    ['https://www.youtube.com/channel/UCzcRQ3vRNr6fJ1A9rqFn7QA', null],
    ['https://www.youtube.com/c/Freecodecamp', null],
    ['https://www.youtube.com/watch?v=dQw4w9WgXcQ', null],
    ['https://www.tiktok.com/@illojuan', null],
  ])('%s → %s', (href, handle) => {
    expect(youtube.profileHandle(new URL(href))).toBe(handle);
  });
});

describe('youtube.readySelector', () => {
  it('waits for the channel header on channel pages and for the video on video pages', () => {
    const channel = youtube.readySelector(new URL('https://www.youtube.com/@creativecommons/videos'))!;
    const watch = youtube.readySelector(new URL(`https://www.youtube.com/watch?v=${VIDEO_ID}`))!;
    expect(page('https://www.youtube.com/@creativecommons', pageHeader('creativecommons', ['8.84K subscribers'])).doc.querySelector(channel)).not.toBeNull();
    expect(page('https://www.youtube.com/@OneMedia.', c4Header()).doc.querySelector(channel)).not.toBeNull();
    expect(page('https://www.youtube.com/@x', '<div id="page-header"></div>').doc.querySelector(channel)).toBeNull();
    expect(page(`https://www.youtube.com/watch?v=${VIDEO_ID}`, watchDom(VIDEO_ID)).doc.querySelector(watch)).not.toBeNull();
    expect(youtube.readySelector(new URL('https://www.youtube.com/shorts/ovaHmfy3O6U'))).toMatch(/ytd-reel-video-renderer\[is-active\]/);
    expect(youtube.readySelector(new URL('https://www.youtube.com/feed/subscriptions'))).toBeNull();
  });
});

describe('youtube channel pages from ytInitialData', () => {
  it('uses the embedded data when it names the handle in the URL, dots included', () => {
    const reading = youtube.extract(parseSavedPage(ONE_MEDIA, 'https://www.youtube.com/@OneMedia.'), new URL('https://www.youtube.com/@OneMedia.'));
    expect(reading.handle).toBe('OneMedia.');
    expect(reading.counts.followers).toEqual({ value: 4690000, precision: 10000, source: 'json' });
    expect(reading.counts.posts).toEqual({ value: 6800, precision: 100, source: 'json' });
    expect(reading.language).toBe('es-ES');
    expect(reading.posts.find((p) => p.id === 'c31G0fKqHs8')?.counts.views).toEqual({ value: 127696, precision: 1, source: 'json' });
  });

  it('leaves out the videos of other channels shown on the home tab', () => {
    const reading = youtube.extract(parseSavedPage(ONE_MEDIA, 'https://www.youtube.com/@OneMedia.'), new URL('https://www.youtube.com/@OneMedia.'));
    // R_RgjS23J7A is in one of ONE Media's playlists but uploaded by UCLF28nx8jj4omBijDKml4NQ.
    expect(reading.posts.map((p) => p.id)).not.toContain('R_RgjS23J7A');
    expect(reading.posts.every((p) => p.author === 'OneMedia.')).toBe(true);
  });

  it('takes the page language from the top bar when <html lang> is missing', () => {
    // Turkish prints thousands as "B" (bin): "1,2 B abone" is 1,200, not 1.2 billion.
    const data = {
      header: {
        pageHeaderRenderer: {
          content: {
            pageHeaderViewModel: {
              title: { dynamicTextViewModel: { text: { content: 'Kanal' } } },
              metadata: {
                contentMetadataViewModel: {
                  metadataRows: [
                    { metadataParts: [{ text: { content: '@kanal' } }] },
                    { metadataParts: [{ text: { content: '1,2 B abone' } }, { text: { content: '45 video' } }] },
                  ],
                },
              },
            },
          },
        },
      },
      topbar: {
        desktopTopbarRenderer: {
          topbarButtons: [
            { buttonRenderer: { navigationEndpoint: { commandMetadata: { webCommandMetadata: { url: 'https://accounts.google.com/ServiceLogin?service=youtube&hl=tr&ec=65620' } } } } },
          ],
        },
      },
    };
    const reading = read('https://www.youtube.com/@kanal', script('ytInitialData', data), null);
    expect(reading.language).toBe('tr');
    expect(reading.counts.followers).toEqual({ value: 1200, precision: 100, source: 'json' });
    expect(reading.counts.posts).toEqual({ value: 45, precision: 1, source: 'json' });
  });

  it('reads the 2026 fixtures’ language from their top bar too', () => {
    const reading = read('https://www.youtube.com/@kurzgesagt/videos', script('ytInitialData', KURZGESAGT), null);
    expect(reading.language).toBe('en-GB');
    expect(reading.counts.followers).toEqual({ value: 25000000, precision: 1000000, source: 'json' });
  });
});

describe('youtube header parts', () => {
  it('finds the subscriber count by its words, wherever it sits', () => {
    expect(classifyHeaderParts(['he/him', '@kurzgesagt', '25m subscribers', '337 videos'], 'en')).toEqual({
      handle: 'kurzgesagt',
      subscribers: '25m subscribers',
      videos: '337 videos',
    });
    expect(classifyHeaderParts(['@x', '337 videos', '25m subscribers'], 'en')).toMatchObject({ subscribers: '25m subscribers', videos: '337 videos' });
  });

  it.each([
    ['es', '4,69 M de suscriptores', '6,8 K vídeos'],
    ['de', '1,2 Mio. Abonnenten', '337 Videos'],
    ['fr', '1,2 M d’abonnés', '337 vidéos'],
    ['pt-BR', '1,2 mi de inscritos', '337 vídeos'],
    ['it', '1,2 Mln di iscritti', '337 video'],
    ['ru', '1,2 млн подписчиков', '337 видео'],
    ['ja', 'チャンネル登録者数 120万人', '動画 337 本'],
  ])('reads %s words', (lang, subscribers, videos) => {
    expect(classifyHeaderParts(['@x', videos, subscribers], lang)).toEqual({ handle: 'x', subscribers, videos });
  });

  it('falls back to position only when the video count is a different part', () => {
    // Unknown words: YouTube prints subscribers before videos.
    expect(classifyHeaderParts(['@x', '1,2 M zzz', '337 yyy'], 'xx')).toMatchObject({ subscribers: '1,2 M zzz', videos: '337 yyy' });
    expect(classifyHeaderParts(['she/her', '@x', '1,2 M zzz', '337 videos'], 'xx')).toMatchObject({ subscribers: '1,2 M zzz', videos: '337 videos' });
    // A channel that hides its subscriber count shows one count: it is not taken for subscribers.
    expect(classifyHeaderParts(['@x', '337 yyy'], 'xx')).toMatchObject({ subscribers: null });
  });
});

describe('youtube channel pages after in-site navigation', () => {
  const body = (header: string, grid = '') => header.replace('GRID', grid) + script('ytInitialData', KURZGESAGT);

  it('ignores data that still describes the first channel and reads the rendered header and grid', () => {
    const reading = read(
      'https://www.youtube.com/@creativecommons/videos',
      body(
        pageHeader('creativecommons', ['8.84K subscribers', '258 videos']),
        lockupItem('AzFgLYHc-oc', 'CC101: A Brief History', '314 views') + lockupItem('_IBTfklg8q0', 'Open Licensing for Research', '3.1K views'),
      ),
    );
    expect(reading.handle).toBe('creativecommons');
    expect(reading.displayName).toEqual({ value: 'creativecommons channel', source: 'dom' });
    expect(reading.bio).toEqual({ value: 'Open licenses for everyone', source: 'dom' });
    expect(reading.counts.followers).toEqual({ value: 8840, precision: 10, source: 'dom' });
    expect(reading.counts.posts).toEqual({ value: 258, precision: 1, source: 'dom' });
    expect(reading.posts.map((p) => [p.id, p.counts.views])).toEqual([
      ['AzFgLYHc-oc', { value: 314, precision: 1, source: 'dom' }],
      ['_IBTfklg8q0', { value: 3100, precision: 100, source: 'dom' }],
    ]);
    expect(reading.posts[0]).toMatchObject({ url: 'https://www.youtube.com/watch?v=AzFgLYHc-oc', author: 'creativecommons', caption: 'CC101: A Brief History' });
    expect(JSON.stringify(reading)).not.toMatch(/kurzgesagt|Kurzgesagt/);
  });

  it('finds the subscriber part behind a pronouns part in the rendered header', () => {
    const reading = read('https://www.youtube.com/@creativecommons', body(pageHeader('creativecommons', ['they/them', '8.84K subscribers', '258 videos'])));
    expect(reading.counts.followers).toMatchObject({ value: 8840, precision: 10 });
    expect(reading.counts.posts).toMatchObject({ value: 258, precision: 1 });
  });

  it('reports counts as missing, never 0, while the new header has not rendered', () => {
    const reading = read('https://www.youtube.com/@creativecommons', body(''));
    expect(reading.pageType).toBe('profile');
    expect(reading.handle).toBe('creativecommons');
    expect(reading.counts.followers).toEqual({ missing: expect.stringMatching(/not loaded/) });
    expect(reading.counts.posts).toEqual({ missing: expect.stringMatching(/not loaded/) });
    expect(reading.posts).toEqual([]);
  });

  it('does not read the previous channel’s header while it is still on screen', () => {
    const reading = read('https://www.youtube.com/@creativecommons', body(pageHeader('kurzgesagt', ['25M subscribers', '337 videos'])));
    expect(reading.handle).toBe('creativecommons');
    expect(reading.counts.followers).toEqual({ missing: expect.stringMatching(/previous channel/) });
    expect(reading.displayName).toEqual({ missing: expect.any(String) });
    expect(reading.posts).toEqual([]);
  });

  it('reads the older c4 header with the page language', () => {
    const reading = read('https://www.youtube.com/@OneMedia.', c4Header() + script('ytInitialData', KURZGESAGT), 'es-ES');
    expect(reading).toMatchObject({ handle: 'OneMedia.', verified: true, displayName: { value: 'ONE Media', source: 'dom' } });
    expect(reading.counts.followers).toEqual({ value: 4690000, precision: 10000, source: 'dom' });
    expect(reading.counts.posts).toEqual({ value: 6800, precision: 100, source: 'dom' });
  });

  it('keeps the header from the data but takes the grid from the screen when another tab is open', () => {
    const header = pageHeader('kurzgesagt', ['25M subscribers', '337 videos']);
    const reading = read(
      'https://www.youtube.com/@kurzgesagt/shorts',
      header.replace('GRID', lockupItem('ovaHmfy3O6U', 'hangover food', '17M views')) + script('ytInitialData', KURZGESAGT),
    );
    expect(reading.counts.followers).toEqual({ value: 25000000, precision: 1000000, source: 'json' });
    expect(reading.posts.map((p) => p.id)).toEqual(['ovaHmfy3O6U']);
    expect(reading.posts[0]!.counts.views).toEqual({ value: 17000000, precision: 1000000, source: 'dom' });
  });

  it('trusts data for a /c/ URL only when the rendered header shows the same handle', () => {
    const url = 'https://www.youtube.com/c/CreativeCommonsOrg';
    const matching = read(url, pageHeader('creativecommons', ['8.84K subscribers', '258 videos']) + script('ytInitialData', CREATIVE_COMMONS));
    expect(matching.counts.followers).toMatchObject({ source: 'json' });
    expect(matching.posts).toHaveLength(30);
    const other = read(url, pageHeader('creativecommons', ['8.84K subscribers', '258 videos']) + script('ytInitialData', KURZGESAGT));
    expect(other.handle).toBe('creativecommons');
    expect(other.counts.followers).toMatchObject({ value: 8840, source: 'dom' });
  });

  it('reads localized grid items and skips items of other channels', () => {
    const grid =
      richGridMediaItem('EKPdg-aZ468', 'Rosyjscy oszuści zhakowali mój Steam', '8&nbsp;tys. wyświetleń', 'pcsecuritychannel') +
      lockupItem('lJnQChnv1T4', 'MausSpots (Folge 09) | DieMaus | WDR', '49 mln wyświetleń', 'diemaus');
    const reading = read(
      'https://www.youtube.com/@pcsecuritychannel/videos',
      pageHeader('pcsecuritychannel', ['2,5 mln subskrybentów', '1,1 tys. filmów']).replace('GRID', grid),
      'pl',
    );
    expect(reading.counts.followers).toEqual({ value: 2500000, precision: 100000, source: 'dom' });
    expect(reading.counts.posts).toEqual({ value: 1100, precision: 100, source: 'dom' });
    expect(reading.posts).toHaveLength(1);
    expect(reading.posts[0]).toMatchObject({
      id: 'EKPdg-aZ468',
      caption: 'Rosyjscy oszuści zhakowali mój Steam',
      counts: { views: { value: 8000, precision: 1000, source: 'dom' }, likes: { missing: expect.stringMatching(/grid/) } },
    });
  });
});

describe('youtube video pages', () => {
  const WATCH = `https://www.youtube.com/watch?v=${VIDEO_ID}`;

  it('reads exact views, date and author from the player data, likes and comments from the page data', () => {
    const reading = read(WATCH, script('ytInitialPlayerResponse', player()) + script('ytInitialData', watchData()));
    expect(reading).toMatchObject({ pageType: 'post', handle: 'SMTOWN', verified: true, displayName: { value: 'SMTOWN', source: 'json' } });
    expect(reading.posts).toHaveLength(1);
    const [post] = reading.posts;
    expect(post).toMatchObject({
      id: VIDEO_ID,
      url: WATCH,
      author: 'SMTOWN',
      postedAt: Date.parse('2020-11-17T04:00:00Z'),
      caption: "aespa 에스파 'Black Mamba' MV\n\nListen and download on your preferred service.",
      sponsored: false,
    });
    expect(post!.counts).toEqual({
      views: { value: 255522287, precision: 1, source: 'json' },
      likes: { value: 4209059, precision: 1, source: 'aria' },
      comments: { value: 302000, precision: 1000, source: 'json' },
      shares: { missing: expect.any(String) },
    });
    // The reading's counts mirror the video; followers are the channel's, as shown beside it.
    expect(reading.counts).toMatchObject({ ...post!.counts, followers: { value: 32100000, precision: 100000, source: 'json' } });
    expect(reading.counts.posts).toEqual({ missing: expect.any(String) });
  });

  it('prefers the exact like count of the microformat when the page has one', () => {
    const reading = read(WATCH, script('ytInitialPlayerResponse', player(VIDEO_ID, {}, { likeCount: '4209101' })) + script('ytInitialData', watchData()));
    expect(reading.counts.likes).toEqual({ value: 4209101, precision: 1, source: 'json' });
  });

  it('reports hidden likes as missing, never 0', () => {
    const hidden = {
      segmentedLikeDislikeButtonViewModel: {
        likeButtonViewModel: { likeButtonViewModel: { toggleButtonViewModel: { toggleButtonViewModel: { defaultButtonViewModel: { buttonViewModel: { iconName: 'LIKE', title: 'Like', accessibilityText: 'I like this' } } } } } },
      },
    };
    const reading = read(WATCH, script('ytInitialPlayerResponse', player()) + script('ytInitialData', watchData(VIDEO_ID, hidden)));
    expect(reading.counts.likes).toEqual({ missing: expect.stringMatching(/likes/) });
    expect(reading.posts[0]!.counts.likes).toEqual(reading.counts.likes);
  });

  it('marks paid promotion and #ad as sponsored', () => {
    const paid = player(VIDEO_ID, { paidContentOverlay: { paidContentOverlayRenderer: { text: { runs: [{ text: 'Includes paid promotion' }] } } } });
    expect(read(WATCH, script('ytInitialPlayerResponse', paid)).posts[0]!.sponsored).toBe(true);
    const tagged = player();
    tagged.videoDetails.shortDescription = 'Thanks to our partner! #ad';
    expect(read(WATCH, script('ytInitialPlayerResponse', tagged)).posts[0]!.sponsored).toBe(true);
  });

  it('reads the rendered page when the embedded data is another video’s', () => {
    const stale = 'dQw4w9WgXcQ';
    const reading = read(WATCH, watchDom(VIDEO_ID) + script('ytInitialPlayerResponse', player(stale)) + script('ytInitialData', watchData(stale)));
    expect(reading).toMatchObject({ handle: 'SMTOWN', verified: true, displayName: { value: 'SMTOWN', source: 'dom' } });
    expect(reading.posts[0]).toMatchObject({ id: VIDEO_ID, author: 'SMTOWN', postedAt: null, caption: "aespa 에스파 'Black Mamba' MV" });
    expect(reading.counts).toMatchObject({
      views: { value: 255522287, precision: 1, source: 'aria' },
      likes: { value: 4209059, precision: 1, source: 'aria' },
      comments: { value: 302118, precision: 1, source: 'dom' },
      followers: { value: 32100000, precision: 100000, source: 'dom' },
    });
  });

  it('waits rather than read the previous video still on screen', () => {
    const stale = 'dQw4w9WgXcQ';
    const reading = read(WATCH, watchDom(stale) + script('ytInitialPlayerResponse', player(stale)));
    expect(reading.handle).toBeNull();
    expect(reading.posts[0]!.id).toBe(VIDEO_ID);
    for (const key of ['views', 'likes', 'comments'] as const) {
      expect(reading.counts[key]).toEqual({ missing: expect.stringMatching(/not loaded/) });
    }
  });

  it('reads a Shorts page from its player data', () => {
    const id = 'ovaHmfy3O6U';
    const reading = read(`https://www.youtube.com/shorts/${id}`, script('ytInitialPlayerResponse', player(id)));
    expect(reading.posts[0]).toMatchObject({ id, url: `https://www.youtube.com/shorts/${id}`, author: 'SMTOWN' });
    expect(reading.counts.views).toEqual({ value: 255522287, precision: 1, source: 'json' });
  });

  it('keeps hostile text as plain text and clips long descriptions', () => {
    const hostile = player();
    hostile.videoDetails.title = '<img src=x onerror=alert(1)>';
    hostile.videoDetails.shortDescription = 'x'.repeat(MAX_TEXT + 500);
    hostile.videoDetails.author = '<script>alert(1)</script>';
    const reading = read(WATCH, script('ytInitialPlayerResponse', hostile));
    expect(reading.posts[0]!.caption!.startsWith('<img src=x onerror=alert(1)>')).toBe(true);
    expect(reading.posts[0]!.caption).toHaveLength(MAX_TEXT);
    expect(textValue(reading.displayName)).toBe('<script>alert(1)</script>');
  });
});

describe('youtube pages it half-understands', () => {
  it.each([
    ['https://www.youtube.com/@x', { header: { c4TabbedHeaderRenderer: 'nonsense' }, metadata: { channelMetadataRenderer: { title: 7 } } }],
    ['https://www.youtube.com/@x', { header: { pageHeaderRenderer: { content: { pageHeaderViewModel: { metadata: { contentMetadataViewModel: { metadataRows: 'no' } } } } } } }],
    ['https://www.youtube.com/@x/videos', { contents: { twoColumnBrowseResultsRenderer: { tabs: [{ tabRenderer: { selected: true, content: [[[{ videoRenderer: { videoId: 42 } }]]] } }] } } }],
    [`https://www.youtube.com/watch?v=${VIDEO_ID}`, { contents: { twoColumnWatchNextResults: 'no' }, engagementPanels: {} }],
  ])('never throws and never reports 0 on %s', (href, data) => {
    const reading = read(href, script('ytInitialData', data) + script('ytInitialPlayerResponse', '{"videoDetails": null}'));
    expect(reading.platform).toBe('youtube');
    for (const field of Object.values(reading.counts)) expect(field).not.toMatchObject({ value: 0 });
    expect(reading.counts.followers).toEqual({ missing: expect.any(String) });
  });

  it('reads nothing on a page that is not a channel or a video', () => {
    const reading = read('https://www.youtube.com/feed/trending', script('ytInitialData', KURZGESAGT));
    expect(reading).toMatchObject({ pageType: 'other', handle: null, posts: [] });
  });
});
