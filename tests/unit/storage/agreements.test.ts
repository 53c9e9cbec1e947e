import { describe, expect, it } from 'vitest';
import { mergeCreators } from '@/storage/accounts';
import { listAgreements, loadAgreement, saveAgreement, setAgreementStatus, syncAgreementReminders } from '@/storage/agreements';
import { emptyAgreementTerms } from '@/utils/model/defaults';
import { InvalidFieldError } from '@/utils/model/errors';
import type { AgreementTerms, Reminder } from '@/utils/model/schemas';
import type { AgreementInput } from '@/utils/agreements/draft';
import { withFreshDatabase } from '../../helpers/db';
import { makeCampaign, makeReminder } from '../../helpers/records';
import { seedCreators } from '../../helpers/roster-data';

const db = withFreshDatabase();
const NOW = Date.UTC(2026, 1, 1, 12);
const day = (y: number, m: number, d: number) => new Date(y, m - 1, d).getTime();
const at10 = (y: number, m: number, d: number) => new Date(y, m - 1, d, 10).getTime();

async function seedAna(): Promise<string> {
  const ids = await seedCreators([{ name: 'Ana', accounts: [{ platform: 'instagram', handle: 'ana.lima', followers: 12_400 }] }]);
  return ids.Ana!;
}

function input(creatorId: string, terms: Partial<AgreementTerms> = {}, title = 'Spring launch'): AgreementInput {
  return { title, creatorId, campaignId: null, terms: { ...emptyAgreementTerms(), ...terms } };
}

const reel = (dueAt: number | null) => ({ id: 'd1', type: 'reel' as const, platform: 'instagram' as const, count: 1, dueAt, notes: '' });
const agreementReminders = async (agreementId: string) =>
  (await db().reminders.toArray()).filter((r) => r.source.type === 'agreement' && r.source.id === agreementId).sort((a, b) => a.dueAt - b.dueAt);
const summary = (rs: Reminder[]) => rs.map((r) => [r.status, r.kind, r.title, r.dueAt]);

describe('saveAgreement', () => {
  it('saves a new agreement as a draft, logs it on the timeline and sets its reminders', async () => {
    const ana = await seedAna();
    const saved = await saveAgreement(input(ana, { startAt: day(2026, 3, 1), deliverables: [reel(day(2026, 3, 20))] }), NOW);
    expect(await db().agreements.get(saved.id)).toMatchObject({ status: 'draft', title: 'Spring launch', createdAt: NOW, updatedAt: NOW, creatorId: ana });
    expect(await db().interactions.where('creatorId').equals(ana).toArray()).toEqual([
      expect.objectContaining({ type: 'agreement', at: NOW, text: 'Drafted the agreement “Spring launch”', details: { agreementId: saved.id, status: 'draft' } }),
    ]);
    expect(summary(await agreementReminders(saved.id))).toEqual([['pending', 'deliverable', 'Reel on Instagram due for Ana — Spring launch', at10(2026, 3, 20)]]);
  });

  it('refuses what is not valid, naming the fields, and saves nothing', async () => {
    const ana = await seedAna();
    const bad = input(ana, { fee: 100, paymentSchedule: [{ id: 'p', description: '', amount: 150, dueAt: null, paidAt: null }] }, '');
    const error = await saveAgreement(bad, NOW).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidFieldError);
    expect((error as InvalidFieldError).problems.map((p) => p.field)).toEqual(['title', 'paymentSchedule']);
    expect(await db().agreements.count()).toBe(0);
    expect(await db().interactions.count()).toBe(0);
  });

  it('refuses a creator or campaign that does not exist', async () => {
    await expect(saveAgreement(input('nobody'), NOW)).rejects.toThrow('Creator: this creator is no longer on your roster. Choose another one.');
    const ana = await seedAna();
    await expect(saveAgreement({ ...input(ana), campaignId: 'gone' }, NOW)).rejects.toThrow('Campaign: this campaign no longer exists.');
  });

  it('updates an existing agreement, keeping its status, creation time and signing date, and moves its reminders', async () => {
    const ana = await seedAna();
    await db().campaigns.add(makeCampaign({ id: 'spring', name: 'Spring' }));
    const first = await saveAgreement(input(ana, { deliverables: [reel(day(2026, 3, 20))] }), NOW);
    await setAgreementStatus(first.id, 'sent', NOW + 1);
    const [before] = await agreementReminders(first.id);
    const edited = await saveAgreement({ ...input(ana, { deliverables: [reel(day(2026, 3, 27))], signedAt: 999 }, 'Spring launch v2'), campaignId: 'spring' }, NOW + 2, first.id);
    expect(edited).toMatchObject({ id: first.id, status: 'sent', createdAt: NOW, updatedAt: NOW + 2, campaignId: 'spring', title: 'Spring launch v2' });
    expect(edited.terms.signedAt).toBeNull();
    const after = await agreementReminders(first.id);
    expect(summary(after)).toEqual([['pending', 'deliverable', 'Reel on Instagram due for Ana — Spring launch v2', at10(2026, 3, 27)]]);
    expect(after[0]!.id).toBe(before!.id);
    expect(await db().agreements.count()).toBe(1);
  });
});

describe('setAgreementStatus', () => {
  it('follows draft → sent → signed → completed, recording signing and each step on the timeline', async () => {
    const ana = await seedAna();
    const { id } = await saveAgreement(input(ana), NOW);
    await setAgreementStatus(id, 'sent', NOW + 10);
    const signed = await setAgreementStatus(id, 'signed', NOW + 20);
    expect(signed.terms.signedAt).toBe(NOW + 20);
    await setAgreementStatus(id, 'completed', NOW + 30);
    expect((await db().agreements.get(id))!.status).toBe('completed');
    const timeline = await db().interactions.where('creatorId').equals(ana).sortBy('at');
    expect(timeline.map((i) => [i.type, i.at, i.details])).toEqual([
      ['agreement', NOW, { agreementId: id, status: 'draft' }],
      ['agreement', NOW + 10, { agreementId: id, status: 'sent' }],
      ['agreement', NOW + 20, { agreementId: id, status: 'signed' }],
      ['agreement', NOW + 30, { agreementId: id, status: 'completed' }],
    ]);
    expect(timeline[2]!.text).toBe('The agreement “Spring launch” was signed');
  });

  it('refuses steps the lifecycle does not allow, changing nothing', async () => {
    const ana = await seedAna();
    const { id } = await saveAgreement(input(ana), NOW);
    await expect(setAgreementStatus(id, 'completed', NOW + 1)).rejects.toThrow('This agreement is draft and cannot be marked as completed.');
    await setAgreementStatus(id, 'cancelled', NOW + 2);
    await expect(setAgreementStatus(id, 'sent', NOW + 3)).rejects.toThrow('cannot be marked as sent');
    expect(await db().interactions.count()).toBe(2);
  });

  it('cancels the pending reminders of a completed or cancelled agreement and leaves done ones alone', async () => {
    const ana = await seedAna();
    const terms = { startAt: day(2026, 3, 1), deliverables: [reel(day(2026, 3, 20)), { ...reel(day(2026, 3, 5)), id: 'd2', type: 'story' as const }] };
    const { id } = await saveAgreement(input(ana, terms), NOW);
    const story = (await agreementReminders(id))[0]!;
    await db().reminders.put({ ...story, status: 'done', completedAt: NOW + 5 });
    await setAgreementStatus(id, 'cancelled', NOW + 10);
    expect(summary(await agreementReminders(id))).toEqual([
      ['done', 'deliverable', 'Story on Instagram due for Ana — Spring launch', at10(2026, 3, 5)],
      ['cancelled', 'deliverable', 'Reel on Instagram due for Ana — Spring launch', at10(2026, 3, 20)],
    ]);
  });
});

describe('syncAgreementReminders', () => {
  it('creates the missing, updates the changed and cancels the no-longer-implied reminders', async () => {
    const ana = await seedAna();
    const terms = {
      startAt: day(2026, 3, 1),
      deliverables: [reel(day(2026, 3, 20))],
      fee: 1000,
      paymentSchedule: [{ id: 'p1', description: 'On signing', amount: 400, dueAt: day(2026, 3, 1), paidAt: null }],
    };
    const { id } = await saveAgreement(input(ana, terms), NOW);
    // Edited behind sync's back, as another tab or an import might: the payment's date moved, the
    // reel is gone, usage rights were added.
    const agreement = (await db().agreements.get(id))!;
    await db().agreements.put({
      ...agreement,
      terms: {
        ...agreement.terms,
        deliverables: [],
        paymentSchedule: [{ id: 'p1', description: 'On signing', amount: 400, dueAt: day(2026, 3, 3), paidAt: null }],
        usageRights: { channels: ['organic_social'], durationDays: 30, whitelistingDays: null },
      },
    });
    expect(await syncAgreementReminders(id, NOW + 1)).toEqual({ created: 1, updated: 1, cancelled: 1 });
    expect(summary(await agreementReminders(id))).toEqual([
      ['pending', 'payment', 'Pay Ana €400.00 (On signing) — Spring launch', at10(2026, 3, 3)],
      ['cancelled', 'deliverable', 'Reel on Instagram due for Ana — Spring launch', at10(2026, 3, 20)],
      ['pending', 'usage_rights', 'Usage rights end for Ana — Spring launch', at10(2026, 3, 31)],
    ]);
    // Nothing left to do the second time.
    expect(await syncAgreementReminders(id, NOW + 2)).toEqual({ created: 0, updated: 0, cancelled: 0 });
  });

  it('touches only the reminders of its own agreement', async () => {
    const ana = await seedAna();
    await db().reminders.add(makeReminder({ id: 'mine', creatorId: ana, title: 'Call Ana', kind: 'custom' }));
    await db().reminders.add(makeReminder({ id: 'other', creatorId: ana, title: 'Other deal', kind: 'deliverable', source: { type: 'agreement', id: 'other-agreement' } }));
    const { id } = await saveAgreement(input(ana, { deliverables: [reel(day(2026, 3, 20))] }), NOW);
    await syncAgreementReminders(id, NOW + 1);
    expect((await db().reminders.get('mine'))!.status).toBe('pending');
    expect((await db().reminders.get('other'))!.status).toBe('pending');
  });

  it('finds its reminders after their creator was merged into another (both move together)', async () => {
    const ids = await seedCreators([
      { name: 'Ana', accounts: [{ platform: 'instagram', handle: 'ana.lima', followers: 12_400 }] },
      { name: 'Ana Lima', accounts: [{ platform: 'tiktok', handle: 'analima', followers: 900 }] },
    ]);
    const { id } = await saveAgreement(input(ids['Ana Lima']!, { deliverables: [reel(day(2026, 3, 20))] }), NOW);
    const [before] = await agreementReminders(id);
    await mergeCreators(ids.Ana!, ids['Ana Lima']!, NOW + 1);
    expect((await db().agreements.get(id))!.creatorId).toBe(ids.Ana);
    const agreement = (await db().agreements.get(id))!;
    await db().agreements.put({ ...agreement, terms: { ...agreement.terms, deliverables: [reel(day(2026, 3, 27))] } });
    expect(await syncAgreementReminders(id, NOW + 2)).toEqual({ created: 0, updated: 1, cancelled: 0 });
    const after = await agreementReminders(id);
    expect(after.map((r) => [r.id, r.creatorId, r.status, r.dueAt])).toEqual([[before!.id, ids.Ana, 'pending', at10(2026, 3, 27)]]);
  });

  it('cancels the pending reminders of an agreement that is gone', async () => {
    const ana = await seedAna();
    const { id } = await saveAgreement(input(ana, { deliverables: [reel(day(2026, 3, 20)), { ...reel(day(2026, 3, 5)), id: 'd2' }] }), NOW);
    await db().agreements.delete(id);
    expect(await syncAgreementReminders(id, NOW + 1)).toEqual({ created: 0, updated: 0, cancelled: 2 });
    expect((await agreementReminders(id)).map((r) => r.status)).toEqual(['cancelled', 'cancelled']);
  });

  it('is all or nothing: when one write fails, none of the others are kept', async () => {
    const ana = await seedAna();
    const { id } = await saveAgreement(input(ana), NOW);
    // A stale reminder of this agreement that can no longer be written back (an empty title): the
    // sync must cancel it, fails there, and must not keep the reminder it created before that.
    await db().reminders.add(makeReminder({ id: 'broken', title: '', kind: 'custom', creatorId: ana, source: { type: 'agreement', id } }));
    const agreement = (await db().agreements.get(id))!;
    await db().agreements.put({ ...agreement, terms: { ...agreement.terms, deliverables: [reel(day(2026, 3, 20))] } });
    await expect(syncAgreementReminders(id, NOW + 1)).rejects.toThrow();
    expect((await agreementReminders(id)).map((r) => r.id)).toEqual(['broken']);
    expect((await db().reminders.get('broken'))!.status).toBe('pending');
  });

  it('saving is all or nothing too: a failed reminder sync leaves no agreement and no timeline entry', async () => {
    const ana = await seedAna();
    const { id } = await saveAgreement(input(ana), NOW);
    await db().reminders.add(makeReminder({ id: 'broken', title: '', kind: 'custom', creatorId: ana, source: { type: 'agreement', id } }));
    await expect(saveAgreement(input(ana, { deliverables: [reel(day(2026, 3, 20))] }, 'Renamed'), NOW + 1, id)).rejects.toThrow();
    expect((await db().agreements.get(id))!.title).toBe('Spring launch');
    await expect(setAgreementStatus(id, 'sent', NOW + 2)).rejects.toThrow();
    expect((await db().agreements.get(id))!.status).toBe('draft');
    expect(await db().interactions.count()).toBe(1);
  });
});

describe('reading agreements', () => {
  it('lists agreements with creator, campaign and the next pending due date, and loads one with its creator', async () => {
    const ana = await seedAna();
    await db().campaigns.add(makeCampaign({ id: 'spring', name: 'Spring launch' }));
    const a = await saveAgreement({ ...input(ana, { deliverables: [reel(day(2026, 3, 20)), { ...reel(day(2026, 3, 10)), id: 'd2' }] }), campaignId: 'spring' }, NOW);
    const b = await saveAgreement(input(ana, {}, 'Gifting'), NOW + 1);
    const rows = await listAgreements();
    expect(rows.map((r) => [r.agreement.id, r.creatorName, r.campaignName, r.nextDueAt])).toEqual([
      [b.id, 'Ana', null, null],
      [a.id, 'Ana', 'Spring launch', at10(2026, 3, 10)],
    ]);
    // Only pending reminders the agreement set count: not done ones, nor other reminders of its creator.
    await db().reminders.bulkAdd([
      makeReminder({ id: 'done-earlier', creatorId: ana, dueAt: at10(2026, 3, 1), status: 'done', kind: 'deliverable', source: { type: 'agreement', id: a.id } }),
      makeReminder({ id: 'cancelled-earlier', creatorId: ana, dueAt: at10(2026, 3, 2), status: 'cancelled', kind: 'deliverable', source: { type: 'agreement', id: a.id } }),
      makeReminder({ id: 'manual-earlier', creatorId: ana, dueAt: at10(2026, 3, 3), kind: 'custom', source: { type: 'manual', id: a.id } }),
      makeReminder({ id: 'pending-b', creatorId: ana, dueAt: at10(2026, 4, 1), kind: 'payment', source: { type: 'agreement', id: b.id } }),
    ]);
    expect((await listAgreements()).map((r) => [r.agreement.id, r.nextDueAt])).toEqual([
      [b.id, at10(2026, 4, 1)],
      [a.id, at10(2026, 3, 10)],
    ]);
    const loaded = await loadAgreement(a.id);
    expect(loaded?.creator?.displayName).toBe('Ana');
    expect(loaded?.accounts.map((x) => x.handle)).toEqual(['ana.lima']);
    expect(loaded?.campaign?.name).toBe('Spring launch');
    expect(await loadAgreement('missing')).toBeNull();
  });
});
