import { defineContentScript } from 'wxt/utils/define-content-script';
import { serveReadings } from '@/utils/content/serve-readings';
import { instagram } from '@/utils/extract/instagram';

export default defineContentScript({
  matches: ['https://www.instagram.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    serveReadings(ctx, instagram);
  },
});
