import type { Extraction } from '@/utils/model/reading';
import { allMissing } from '@/utils/model/reading-fields';

/** A profile reading as the Instagram content script produces it for the Pluto fixture. */
export function plutoReading(overrides: Partial<Extraction> = {}): Extraction {
  const counts = allMissing('Instagram does not show this on a profile.');
  counts.followers = { value: 2362, precision: 1, source: 'meta' };
  counts.following = { value: 136, precision: 1, source: 'meta' };
  counts.posts = { value: 224, precision: 1, source: 'meta' };
  return {
    platform: 'instagram',
    pageType: 'profile',
    url: 'https://www.instagram.com/pluto__travel/',
    handle: 'pluto__travel',
    displayName: { value: 'Pluto', source: 'meta' },
    bio: { value: 'Home of travel', source: 'meta' },
    verified: null,
    language: 'en',
    counts,
    posts: [],
    tookMs: 0.4,
    ...overrides,
  };
}
