import { emptyReading, type PlatformAdapter } from './adapter';

// Being written (issue 3): recognizes no page yet, so the content script and popup treat every
// Bluesky page as one they cannot read.
export const bluesky: PlatformAdapter = {
  platform: 'bluesky',
  hosts: ['bsky.app'],
  pageType: () => 'other',
  readySelector: () => null,
  extract: (doc, url) => emptyReading('bluesky', 'other', url, doc, 'Not supported yet.'),
};
