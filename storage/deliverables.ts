import { planReminderSync } from '@/utils/agreements/reminder-plan';
import { deliverableTitle, recordDraftProblem, remindersForDeliverable, requestChangesProblem } from '@/utils/deliverables/rules';
import { syncAgreementReminders } from './agreements';
import { addInteraction } from './creator-detail';
import { database, type CreatorScoutDB } from './db';
import { InvalidFieldError } from '@/utils/model/errors';
import { cancelReminder, createReminder, updateReminder } from './reminders';
import { AgreementSchema, DeliverableSchema, type Agreement, type ApprovalRound, type Deliverable, type DeliverableStage, type Reminder } from '@/utils/model/schemas';

// Deliverables: one record per piece of content a creator makes, shared by agreements and campaigns
// (version 8). The only place that writes them. Every change that can move a due date brings the
// deliverable's reminders (draft due, changed draft due, publish due) in line in the same
// transaction; extension pages then call requestReminderSync() so the alarms follow.

const tables = (db: CreatorScoutDB) => [db.deliverables, db.agreements, db.creators, db.reminders, db.interactions];

async function getDeliverable(db: CreatorScoutDB, id: string): Promise<Deliverable> {
  const d = await db.deliverables.get(id);
  if (!d) throw new Error('This deliverable no longer exists: it may have been deleted in another tab.');
  return d;
}

/** Bring the reminders this deliverable set in line with what it implies now (all cancelled once it is gone). */
export async function syncDeliverableReminders(deliverableId: string, now: number): Promise<void> {
  const db = database();
  await db.transaction('rw', [db.deliverables, db.creators, db.reminders], async () => {
    const d = await db.deliverables.get(deliverableId);
    const mine = (r: { source: { type: string; id: string | null } }) => r.source.type === 'deliverable' && r.source.id === deliverableId;
    const existing = d ? (await db.reminders.where('creatorId').equals(d.creatorId).toArray()).filter(mine) : await db.reminders.filter(mine).toArray();
    const creator = d ? await db.creators.get(d.creatorId) : undefined;
    const wanted = d ? remindersForDeliverable(d, creator?.displayName ?? 'the creator') : [];
    const plan = planReminderSync(wanted, existing);
    for (const reminder of plan.create) await createReminder(reminder, now);
    for (const { id, patch } of plan.update) await updateReminder(id, patch, now);
    for (const id of plan.cancel) await cancelReminder(id, now);
  });
}

async function put(db: CreatorScoutDB, next: Deliverable, now: number): Promise<Deliverable> {
  const saved = DeliverableSchema.parse({ ...next, updatedAt: now });
  await db.deliverables.put(saved);
  await syncDeliverableReminders(saved.id, now);
  return saved;
}

function blank(patch: Pick<Deliverable, 'id' | 'creatorId' | 'campaignId' | 'agreementId'> & Partial<Deliverable>, now: number): Deliverable {
  return {
    type: 'other',
    platform: null,
    count: 1,
    description: '',
    draftDueAt: null,
    publishDueAt: null,
    status: 'brief_sent',
    rounds: [],
    postUrl: '',
    postId: null,
    publishedAt: null,
    verifiedAt: null,
    createdAt: now,
    updatedAt: now,
    ...patch,
  };
}

/** A deliverable has a history once a draft came in or it moved past the brief: it is never dropped silently. */
const hasHistory = (d: Deliverable) => d.rounds.length > 0 || d.status !== 'brief_sent' || d.postUrl !== '';

/**
 * Called by saveAgreement inside its transaction: each of the agreement's lines is one deliverable
 * record with the line's id. New lines get a record, changed lines update theirs (type, platform,
 * count, notes, publish due date, campaign), removed lines lose theirs — unless a draft, approval or
 * post is recorded on it, which refuses the save (nothing is lost).
 */
export async function syncAgreementDeliverables(agreement: Agreement, now: number): Promise<void> {
  const db = database();
  const existing = await db.deliverables.where('agreementId').equals(agreement.id).toArray();
  const lines = new Map(agreement.terms.deliverables.map((line) => [line.id, line]));
  const removed = existing.filter((d) => !lines.has(d.id));
  const kept = removed.filter(hasHistory);
  if (kept.length > 0) {
    throw new InvalidFieldError([
      {
        field: 'deliverables',
        message: `Deliverables: “${deliverableTitle(kept[0]!)}” has drafts, approvals or a post recorded, so it cannot be removed from the agreement. Put it back, or keep it and change its details.`,
      },
    ]);
  }
  await db.deliverables.bulkDelete(removed.map((d) => d.id));
  for (const d of removed) await syncDeliverableReminders(d.id, now);
  const byId = new Map(existing.map((d) => [d.id, d]));
  for (const line of agreement.terms.deliverables) {
    const base = byId.get(line.id) ?? blank({ id: line.id, creatorId: agreement.creatorId, campaignId: agreement.campaignId, agreementId: agreement.id }, now);
    const next = { ...base, type: line.type, platform: line.platform, count: line.count, description: line.notes, publishDueAt: line.dueAt, campaignId: agreement.campaignId };
    if (JSON.stringify(next) !== JSON.stringify(base) || !byId.has(line.id)) await put(db, next, now);
  }
}

export interface DeliverableRow {
  deliverable: Deliverable;
  creatorName: string | null;
  campaignName: string | null;
  agreementTitle: string | null;
  /** The agreement's approval-round limit; null without an agreement. */
  roundLimit: number | null;
}

/** Every deliverable with who, which campaign and agreement (for the calendar and the approvals panel). */
export async function listDeliverables(): Promise<DeliverableRow[]> {
  const db = database();
  return db.transaction('r', [db.deliverables, db.creators, db.campaigns, db.agreements], async () => {
    const all = await db.deliverables.toArray();
    const [creators, campaigns, agreements] = await Promise.all([db.creators.toArray(), db.campaigns.toArray(), db.agreements.toArray()]);
    const names = new Map(creators.map((c) => [c.id, c.displayName]));
    const campaignNames = new Map(campaigns.map((c) => [c.id, c.name]));
    const agreementById = new Map(agreements.map((a) => [a.id, a]));
    return all.map((deliverable) => {
      const agreement = deliverable.agreementId ? agreementById.get(deliverable.agreementId) : undefined;
      return {
        deliverable,
        creatorName: names.get(deliverable.creatorId) ?? null,
        campaignName: deliverable.campaignId ? (campaignNames.get(deliverable.campaignId) ?? null) : null,
        agreementTitle: agreement?.title ?? null,
        roundLimit: agreement ? agreement.terms.approvalRounds : null,
      };
    });
  });
}

/** A campaign creator's deliverables (their own and their agreements' for this campaign), oldest first. */
export async function memberDeliverables(campaignId: string, creatorId: string): Promise<Deliverable[]> {
  const list = await database().deliverables.where('campaignId').equals(campaignId).toArray();
  return list.filter((d) => d.creatorId === creatorId).sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
}

export interface MemberDeliverableInput {
  id: string;
  description: string;
  status: DeliverableStage;
  postUrl: string;
  publishDueAt: number | null;
}

/**
 * The campaign screen's list of a creator's deliverables: new rows are created, changed rows
 * updated, rows left out are deleted — except an agreement's (removed from the agreement instead).
 * Throws InvalidFieldError with fields `deliverables.N.field` relative to the list.
 */
export async function saveMemberDeliverables(campaignId: string, creatorId: string, rows: MemberDeliverableInput[], now: number): Promise<void> {
  const db = database();
  await db.transaction('rw', [...tables(db), db.campaigns], async () => {
    const existing = await memberDeliverables(campaignId, creatorId);
    const byId = new Map(existing.map((d) => [d.id, d]));
    const problems: { field: string; message: string }[] = [];
    const next = rows.map((row, i) => {
      const base = byId.get(row.id) ?? blank({ id: row.id, creatorId, campaignId, agreementId: null }, now);
      const candidate = { ...base, description: row.description.trim(), status: row.status, postUrl: row.postUrl.trim(), publishDueAt: row.publishDueAt };
      const parsed = DeliverableSchema.safeParse(candidate);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          const key = String(issue.path[0]);
          const message = key === 'postUrl' ? 'Post link: paste the full address of the post, starting with https://.' : key === 'description' ? 'Description: keep it under 300 characters.' : issue.message;
          problems.push({ field: `deliverables.${i}.${key}`, message });
        }
      }
      return candidate;
    });
    if (problems.length > 0) throw new InvalidFieldError(problems);
    const keep = new Set(rows.map((r) => r.id));
    for (const d of existing) {
      if (keep.has(d.id)) continue;
      if (d.agreementId) throw new Error(`“${deliverableTitle(d)}” belongs to an agreement: remove it from the agreement instead.`);
      await db.deliverables.delete(d.id);
      await syncDeliverableReminders(d.id, now);
    }
    for (const d of next) {
      const before = byId.get(d.id);
      if (!before || JSON.stringify(before) !== JSON.stringify(d)) await put(db, d, now);
    }
  });
}

/**
 * Move a deliverable's publish due date (the calendar's drag or keyboard move), and set its draft
 * due date when given. An agreement's deliverable moves its line in the agreement too, and the
 * agreement's reminder with it.
 */
export async function moveDeliverable(deliverableId: string, publishDueAt: number | null, now: number, draftDueAt?: number | null): Promise<Deliverable> {
  const db = database();
  return db.transaction('rw', tables(db), async () => {
    const d = await getDeliverable(db, deliverableId);
    const saved = await put(db, { ...d, publishDueAt, ...(draftDueAt !== undefined && { draftDueAt }) }, now);
    if (d.agreementId && d.publishDueAt !== publishDueAt) {
      const agreement = await db.agreements.get(d.agreementId);
      if (agreement) {
        const lines = agreement.terms.deliverables.map((line) => (line.id === d.id ? { ...line, dueAt: publishDueAt } : line));
        await db.agreements.put(AgreementSchema.parse({ ...agreement, terms: { ...agreement.terms, deliverables: lines }, updatedAt: now }));
        await syncAgreementReminders(agreement.id, now);
      }
    }
    return saved;
  });
}

async function logOnTimeline(d: Deliverable, text: string, round: number, now: number): Promise<void> {
  if (!(await database().creators.get(d.creatorId))) return;
  const details = { deliverableId: d.id, round, ...(d.agreementId ? { agreementId: d.agreementId } : {}), ...(d.campaignId ? { campaignId: d.campaignId } : {}) };
  await addInteraction(d.creatorId, { type: d.agreementId ? 'agreement' : 'campaign', at: now, text: text.slice(0, 20_000), details }, now);
}

const limitOf = async (db: CreatorScoutDB, d: Deliverable) => (d.agreementId ? ((await db.agreements.get(d.agreementId))?.terms.approvalRounds ?? null) : null);

/** The creator sent a draft: a new round waiting for a decision. */
export async function recordDraft(deliverableId: string, draft: { draftUrl: string; draftNotes: string }, now: number): Promise<Deliverable> {
  const db = database();
  return db.transaction('rw', tables(db), async () => {
    const d = await getDeliverable(db, deliverableId);
    const problem = recordDraftProblem(d);
    if (problem) throw new Error(problem);
    const draftUrl = draft.draftUrl.trim();
    if (draftUrl && !URL.canParse(draftUrl)) throw new InvalidFieldError([{ field: 'draftUrl', message: 'Draft link: paste the full address, starting with https://, or leave it empty and describe the draft in the notes.' }]);
    if (!draftUrl && !draft.draftNotes.trim()) throw new InvalidFieldError([{ field: 'draftUrl', message: 'Draft: paste a link to the draft or write what was sent.' }]);
    const round: ApprovalRound = { number: d.rounds.length + 1, receivedAt: now, draftUrl, draftNotes: draft.draftNotes.trim(), outcome: 'pending', feedback: '', decidedAt: null, resubmitDueAt: null };
    const saved = await put(db, { ...d, status: 'draft_received', rounds: [...d.rounds, round] }, now);
    await logOnTimeline(saved, `Draft ${round.number} of ${deliverableTitle(d)} received${draftUrl ? `: ${draftUrl}` : ''}.`, round.number, now);
    return saved;
  });
}

/**
 * Ask for changes on the waiting draft: the note goes on the timeline and a reminder is set for the
 * changed draft. Refused, with the reason, when the agreement's rounds of changes are used up.
 */
export async function requestChanges(deliverableId: string, request: { feedback: string; resubmitDueAt: number }, now: number): Promise<Deliverable> {
  const db = database();
  return db.transaction('rw', tables(db), async () => {
    const d = await getDeliverable(db, deliverableId);
    const problem = requestChangesProblem(d, await limitOf(db, d));
    if (problem) throw new Error(problem);
    const feedback = request.feedback.trim();
    if (!feedback) throw new InvalidFieldError([{ field: 'feedback', message: 'Changes: write what the creator should change.' }]);
    const rounds = d.rounds.map((r, i) => (i === d.rounds.length - 1 ? { ...r, outcome: 'changes_requested' as const, feedback, decidedAt: now, resubmitDueAt: request.resubmitDueAt } : r));
    const saved = await put(db, { ...d, status: 'changes_requested', rounds }, now);
    await logOnTimeline(saved, `Changes requested on draft ${rounds.length} of ${deliverableTitle(d)}: ${feedback}`, rounds.length, now);
    return saved;
  });
}

/** Approve the waiting draft; the reminders for drafts are done with. */
export async function approveDraft(deliverableId: string, note: string, now: number): Promise<Deliverable> {
  const db = database();
  return db.transaction('rw', tables(db), async () => {
    const d = await getDeliverable(db, deliverableId);
    if (d.rounds.at(-1)?.outcome !== 'pending') throw new Error('There is no draft waiting for a decision: record the draft the creator sent first.');
    const rounds = d.rounds.map((r, i) => (i === d.rounds.length - 1 ? { ...r, outcome: 'approved' as const, feedback: note.trim(), decidedAt: now } : r));
    const saved = await put(db, { ...d, status: 'approved', rounds }, now);
    await logOnTimeline(saved, `Draft ${rounds.length} of ${deliverableTitle(d)} approved.${note.trim() ? ` ${note.trim()}` : ''}`, rounds.length, now);
    return saved;
  });
}

export interface CalendarData {
  deliverables: DeliverableRow[];
  agreements: Agreement[];
  reminders: Reminder[];
  creatorNames: Map<string, string>;
  campaignNames: Map<string, string>;
}

/** What the content calendar shows, read in one transaction. */
export async function loadCalendarData(): Promise<CalendarData> {
  const db = database();
  return db.transaction('r', [db.deliverables, db.creators, db.campaigns, db.agreements, db.reminders], async () => {
    const [deliverables, agreements, reminders, creators, campaigns] = await Promise.all([
      listDeliverables(),
      db.agreements.toArray(),
      db.reminders.where('[status+dueAt]').between(['pending', 0], ['pending', Infinity]).toArray(),
      db.creators.toArray(),
      db.campaigns.toArray(),
    ]);
    return {
      deliverables,
      agreements,
      reminders,
      creatorNames: new Map(creators.map((c) => [c.id, c.displayName])),
      campaignNames: new Map(campaigns.map((c) => [c.id, c.name])),
    };
  });
}
