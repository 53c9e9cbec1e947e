import { describe, expect, it } from 'vitest';
import { ADAPTERS, adapterForUrl } from '@/utils/platforms/adapters';
import { listFixtures } from '../../../../helpers/fixtures';

// URL detection in both directions: every real page's URL is recognized by its own platform's
// adapter, as its own page type, and by no other adapter.

const fixtures = listFixtures();

describe.each(fixtures.map((f) => [f.name, f] as const))('%s', (_name, fixture) => {
  const url = new URL(fixture.meta.url);

  it('matches exactly one platform and page type', () => {
    const claims = ADAPTERS.map((a) => [a.platform, a.pageType(url)] as const).filter(([, type]) => type !== 'other');
    // A feed page (a home grid) is neither a profile nor a post: no adapter claims it.
    const type = fixture.meta.groundTruth.pageType ?? 'profile';
    expect(claims).toEqual(type === 'other' ? [] : [[fixture.platform, type]]);
    expect(adapterForUrl(url)?.platform).toBe(fixture.platform);
  });
});

describe('every adapter', () => {
  const sample = {
    instagram: 'https://www.instagram.com/nasa/',
    tiktok: 'https://www.tiktok.com/@illojuan',
    youtube: 'https://www.youtube.com/@kurzgesagt',
    x: 'https://x.com/Kikobeats',
    bluesky: 'https://bsky.app/profile/stephenking.bsky.social',
  } as const;

  it.each(ADAPTERS.map((a) => [a.platform, a] as const))('%s ignores the other platforms’ pages', (platform, adapter) => {
    for (const [other, href] of Object.entries(sample)) {
      if (other === platform) expect(adapter.pageType(new URL(href))).toBe('profile');
      else expect(adapter.pageType(new URL(href)), href).toBe('other');
    }
  });

  it('leaves sites it does not support alone', () => {
    for (const href of ['https://example.com/@someone', 'https://www.facebook.com/nasa', 'https://instagram.com.evil.example/nasa/']) {
      expect(adapterForUrl(new URL(href))).toBeNull();
    }
  });
});
