import { emptyReading, type PlatformAdapter } from './adapter';

// Being written (issue 3): recognizes no page yet, so the content script and popup treat every
// YouTube page as one they cannot read.
export const youtube: PlatformAdapter = {
  platform: 'youtube',
  hosts: ['youtube.com'],
  pageType: () => 'other',
  readySelector: () => null,
  extract: (doc, url) => emptyReading('youtube', 'other', url, doc, 'Not supported yet.'),
};
