import { emptyReading, type PlatformAdapter } from './adapter';

// Being written (issue 3): recognizes no page yet, so the content script and popup treat every
// TikTok page as one they cannot read.
export const tiktok: PlatformAdapter = {
  platform: 'tiktok',
  hosts: ['tiktok.com'],
  pageType: () => 'other',
  readySelector: () => null,
  extract: (doc, url) => emptyReading('tiktok', 'other', url, doc, 'Not supported yet.'),
};
