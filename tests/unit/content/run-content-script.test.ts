import { afterEach, describe, expect, it, vi } from 'vitest';
import { readWhenReady } from '@/utils/content/run-content-script';
import { emptyReading, type PlatformAdapter } from '@/utils/extract/adapter';

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
