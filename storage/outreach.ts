import { addInteraction } from './creator-detail';
import { database } from './db';
import { createReminder } from './reminders';
import type { Interaction, Reminder } from '@/utils/model/schemas';

// Sending outreach: the message goes on the creator's timeline (which moves "last contacted"), and
// a follow-up reminder can wait on it. Logging a reply cancels that reminder (see addInteraction).

export const OUTREACH_CHANNELS = ['copy', 'email', 'platform'] as const;
export type OutreachChannel = (typeof OUTREACH_CHANNELS)[number];

export interface OutreachInput {
  creatorId: string;
  /** The template it was written from; null when written from scratch or from an unsaved starter. */
  templateId: string | null;
  channel: OutreachChannel;
  subject: string;
  body: string;
}

const MAX_TEXT = 20_000;

/** What goes on the timeline: the subject, a blank line, then the message. */
export function outreachText(subject: string, body: string): string {
  const text = [subject.trim(), body.trim()].filter(Boolean).join('\n\n');
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text;
}

/** Put a sent message on the creator's timeline, as an `outreach` entry with its template, channel and subject. */
export function logOutreach(input: OutreachInput, now: number): Promise<Interaction> {
  return addInteraction(
    input.creatorId,
    { type: 'outreach', at: now, text: outreachText(input.subject, input.body), details: { templateId: input.templateId, channel: input.channel, subject: input.subject.trim().slice(0, 500) } },
    now,
  );
}

/**
 * A reminder to follow up on an outreach at `dueAt`, tied to it (source `interaction`), so that a
 * reply logged before then cancels it. Call `requestReminderSync()` afterwards from a page.
 */
export async function scheduleFollowUp(creatorId: string, interactionId: string, dueAt: number, now: number): Promise<Reminder> {
  if (!Number.isSafeInteger(dueAt) || dueAt < 0) throw new Error('Choose the date to follow up on.');
  const db = database();
  const [creator, outreach] = await Promise.all([db.creators.get(creatorId), db.interactions.get(interactionId)]);
  if (!creator) throw new Error('This creator is no longer on your roster.');
  if (outreach && outreach.creatorId !== creatorId) throw new Error('This message was sent to someone else.');
  const subject = typeof outreach?.details.subject === 'string' ? outreach.details.subject : '';
  return createReminder(
    {
      creatorId,
      title: `Follow up with ${creator.displayName}`.slice(0, 300),
      dueAt,
      kind: 'follow_up',
      notes: subject ? `No reply yet to “${subject.slice(0, 200)}”.` : 'No reply yet to your message.',
      source: { type: 'interaction', id: interactionId },
    },
    now,
  );
}
