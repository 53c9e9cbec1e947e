// What a deliverable's stage and approval rounds allow, and the reminders it implies. Pure: the
// storage module applies these to the records.
import type { NewReminder } from '@/utils/model/views';
import type { Deliverable, DeliverableStage } from '@/utils/model/schemas';
import { deliverableLabel } from '@/utils/agreements/labels';
import { reminderTimeOn } from '@/utils/agreements/reminders';

export const STAGE_LABELS: Record<DeliverableStage, string> = {
  brief_sent: 'Brief sent',
  draft_received: 'Draft received',
  changes_requested: 'Changes requested',
  approved: 'Approved',
  published: 'Published',
  verified: 'Verified',
};

/** "Reel on Instagram", "3 × Story", with the description when there is one. */
export function deliverableTitle(d: Pick<Deliverable, 'type' | 'platform' | 'count' | 'description'>): string {
  const label = deliverableLabel(d);
  // Campaign deliverables moved from version 8 are all "Other": their description says what they are.
  if (d.type === 'other' && d.description.trim()) return d.description.trim();
  return label;
}

/** Rounds in which the brand asked for changes: what an agreement's approval-round limit counts. */
export function changeRoundsUsed(d: Pick<Deliverable, 'rounds'>): number {
  return d.rounds.filter((r) => r.outcome === 'changes_requested').length;
}

/** The draft waiting for a decision, if any (always the last round). */
export function pendingRound(d: Pick<Deliverable, 'rounds'>) {
  const last = d.rounds.at(-1);
  return last?.outcome === 'pending' ? last : null;
}

const rounds = (n: number) => `${n} round${n === 1 ? '' : 's'} of changes`;

/** "1 of 2 rounds of changes used": what the approvals panel shows next to the agreement's limit. */
export function roundLimitText(used: number, limit: number | null): string {
  if (limit === null) return `${rounds(used)} so far (no agreement sets a limit)`;
  return `${used} of ${rounds(limit)} used (the agreement's limit)`;
}

/** Why changes cannot be requested now, or null when they can. `limit` is the agreement's approval rounds (null without an agreement). */
export function requestChangesProblem(d: Pick<Deliverable, 'rounds'>, limit: number | null): string | null {
  if (!pendingRound(d)) return 'There is no draft waiting for a decision: record the draft the creator sent first.';
  const used = changeRoundsUsed(d);
  if (limit !== null && used >= limit) {
    return limit === 0
      ? 'The agreement allows no rounds of changes: approve this draft, or agree a round of changes with the creator and raise the limit in the agreement first.'
      : `The agreement allows ${rounds(limit)} and ${used === 1 ? 'it has' : 'all have'} been used: approve this draft, or agree another round with the creator and raise the limit in the agreement first.`;
  }
  return null;
}

/** Why a new draft cannot be recorded now, or null when it can. */
export function recordDraftProblem(d: Pick<Deliverable, 'rounds' | 'status'>): string | null {
  if (pendingRound(d)) return 'A draft is already waiting for a decision: request changes or approve it first.';
  if (d.status === 'approved' || d.status === 'published' || d.status === 'verified') return 'This deliverable is already approved.';
  return null;
}

/** Every deliverable reminder points back at its deliverable (`source`), which is how it is found again. */
export function remindersForDeliverable(d: Deliverable, creatorName: string): NewReminder[] {
  const source = { type: 'deliverable' as const, id: d.id };
  const what = deliverableTitle(d);
  const reminders: NewReminder[] = [];
  if (d.draftDueAt !== null && d.status === 'brief_sent') {
    reminders.push({ creatorId: d.creatorId, kind: 'deliverable', title: clip(`Draft of ${what} due from ${creatorName}`), dueAt: reminderTimeOn(d.draftDueAt), source });
  }
  const last = d.rounds.at(-1);
  if (d.status === 'changes_requested' && last?.resubmitDueAt != null) {
    reminders.push({
      creatorId: d.creatorId,
      kind: 'deliverable',
      title: clip(`Changed draft of ${what} due from ${creatorName} (round ${last.number + 1})`),
      dueAt: reminderTimeOn(last.resubmitDueAt),
      notes: clip(`Changes asked for: ${last.feedback}`, 2000),
      source,
    });
  }
  // An agreement's deliverable gets its publish reminder from the agreement (its line's due date).
  if (d.agreementId === null && d.publishDueAt !== null && STAGE_ORDER[d.status] < STAGE_ORDER.published) {
    reminders.push({ creatorId: d.creatorId, kind: 'deliverable', title: clip(`${what} due for ${creatorName}`), dueAt: reminderTimeOn(d.publishDueAt), source });
  }
  return reminders;
}

export const STAGE_ORDER: Record<DeliverableStage, number> = {
  brief_sent: 0,
  draft_received: 1,
  changes_requested: 2,
  approved: 3,
  published: 4,
  verified: 5,
};

/** Due and not yet published: what the calendar marks as overdue. */
export function isOverdue(d: Pick<Deliverable, 'status' | 'publishDueAt'>, startOfToday: number): boolean {
  return d.publishDueAt !== null && d.publishDueAt < startOfToday && STAGE_ORDER[d.status] < STAGE_ORDER.published;
}

function clip(text: string, max = 300): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
