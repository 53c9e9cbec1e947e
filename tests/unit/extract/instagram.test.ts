import { describe, expect, it } from 'vitest';
import { instagram } from '@/utils/extract/instagram';
import { parsePage } from '../../helpers/fixtures';

function page(head: string, url = 'https://www.instagram.com/someone/') {
  return { doc: parsePage(`<!doctype html><html lang="en"><head>${head}</head><body></body></html>`, url), url: new URL(url) };
}

describe('instagram.pageType', () => {
  it.each([
    ['https://www.instagram.com/pluto__travel/', 'profile'],
    ['https://www.instagram.com/pluto__travel', 'profile'],
    ['https://instagram.com/nasa/?hl=es', 'profile'],
    ['https://www.instagram.com/p/CPeC-Eenc8l/', 'post'],
    ['https://www.instagram.com/reel/C1a2b3c4d5/', 'post'],
    ['https://www.instagram.com/willyrex/p/CPeC-Eenc8l/', 'post'],
    ['https://www.instagram.com/explore/', 'other'],
    ['https://www.instagram.com/accounts/login/', 'other'],
    ['https://www.instagram.com/', 'other'],
    ['https://www.instagram.com/direct/inbox/', 'other'],
    ['https://www.tiktok.com/@illojuan', 'other'],
  ])('%s is a %s page', (href, type) => {
    expect(instagram.pageType(new URL(href))).toBe(type);
  });
});

describe('instagram.extract', () => {
  it('reads a localized page by position, with the page language', () => {
    const { doc, url } = page(
      `<meta property="og:description" content="1,2 mil seguidores, 310 seguidos, 45 publicaciones - Ver fotos y videos de Instagram de Ana (@someone)">`,
    );
    doc.documentElement.lang = 'es';
    const reading = instagram.extract(doc, url);
    expect(reading.counts.followers).toEqual({ value: 1200, precision: 100, source: 'meta' });
    expect(reading.counts.following).toEqual({ value: 310, precision: 1, source: 'meta' });
    expect(reading.counts.posts).toEqual({ value: 45, precision: 1, source: 'meta' });
  });

  it('reports counts it cannot find as missing with a reason, never as 0', () => {
    const { doc, url } = page('<title>Instagram</title>');
    const reading = instagram.extract(doc, url);
    expect(reading.pageType).toBe('profile');
    expect(reading.handle).toBe('someone');
    for (const key of ['followers', 'following', 'posts'] as const) {
      expect(reading.counts[key]).toEqual({ missing: expect.stringMatching(/did not show/) });
    }
    expect(reading.displayName).toEqual({ missing: expect.any(String) });
  });

  it('keeps hostile page text as plain text', () => {
    const { doc, url } = page(
      `<meta property="og:title" content="&lt;img src=x onerror=alert(1)&gt; (@someone) • Instagram photos and videos">` +
        `<meta name="description" content='1 Followers, 1 Following, 1 Posts - x (@someone) on Instagram: "&lt;script&gt;alert(1)&lt;/script&gt;"'>`,
    );
    const reading = instagram.extract(doc, url);
    expect(reading.displayName).toEqual({ value: '<img src=x onerror=alert(1)>', source: 'meta' });
    expect(reading.bio).toEqual({ value: '<script>alert(1)</script>', source: 'meta' });
  });

  it('reads nothing on a page that is not a profile', () => {
    const { doc, url } = page('', 'https://www.instagram.com/explore/');
    const reading = instagram.extract(doc, url);
    expect(reading.pageType).toBe('other');
    expect(reading.handle).toBeNull();
  });
});
