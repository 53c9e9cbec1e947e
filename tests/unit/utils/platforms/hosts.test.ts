import { describe, expect, it } from 'vitest';
import { isSupportedUrl } from '@/utils/platforms/hosts';

// One answer to "is this one of our sites?" for the popup (what it offers on a tab) and the
// background (which senders are our content scripts), the same as the host patterns match.
describe('isSupportedUrl', () => {
  it('accepts each site, bare or on any subdomain, over https', () => {
    for (const href of [
      'https://www.instagram.com/pluto__travel/',
      'https://www.tiktok.com/@illojuan',
      'https://m.youtube.com/@kurzgesagt',
      'https://x.com/Kikobeats',
      'https://mobile.twitter.com/Kikobeats',
      'https://bsky.app/profile/stephenking.bsky.social',
      'https://a.b.instagram.com/',
    ]) {
      expect(isSupportedUrl(href), href).toBe(true);
    }
  });

  it('refuses other sites, look-alike hosts, plain http and what is not an address', () => {
    for (const href of [
      'https://evil.example/',
      'https://instagram.com.evil.example/',
      'https://notinstagram.com/',
      'https://x.com.evil.example/',
      'http://www.instagram.com/',
      'chrome://extensions/',
      'not a url',
      '',
    ]) {
      expect(isSupportedUrl(href), href).toBe(false);
    }
  });
});
