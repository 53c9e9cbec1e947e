import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { pageIdentity, readWhenReady, runContentScript } from '@/components/content/run-content-script';
import { emptyReading, type PageReading, type PlatformAdapter } from '@/utils/platforms/adapter';
import type { Extraction, PageType } from '@/utils/model/reading';
import { missing } from '@/utils/model/reading-fields';
import type * as Messaging from '@/utils/browser/messaging';
import { sendRequest } from '@/utils/browser/messaging';

// runContentScript's two ways out: the badge (a shadow-root UI, not under test here) and messages.
const badge = vi.hoisted(() => ({ start: vi.fn(), show: vi.fn(), hide: vi.fn() }));
vi.mock('@/components/content/badge-controller', () => ({
  BadgeController: class {
    start = badge.start;
    show = badge.show;
    hide = badge.hide;
  },
}));
vi.mock('@/utils/browser/messaging', async (importOriginal) => ({
  ...(await importOriginal<typeof Messaging>()),
  sendRequest: vi.fn(),
}));

afterEach(() => {
  document.body.replaceChildren();
});

const URL_ = new URL('https://www.tiktok.com/@next');

/**
 * An adapter that reads whichever profile the page shows (its <h1>), with a follower count: any
 * reading is complete. It waits for `.profile-header`, which a profile page has and a post page not.
 */
function profileAdapter() {
  const extract = vi.fn((doc: Document, url: URL) => ({
    ...emptyReading('tiktok', 'profile', url, doc, 'Not shown.'),
    handle: doc.querySelector('h1')?.textContent ?? null,
    counts: { ...emptyReading('tiktok', 'profile', url, doc, 'Not shown.').counts, followers: { value: 10, precision: 1, source: 'dom' as const } },
  }));
  const adapter: PlatformAdapter = {
    platform: 'tiktok',
    hosts: ['tiktok.com'],
    pageType: () => 'profile',
    profileHandle: () => 'next',
    readySelector: () => '.profile-header',
    extract,
  };
  return { adapter, extract };
}

/** The previous page, a post by someone else, still on screen (no profile header). */
function showPreviousPost() {
  const article = document.createElement('article');
  const h1 = document.createElement('h1');
  h1.textContent = 'previous';
  article.append(h1);
  document.body.replaceChildren(article);
}

function renderProfile(handle: string) {
  const header = document.createElement('header');
  header.className = 'profile-header';
  const h1 = document.createElement('h1');
  h1.textContent = handle;
  header.append(h1);
  document.body.replaceChildren(header);
}

describe('readWhenReady', () => {
  it('reads the page the browser loaded at once, before the element it waits for is there', async () => {
    showPreviousPost();
    const { adapter, extract } = profileAdapter();
    const reading = readWhenReady(adapter, URL_, 'profile', new AbortController().signal, true);
    expect(extract).toHaveBeenCalledTimes(1);
    expect((await reading)?.handle).toBe('previous');
  });

  it('after an in-site navigation, does not read the previous page still on screen: waits for the new one', async () => {
    showPreviousPost();
    const { adapter, extract } = profileAdapter();
    const reading = readWhenReady(adapter, URL_, 'profile', new AbortController().signal, false);
    expect(extract).not.toHaveBeenCalled();
    setTimeout(() => renderProfile('next'), 20);
    expect((await reading)?.handle).toBe('next');
    expect(extract).toHaveBeenCalledTimes(1);
  });

  it('after an in-site navigation, reads at once when the new page is already there', async () => {
    renderProfile('next');
    const { adapter, extract } = profileAdapter();
    const reading = readWhenReady(adapter, URL_, 'profile', new AbortController().signal, false);
    expect(extract).toHaveBeenCalledTimes(1);
    expect((await reading)?.handle).toBe('next');
  });
});

const MEASURED = { value: 10, precision: 1, source: 'dom' as const };

/** A reading of `type` by `handle`, complete (a follower count; a post with a count) unless told otherwise. */
function readingOf(type: PageType, handle: string | null, postId: string | null, complete = true, href = 'https://x.com/'): Extraction {
  const base: PageReading = emptyReading('x', type, new URL(href), document, 'Not shown.');
  const count = complete ? MEASURED : missing('Not shown.');
  const posts = postId
    ? [{ id: postId, url: `https://x.com/${handle}/status/${postId}`, author: handle, postedAt: null, caption: null, pinned: false, sponsored: false, counts: { likes: count, comments: missing('Not shown.'), shares: missing('Not shown.'), views: missing('Not shown.') } }]
    : [];
  return { ...base, handle, counts: { ...base.counts, followers: type === 'profile' ? count : base.counts.followers }, posts, tookMs: 1 };
}

describe('pageIdentity', () => {
  it('is the same for a post read under its photo viewer’s URL, and for a handle written another way', () => {
    const post = pageIdentity(readingOf('post', 'Kikobeats', '123', true, 'https://x.com/Kikobeats/status/123'), 'post');
    expect(post).not.toBeNull();
    expect(pageIdentity(readingOf('post', 'kikobeats', '123', true, 'https://x.com/Kikobeats/status/123/photo/1'), 'post')).toBe(post);
    expect(pageIdentity(readingOf('profile', 'Kikobeats', null), 'profile')).toBe(pageIdentity(readingOf('profile', '@kikobeats', null), 'profile'));
  });

  it('tells apart other posts, other authors, other platforms, and a profile from its own post', () => {
    const post = pageIdentity(readingOf('post', 'alice', '1'), 'post');
    expect(pageIdentity(readingOf('post', 'alice', '2'), 'post')).not.toBe(post);
    // Bluesky post ids (rkeys) are unique only per author.
    expect(pageIdentity(readingOf('post', 'bob', '1'), 'post')).not.toBe(post);
    expect(pageIdentity({ ...readingOf('post', 'alice', '1'), platform: 'bluesky' }, 'post')).not.toBe(post);
    expect(pageIdentity(readingOf('profile', 'alice', null), 'profile')).not.toBe(pageIdentity(readingOf('post', 'alice', '1'), 'post'));
  });

  it('is null for a reading that is not complete: a later reading of the same page may show more', () => {
    expect(pageIdentity(readingOf('profile', 'alice', null, false), 'profile')).toBeNull();
    expect(pageIdentity(readingOf('profile', null, null), 'profile')).toBeNull();
    expect(pageIdentity(readingOf('post', 'alice', '1', false), 'post')).toBeNull();
    expect(pageIdentity(readingOf('post', 'alice', null), 'post')).toBeNull();
    expect(pageIdentity(readingOf('profile', 'alice', null), 'post')).toBeNull();
  });
});

describe('runContentScript: a new URL that shows the page already reported', () => {
  /**
   * An adapter for pages where `/home` is no profile or post, `/status/<id>…` is a post and anything
   * else a profile, reading whatever the page shows (body data attributes), not the URL: as on the
   * real sites, the photo viewer, an ?img_index= or a #hash shows the same post or profile.
   */
  const pageAdapter: PlatformAdapter = {
    platform: 'x',
    hosts: ['localhost'],
    pageType: (url) => (url.pathname === '/home' ? 'other' : url.pathname.startsWith('/status/') ? 'post' : 'profile'),
    profileHandle: () => null,
    readySelector: () => null,
    extract: (doc, url) => {
      const { handle, post, complete } = doc.body.dataset;
      const type = pageAdapter.pageType(url);
      const { tookMs: _, ...reading } = readingOf(type, handle ?? null, type === 'post' ? (post ?? null) : null, complete !== 'no', url.href);
      return reading;
    },
  };

  let onLocationChange: ((event: { newUrl: URL }) => void) | undefined;
  let onInvalidated: Array<() => void> = [];
  const ctx = {
    onInvalidated: (cb: () => void) => void onInvalidated.push(cb),
    addEventListener: (_target: unknown, type: string, handler: (event: { newUrl: URL }) => void) => {
      if (type === 'wxt:locationchange') onLocationChange = handler;
    },
  } as unknown as ContentScriptContext;

  function show(page: { handle: string; post?: string; complete?: boolean }) {
    document.body.dataset.handle = page.handle;
    if (page.post) document.body.dataset.post = page.post;
    document.body.dataset.complete = page.complete === false ? 'no' : 'yes';
  }

  async function start(path: string) {
    history.replaceState(null, '', path);
    await runContentScript(ctx, pageAdapter);
    await vi.advanceTimersByTimeAsync(0);
  }

  async function navigate(path: string) {
    history.replaceState(null, '', path);
    onLocationChange!({ newUrl: new URL(location.href) });
    await vi.advanceTimersByTimeAsync(0);
  }

  const postsSeen = () => vi.mocked(sendRequest).mock.calls.filter(([type]) => type === 'postSeen').map(([, data]) => (data as { reading: Extraction }).reading.posts[0]?.id);
  const profilesShown = () => badge.show.mock.calls.map(([reading]) => (reading as Extraction).handle);

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    for (const fn of Object.values(badge)) fn.mockReset();
    badge.start.mockResolvedValue(undefined);
    badge.show.mockResolvedValue(undefined);
    vi.mocked(sendRequest).mockReset().mockResolvedValue({ kept: 'cache' });
    onLocationChange = undefined;
  });

  afterEach(() => {
    // What WXT does when a content script goes away: its listeners stop, its wait is aborted.
    for (const cb of onInvalidated) cb();
    onInvalidated = [];
    vi.useRealTimers();
    history.replaceState(null, '', '/');
    for (const key of Object.keys(document.body.dataset)) delete document.body.dataset[key];
  });

  it('does not send postSeen again for the photo viewer, ?img_index= or a #hash over the same post', async () => {
    show({ handle: 'alice', post: '1' });
    await start('/status/1');
    expect(postsSeen()).toEqual(['1']);
    await navigate('/status/1/photo/1');
    await navigate('/status/1?img_index=2');
    await navigate('/status/1?img_index=2#comments');
    expect(postsSeen()).toEqual(['1']);
    // Another post is reported.
    show({ handle: 'alice', post: '2' });
    await navigate('/status/2');
    expect(postsSeen()).toEqual(['1', '2']);
  });

  it('keeps the badge of the same profile as it is (no new show, no hide) on a new URL', async () => {
    show({ handle: 'alice' });
    await start('/alice');
    expect(profilesShown()).toEqual(['alice']);
    await navigate('/alice#about');
    await navigate('/Alice');
    expect(profilesShown()).toEqual(['alice']);
    expect(badge.hide).not.toHaveBeenCalled();
    expect(postsSeen()).toEqual([]);
    // Another profile gets its badge.
    show({ handle: 'bob' });
    await navigate('/bob');
    expect(profilesShown()).toEqual(['alice', 'bob']);
  });

  it('reports the page again when coming back to it after another page', async () => {
    show({ handle: 'alice' });
    await start('/alice');
    await navigate('/home');
    expect(badge.hide).toHaveBeenCalledTimes(1);
    await navigate('/alice');
    expect(profilesShown()).toEqual(['alice', 'alice']);

    show({ handle: 'alice', post: '1' });
    await navigate('/status/1');
    expect(badge.hide).toHaveBeenCalledTimes(2);
    show({ handle: 'alice' });
    await navigate('/alice');
    expect(profilesShown()).toEqual(['alice', 'alice', 'alice']);
    show({ handle: 'alice', post: '1' });
    await navigate('/status/1');
    expect(postsSeen()).toEqual(['1', '1']);
  });

  it('reports the same page again when the reading before was not complete', async () => {
    show({ handle: 'alice', complete: false });
    await start('/alice');
    // An incomplete reading is waited on, then shown as it is when the wait runs out.
    await vi.advanceTimersByTimeAsync(10_000);
    expect(profilesShown()).toEqual(['alice']);
    show({ handle: 'alice' });
    await navigate('/alice#about');
    expect(profilesShown()).toEqual(['alice', 'alice']);
    expect((badge.show.mock.calls[1]![0] as Extraction).counts.followers).toEqual(MEASURED);
    await navigate('/alice#more');
    expect(profilesShown()).toEqual(['alice', 'alice']);
  });
});
