import { describe, expect, it } from 'vitest';
import { profileUrlFor } from '@/utils/csv/accounts';
import { PLATFORMS } from '@/utils/model/reading-fields';
import { ADAPTERS, adapterForUrl } from '@/utils/platforms/adapters';
import { isPlatformUrl, isSupportedUrl, SUPPORTED_HOST_PATTERNS } from '@/utils/platforms/hosts';
import { SITES } from '@/utils/platforms/sites';

// Each platform's facts live in its folder (utils/platforms/<name>/site.ts) and everything else reads
// them: these checks hold the facts and the adapters to each other, so a sixth platform added in
// one folder cannot half-work.
describe('platform facts', () => {
  it('list the platforms once, in one order, each with its adapter', () => {
    expect([...PLATFORMS]).toEqual(['instagram', 'tiktok', 'youtube', 'x', 'bluesky']);
    expect(SITES.map((s) => s.platform)).toEqual([...PLATFORMS]);
    expect(ADAPTERS.map((a) => a.platform)).toEqual([...PLATFORMS]);
  });

  it('ask for exactly the hosts of the sites, and no more', () => {
    expect(SUPPORTED_HOST_PATTERNS).toEqual([
      'https://*.instagram.com/*',
      'https://*.tiktok.com/*',
      'https://*.youtube.com/*',
      'https://*.x.com/*',
      'https://*.twitter.com/*',
      'https://*.bsky.app/*',
    ]);
  });

  it('build profile addresses that the platform’s own adapter reads back as that profile', () => {
    // A handle each site takes: Bluesky's look like a domain, X's have no dots.
    const handles: Record<string, string> = { bluesky: 'analima.bsky.social' };
    for (const site of SITES) {
      const handle = handles[site.platform] ?? 'analima';
      const url = profileUrlFor(site.platform, handle);
      expect(isSupportedUrl(url), url).toBe(true);
      expect(isPlatformUrl(site.platform, url), url).toBe(true);
      const adapter = adapterForUrl(new URL(url));
      expect(adapter?.platform, url).toBe(site.platform);
      expect(adapter?.pageType(new URL(url)), url).toBe('profile');
      expect(adapter?.profileHandle(new URL(url)), url).toBe(handle);
    }
  });

  it('run each content script only on its own platform’s hosts', () => {
    for (const site of SITES) {
      for (const match of site.contentMatches) {
        const sample = match.replace('*', 'page');
        expect(isPlatformUrl(site.platform, sample), match).toBe(true);
        for (const other of SITES.filter((s) => s !== site)) expect(isPlatformUrl(other.platform, sample), `${match} on ${other.platform}`).toBe(false);
      }
    }
  });
});
