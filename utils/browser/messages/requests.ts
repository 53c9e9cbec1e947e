import * as z from 'zod/mini';
import { ExtractionSchema } from '@/utils/model/reading';
import { ReadPageRequest } from './read-page';

// The schema of every request of the message protocol (utils/messaging.ts). Kept apart from the
// sending side so that content scripts, which only send these, do not carry them: a content script
// receives only `readPage`, and checks it with a few lines of its own (EmptyRequest in
// components/content/serve-readings.ts, tested to agree with ./read-page.ts) so that it carries no zod.


export const REQUESTS = {
  /** Popup → content script: read the page now. */
  readPage: ReadPageRequest,
  /** Popup or content script → background: save the profile read from a page. */
  saveProfile: z.object({ reading: ExtractionSchema }),
  /** Popup or content script → background: is this account on the roster? */
  accountState: z.object({ accountId: z.string().check(z.minLength(3), z.maxLength(200)) }),
  /** Content script or popup → background: a profile was read; record the visit if saved, and score it. */
  profileSeen: z.object({ reading: ExtractionSchema }),
  /** Content script → background: a post page was read; keep its metrics for its author. */
  postSeen: z.object({ reading: ExtractionSchema }),
  /** Content script → background: roster state of the creators a feed shows (for their chips). */
  feedStates: z.object({ accountIds: z.array(z.string().check(z.minLength(3), z.maxLength(200))).check(z.maxLength(100)) }),
  /** Content script → background: posts read in a feed, as one post-page reading per card. */
  feedSeen: z.object({ readings: z.array(ExtractionSchema).check(z.minLength(1), z.maxLength(50)) }),
  /** Popup → content script: how the feed reader fares on this page (paused when the site changed). */
  feedHealth: z.strictObject({}),
  /** Content script → background: open the roster (at a creator). */
  openRoster: z.object({ creatorId: z.nullable(z.string().check(z.maxLength(200))) }),
  /** Content script → background: open the brand profile (the fit has no criteria yet). */
  openBrandProfile: z.strictObject({}),
  /** Content script → background: the link a context menu is about to be shown for. */
  contextTarget: z.object({ url: z.string().check(z.maxLength(2000)) }),
  /** Popup → background: status, tags and a note for a creator just saved. */
  quickEdit: z.object({
    creatorId: z.string().check(z.minLength(1), z.maxLength(200)),
    status: z.optional(z.string().check(z.minLength(1), z.maxLength(60))),
    tags: z.optional(z.array(z.string().check(z.maxLength(60))).check(z.maxLength(100))),
    note: z.optional(z.string().check(z.maxLength(20_000))),
  }),
  /** Popup → background: creators whose name or handle contains the query. */
  searchRoster: z.object({ query: z.string().check(z.maxLength(100)) }),
  /** Popup → background: pending reminders due by `until` (the end of the user's day). */
  dueReminders: z.object({ until: z.number().check(z.nonnegative()) }),
  /** Popup → background: the creator's deliverables the post on the page could be (`postId` is `platform:id`). */
  postDeliverables: z.object({ creatorId: z.string().check(z.minLength(1), z.maxLength(200)), postId: z.string().check(z.minLength(3), z.maxLength(200)) }),
  /** Popup or feed chip → background: link the post read on the page (or a feed card) to a deliverable, and fill the campaign's results. */
  linkPost: z.object({ deliverableId: z.string().check(z.minLength(1), z.maxLength(200)), reading: ExtractionSchema }),
  /** Extension page → background: reminders changed; re-create the alarms that make them fire. */
  syncReminders: z.strictObject({}),
} as const;

export type RequestType = keyof typeof REQUESTS;
export type RequestData<K extends RequestType> = z.infer<(typeof REQUESTS)[K]>;
