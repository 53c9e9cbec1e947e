import { emptyReading, type PlatformAdapter } from './adapter';

// Being written (issue 3): recognizes no page yet, so the content script and popup treat every
// X page as one they cannot read.
export const x: PlatformAdapter = {
  platform: 'x',
  hosts: ['x.com', 'twitter.com'],
  pageType: () => 'other',
  readySelector: () => null,
  extract: (doc, url) => emptyReading('x', 'other', url, doc, 'Not supported yet.'),
};
