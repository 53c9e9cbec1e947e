import { agreementProblems } from '@/utils/agreements/validation';
import type { AgreementInput } from '@/utils/agreements/draft';
import type { AgreementStatus } from '@/utils/agreements/labels';
import { planReminderSync } from '@/utils/agreements/reminder-plan';
import { remindersFor } from '@/utils/agreements/reminders';
import { canMoveTo, isActive, statusEventText } from '@/utils/agreements/status';
import { addInteraction } from './creator-detail';
import { syncAgreementDeliverables } from './deliverables';
import { InvalidFieldError } from '@/utils/model/errors';
import { database } from './db';
import { newId } from '@/utils/model/ids';
import { cancelReminder, createReminder, updateReminder } from './reminders';
import { AgreementSchema, type Account, type Agreement, type Campaign, type Creator, type Reminder } from '@/utils/model/schemas';

// Agreements: what was agreed with a creator (deliverables, timeline, fee and payments, usage
// rights…), its lifecycle, and the reminders it implies. Every change to an agreement brings its
// reminders in line in the same transaction; the page then asks the background to reschedule alarms.

export interface AgreementRow {
  agreement: Agreement;
  creatorName: string | null;
  campaignName: string | null;
  /** The earliest pending reminder this agreement set (a deliverable, payment or rights end). */
  nextDueAt: number | null;
}

const fromAgreement = (agreementId: string) => (r: Reminder) => r.source.type === 'agreement' && r.source.id === agreementId;

/** Every agreement, most recently changed first, with who it is with and what is due next. */
export async function listAgreements(): Promise<AgreementRow[]> {
  const db = database();
  return db.transaction('r', [db.agreements, db.creators, db.campaigns, db.reminders], async () => {
    const agreements = await db.agreements.toArray();
    const [creators, campaigns, reminders] = await Promise.all([
      db.creators.bulkGet([...new Set(agreements.map((a) => a.creatorId))]),
      db.campaigns.bulkGet([...new Set(agreements.flatMap((a) => (a.campaignId ? [a.campaignId] : [])))]),
      // Pending ones through the index, filtered here: a Dexie .filter() would walk a cursor instead.
      db.reminders
        .where('[status+dueAt]')
        .between(['pending', 0], ['pending', Infinity])
        .toArray()
        .then((pending) => pending.filter((r) => r.source.type === 'agreement')),
    ]);
    const names = new Map(creators.flatMap((c) => (c ? [[c.id, c.displayName] as const] : [])));
    const campaignNames = new Map(campaigns.flatMap((c) => (c ? [[c.id, c.name] as const] : [])));
    const next = new Map<string, number>();
    for (const r of reminders) if (r.source.id && r.dueAt < (next.get(r.source.id) ?? Infinity)) next.set(r.source.id, r.dueAt);
    return agreements
      .sort((a, b) => b.updatedAt - a.updatedAt)
      .map((agreement) => ({
        agreement,
        creatorName: names.get(agreement.creatorId) ?? null,
        campaignName: agreement.campaignId ? (campaignNames.get(agreement.campaignId) ?? null) : null,
        nextDueAt: next.get(agreement.id) ?? null,
      }));
  });
}

export interface AgreementContext {
  agreement: Agreement;
  /** null when the creator has since been deleted. */
  creator: Creator | null;
  accounts: Account[];
  campaign: Campaign | null;
}

/** One agreement with its creator (and their accounts, for contact details) and campaign; null if there is no such agreement. */
export async function loadAgreement(agreementId: string): Promise<AgreementContext | null> {
  const db = database();
  return db.transaction('r', [db.agreements, db.creators, db.accounts, db.campaigns], async () => {
    const agreement = await db.agreements.get(agreementId);
    if (!agreement) return null;
    const [creator, accounts, campaign] = await Promise.all([
      db.creators.get(agreement.creatorId),
      db.accounts.where('creatorId').equals(agreement.creatorId).sortBy('firstSeenAt'),
      agreement.campaignId ? db.campaigns.get(agreement.campaignId) : Promise.resolve(undefined),
    ]);
    return { agreement, creator: creator ?? null, accounts, campaign: campaign ?? null };
  });
}

export type CampaignChoice = Pick<Campaign, 'id' | 'name' | 'status'>;

/** Campaigns an agreement can belong to, by name. */
export async function listCampaignChoices(): Promise<CampaignChoice[]> {
  const campaigns = await database().campaigns.toArray();
  return campaigns.map(({ id, name, status }) => ({ id, name, status })).sort((a, b) => a.name.localeCompare(b.name));
}

export interface ReminderSyncResult {
  created: number;
  updated: number;
  cancelled: number;
}

/**
 * Make the reminders this agreement set match what it implies now: create the missing ones, move or
 * rename the ones that changed, cancel the ones no longer implied (all of them once the agreement is
 * completed or cancelled, or gone). Reminders already done are left as they are. One transaction.
 */
export async function syncAgreementReminders(agreementId: string, now: number): Promise<ReminderSyncResult> {
  const db = database();
  return db.transaction('rw', [db.agreements, db.creators, db.reminders], async () => {
    const agreement = await db.agreements.get(agreementId);
    // An agreement's reminders carry its creator (remindersFor), which never changes (saveAgreement
    // refuses it) and moves with them (mergeCreators moves both, deleteCreators removes both): only
    // that creator's reminders need reading. With the agreement gone, every reminder is looked at.
    const existing = agreement
      ? (await db.reminders.where('creatorId').equals(agreement.creatorId).toArray()).filter(fromAgreement(agreementId))
      : await db.reminders.filter(fromAgreement(agreementId)).toArray();
    let wanted: ReturnType<typeof remindersFor> = [];
    if (agreement && isActive(agreement.status)) {
      const creator = await db.creators.get(agreement.creatorId);
      wanted = remindersFor(agreement, creator?.displayName ?? 'the creator');
    }
    const plan = planReminderSync(wanted, existing);
    for (const reminder of plan.create) await createReminder(reminder, now);
    for (const { id, patch } of plan.update) await updateReminder(id, patch, now);
    for (const id of plan.cancel) await cancelReminder(id, now);
    return { created: plan.create.length, updated: plan.update.length, cancelled: plan.cancel.length };
  });
}

/**
 * Save the builder's agreement: a new one (no `agreementId`) starts as a draft and goes on the
 * creator's timeline. Its reminders are brought in line in the same transaction. Throws
 * InvalidFieldError, naming the builder's fields, when something is not valid; nothing is saved then.
 */
export async function saveAgreement(input: AgreementInput, now: number, agreementId?: string): Promise<Agreement> {
  const problems = agreementProblems(input);
  if (problems.length > 0) throw new InvalidFieldError(problems);
  const db = database();
  return db.transaction('rw', [db.agreements, db.creators, db.campaigns, db.interactions, db.reminders, db.deliverables], async () => {
    const previous = agreementId ? await db.agreements.get(agreementId) : undefined;
    if (agreementId && !previous) throw new Error('This agreement no longer exists: it may have been deleted in another tab.');
    if (previous && previous.creatorId !== input.creatorId) throw new Error('An agreement stays with the creator it was made for: start a new one for another creator.');
    if (!(await db.creators.get(input.creatorId))) throw new InvalidFieldError([{ field: 'creator', message: 'Creator: this creator is no longer on your roster. Choose another one.' }]);
    if (input.campaignId && !(await db.campaigns.get(input.campaignId))) {
      throw new InvalidFieldError([{ field: 'campaign', message: 'Campaign: this campaign no longer exists. Choose another one, or none.' }]);
    }
    const agreement = AgreementSchema.parse({
      id: previous?.id ?? newId(),
      creatorId: input.creatorId,
      campaignId: input.campaignId,
      status: previous?.status ?? 'draft',
      title: input.title,
      // Signing is recorded by the lifecycle, never by the form.
      terms: { ...input.terms, signedAt: previous?.terms.signedAt ?? null },
      createdAt: previous?.createdAt ?? now,
      updatedAt: now,
    } satisfies Agreement);
    await db.agreements.put(agreement);
    // Each line is a deliverable record (drafts, approvals, the calendar): version 8.
    await syncAgreementDeliverables(agreement, now);
    if (!previous) await logStatus(agreement, now);
    await syncAgreementReminders(agreement.id, now);
    return agreement;
  });
}

function logStatus(agreement: Agreement, now: number) {
  return addInteraction(
    agreement.creatorId,
    { type: 'agreement', at: now, text: statusEventText(agreement.title, agreement.status), details: { agreementId: agreement.id, status: agreement.status } },
    now,
  );
}

/**
 * Move an agreement along its lifecycle (draft → sent → signed → completed, or cancelled). Signing
 * records when; completing or cancelling cancels its pending reminders. The change goes on the
 * creator's timeline. One transaction.
 */
export async function setAgreementStatus(agreementId: string, status: AgreementStatus, now: number): Promise<Agreement> {
  const db = database();
  return db.transaction('rw', [db.agreements, db.creators, db.interactions, db.reminders], async () => {
    const agreement = await db.agreements.get(agreementId);
    if (!agreement) throw new Error('This agreement no longer exists: it may have been deleted in another tab.');
    if (!canMoveTo(agreement.status, status)) {
      throw new Error(`This agreement is ${agreement.status} and cannot be marked as ${status}. Reload the page to see its current state.`);
    }
    const next = AgreementSchema.parse({
      ...agreement,
      status,
      terms: status === 'signed' ? { ...agreement.terms, signedAt: now } : agreement.terms,
      updatedAt: now,
    } satisfies Agreement);
    await db.agreements.put(next);
    await logStatus(next, now);
    await syncAgreementReminders(agreementId, now);
    return next;
  });
}
