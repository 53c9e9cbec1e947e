import * as z from 'zod/mini';

/** Popup → content script: read the page now. Carries nothing; anything else is refused. */
export const ReadPageRequest = z.strictObject({});
