// The user's own details for outreach messages (their name, email, job title, the brand and its
// website), kept in extension storage with the other small preferences (see ./brand-profile-store.ts).
import { browser } from 'wxt/browser';
import { readSenderDetails, SenderDetailsSchema, type SenderDetails } from '@/utils/model/sender';

export { EMPTY_SENDER, readSenderDetails, SenderDetailsSchema, senderProblems, type SenderDetails } from '@/utils/model/sender';

const SENDER_KEY = 'senderDetails.v1';

/** Your details, used by the `sender.*` and `brand.*` template variables. */
export const senderDetails = {
  async get(): Promise<SenderDetails> {
    return readSenderDetails((await browser.storage.local.get(SENDER_KEY))[SENDER_KEY]);
  },
  async set(details: SenderDetails): Promise<SenderDetails> {
    const parsed = SenderDetailsSchema.parse(details);
    await browser.storage.local.set({ [SENDER_KEY]: parsed });
    return parsed;
  },
  watch(onChange: (details: SenderDetails) => void): () => void {
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && SENDER_KEY in changes) onChange(readSenderDetails(changes[SENDER_KEY]?.newValue));
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  },
};
