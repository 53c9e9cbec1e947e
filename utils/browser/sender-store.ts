// The user's own details for outreach messages (their name, email, job title, the brand and its
// website), kept in extension storage with the other small preferences (see ./preference.ts).
import { readSenderDetails, SenderDetailsSchema, type SenderDetails } from '@/utils/model/sender';
import { definePreference } from './preference';

const stored = definePreference('local:senderDetails.v1', { read: readSenderDetails });

/** Your details, used by the `sender.*` and `brand.*` template variables. */
export const senderDetails = {
  get: stored.get,
  async set(details: SenderDetails): Promise<SenderDetails> {
    const parsed = SenderDetailsSchema.parse(details);
    await stored.set(parsed);
    return parsed;
  },
  watch: stored.watch,
};
