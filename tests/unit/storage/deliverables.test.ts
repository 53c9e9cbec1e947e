import { describe, expect, it } from 'vitest';
import { saveAgreement } from '@/storage/agreements';
import { deleteCreators, restoreDeleted } from '@/storage/bulk';
import { emptyAgreementTerms } from '@/utils/model/defaults';
import { approveDraft, listDeliverables, moveDeliverable, recordDraft, requestChanges, saveMemberDeliverables } from '@/storage/deliverables';
import { InvalidFieldError } from '@/utils/model/errors';
import { deliverablesForPost, linkPublishedPost } from '@/storage/published';
import type { AgreementTerms } from '@/utils/model/schemas';
import { withFreshDatabase } from '../../helpers/db';
import { makeCampaign } from '../../helpers/records';
import { seedCreators } from '../../helpers/roster-data';

const db = withFreshDatabase();
const NOW = Date.UTC(2026, 1, 1, 12);
const day = (y: number, m: number, d: number) => new Date(y, m - 1, d).getTime();
const at10 = (y: number, m: number, d: number) => new Date(y, m - 1, d, 10).getTime();

const line = (id: string, type: 'reel' | 'story', dueAt: number | null) => ({ id, type, platform: 'instagram' as const, count: 1, dueAt, notes: '' });

async function agreementWithTwo(terms: Partial<AgreementTerms> = {}) {
  const { Ana: ana } = await seedCreators([{ name: 'Ana', accounts: [{ platform: 'instagram', handle: 'ana.lima', followers: 12_400 }] }]);
  await db().campaigns.add(makeCampaign({ id: 'spring', name: 'Spring' }, [{ creatorId: ana! }]));
  const agreement = await saveAgreement(
    { title: 'Spring launch', creatorId: ana!, campaignId: 'spring', terms: { ...emptyAgreementTerms(), deliverables: [line('reel-1', 'reel', day(2026, 3, 20)), line('story-1', 'story', day(2026, 3, 22))], ...terms } },
    NOW,
  );
  return { ana: ana!, agreement };
}

const remindersOf = async (sourceId: string) => (await db().reminders.toArray()).filter((r) => r.source.id === sourceId && r.status === 'pending').map((r) => [r.title, r.dueAt]);

describe('deliverables of an agreement', () => {
  it('each line of a saved agreement is a deliverable record in its campaign', async () => {
    const { ana, agreement } = await agreementWithTwo();
    const rows = (await listDeliverables()).sort((a, b) => a.deliverable.id.localeCompare(b.deliverable.id));
    expect(rows.map((r) => [r.deliverable.id, r.deliverable.type, r.deliverable.publishDueAt, r.deliverable.status, r.creatorName, r.campaignName, r.agreementTitle, r.roundLimit])).toEqual([
      ['reel-1', 'reel', day(2026, 3, 20), 'brief_sent', 'Ana', 'Spring', 'Spring launch', 1],
      ['story-1', 'story', day(2026, 3, 22), 'brief_sent', 'Ana', 'Spring', 'Spring launch', 1],
    ]);
    expect((await db().deliverables.get('reel-1'))!.creatorId).toBe(ana);
    expect(agreement.terms.deliverables).toHaveLength(2);
  });

  it('refuses to drop a line whose deliverable has a draft recorded, and keeps it', async () => {
    const { ana, agreement } = await agreementWithTwo();
    await recordDraft('reel-1', { draftUrl: 'https://drive.example/reel-v1', draftNotes: '' }, NOW);
    const error = await saveAgreement({ title: 'Spring launch', creatorId: ana, campaignId: 'spring', terms: { ...agreement.terms, deliverables: [agreement.terms.deliverables[1]!] } }, NOW + 1, agreement.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidFieldError);
    expect((error as InvalidFieldError).problems[0]!.message).toMatch(/“Reel on Instagram” has drafts, approvals or a post recorded, so it cannot be removed/);
    expect((await db().agreements.get(agreement.id))!.terms.deliverables).toHaveLength(2);
    expect(await db().deliverables.count()).toBe(2);
  });
});

describe('approvals', () => {
  it('records a draft, requests changes (timeline entry + resubmission reminder), then approves', async () => {
    const { ana } = await agreementWithTwo({ approvalRounds: 1 });
    await recordDraft('reel-1', { draftUrl: 'https://drive.example/reel-v1', draftNotes: 'First cut' }, NOW);
    await requestChanges('reel-1', { feedback: 'Show the price tag', resubmitDueAt: day(2026, 3, 10) }, NOW + 1000);
    expect(await db().deliverables.get('reel-1')).toMatchObject({
      status: 'changes_requested',
      rounds: [{ number: 1, draftUrl: 'https://drive.example/reel-v1', outcome: 'changes_requested', feedback: 'Show the price tag', resubmitDueAt: day(2026, 3, 10) }],
    });
    expect(await remindersOf('reel-1')).toEqual([['Changed draft of Reel on Instagram due from Ana (round 2)', at10(2026, 3, 10)]]);
    const timeline = (await db().interactions.where('creatorId').equals(ana).toArray()).map((i) => i.text);
    expect(timeline).toContain('Changes requested on draft 1 of Reel on Instagram: Show the price tag');

    // The second draft: the one round of changes is used up, so only approval is possible.
    await recordDraft('reel-1', { draftUrl: '', draftNotes: 'Sent by email with the price' }, NOW + 2000);
    await expect(requestChanges('reel-1', { feedback: 'Again', resubmitDueAt: day(2026, 3, 12) }, NOW + 3000)).rejects.toThrow(
      'The agreement allows 1 round of changes and it has been used: approve this draft, or agree another round with the creator and raise the limit in the agreement first.',
    );
    await approveDraft('reel-1', '', NOW + 4000);
    expect(await db().deliverables.get('reel-1')).toMatchObject({ status: 'approved', rounds: [{ outcome: 'changes_requested' }, { number: 2, outcome: 'approved' }] });
    // The changed draft came in: its reminder is no longer pending.
    expect(await remindersOf('reel-1')).toEqual([]);
  });

  it('an agreement with no rounds of changes refuses them with a clear message', async () => {
    await agreementWithTwo({ approvalRounds: 0 });
    await recordDraft('story-1', { draftUrl: 'https://drive.example/story', draftNotes: '' }, NOW);
    await expect(requestChanges('story-1', { feedback: 'Shorter', resubmitDueAt: day(2026, 3, 10) }, NOW)).rejects.toThrow(/The agreement allows no rounds of changes/);
    expect((await db().deliverables.get('story-1'))!.status).toBe('draft_received');
  });

  it('a draft needs a link or a description, and a link must be an address', async () => {
    await agreementWithTwo();
    await expect(recordDraft('reel-1', { draftUrl: '', draftNotes: ' ' }, NOW)).rejects.toThrow(InvalidFieldError);
    await expect(recordDraft('reel-1', { draftUrl: 'not a link', draftNotes: '' }, NOW)).rejects.toThrow(InvalidFieldError);
    expect((await db().deliverables.get('reel-1'))!.rounds).toEqual([]);
  });
});

describe('moving a deliverable', () => {
  it("moves an agreement deliverable's due date, its line in the agreement and its reminder", async () => {
    const { agreement } = await agreementWithTwo();
    expect(await remindersOf(agreement.id)).toContainEqual(['Reel on Instagram due for Ana — Spring launch', at10(2026, 3, 20)]);
    await moveDeliverable('reel-1', day(2026, 3, 21), NOW);
    expect((await db().deliverables.get('reel-1'))!.publishDueAt).toBe(day(2026, 3, 21));
    expect((await db().agreements.get(agreement.id))!.terms.deliverables.find((l) => l.id === 'reel-1')!.dueAt).toBe(day(2026, 3, 21));
    const reminders = await remindersOf(agreement.id);
    expect(reminders).toContainEqual(['Reel on Instagram due for Ana — Spring launch', at10(2026, 3, 21)]);
    expect(reminders).not.toContainEqual(['Reel on Instagram due for Ana — Spring launch', at10(2026, 3, 20)]);
  });

  it("moves a campaign deliverable's own reminder", async () => {
    const { ana } = await agreementWithTwo();
    await saveMemberDeliverables('spring', ana, [{ id: 'k-1', description: 'Unboxing video', status: 'brief_sent', postUrl: '', publishDueAt: day(2026, 4, 1) }, ...(await keepAgreementRows(ana))], NOW);
    expect(await remindersOf('k-1')).toEqual([['Unboxing video due for Ana', at10(2026, 4, 1)]]);
    await moveDeliverable('k-1', day(2026, 4, 3), NOW);
    expect(await remindersOf('k-1')).toEqual([['Unboxing video due for Ana', at10(2026, 4, 3)]]);
  });
});

async function keepAgreementRows(creatorId: string) {
  return (await db().deliverables.where('creatorId').equals(creatorId).toArray()).map((d) => ({ id: d.id, description: d.description, status: d.status, postUrl: d.postUrl, publishDueAt: d.publishDueAt }));
}

describe('campaign deliverables', () => {
  it('will not delete an agreement deliverable from the campaign screen', async () => {
    const { ana } = await agreementWithTwo();
    await expect(saveMemberDeliverables('spring', ana, [], NOW)).rejects.toThrow('“Reel on Instagram” belongs to an agreement: remove it from the agreement instead.');
    expect(await db().deliverables.count()).toBe(2);
  });

  it('names a bad post link by its row', async () => {
    const { ana } = await agreementWithTwo();
    const rows = await keepAgreementRows(ana);
    const error = await saveMemberDeliverables('spring', ana, [...rows, { id: 'k-1', description: 'x', status: 'published', postUrl: 'instagram', publishDueAt: null }], NOW).catch((e: unknown) => e);
    expect((error as InvalidFieldError).problems).toEqual([{ field: 'deliverables.2.postUrl', message: 'Post link: paste the full address of the post, starting with https://.' }]);
  });

  it('deleting a creator deletes their deliverables, and undo puts them back', async () => {
    const { ana } = await agreementWithTwo();
    const deleted = await deleteCreators([ana]);
    expect(await db().deliverables.count()).toBe(0);
    await restoreDeleted(deleted);
    expect(await db().deliverables.count()).toBe(2);
  });
});

describe('linking a published post', () => {
  const post = (id: string, likes?: number, comments?: number) => ({
    id: `instagram:${id}`, authorAccountIds: ['instagram:ana.lima'], seenOnAccountIds: ['instagram:ana.lima'], url: `https://www.instagram.com/p/${id}/`, postedAt: NOW - 1000, seenAt: NOW, pinned: false, sponsored: true, caption: '',
    counts: {
      ...(likes !== undefined && { likes: { value: likes, precision: 1000, source: 'meta' as const } }),
      ...(comments !== undefined && { comments: { value: comments, precision: 1, source: 'meta' as const } }),
    },
  });

  it('marks the deliverable verified, keeps the post and fills the campaign results with the sums the pages showed', async () => {
    const { ana } = await agreementWithTwo();
    const { open } = await deliverablesForPost(ana, 'instagram:AAA');
    expect(open.map((d) => d.id)).toEqual(['reel-1', 'story-1']);
    const first = await linkPublishedPost('reel-1', post('AAA', 298_000, 553), NOW);
    expect(first.filled).toEqual({ campaignName: 'Spring', fields: ['likes', 'comments'] });
    expect(await db().deliverables.get('reel-1')).toMatchObject({ status: 'verified', postId: 'instagram:AAA', postUrl: 'https://www.instagram.com/p/AAA/', publishedAt: NOW - 1000, verifiedAt: NOW });
    expect(await db().posts.get('instagram:AAA')).toBeDefined();
    // A second post without comments shown: likes add up, comments keep the first post's, views stay unknown.
    await linkPublishedPost('story-1', post('BBB', 2_000), NOW + 1);
    const member = (await db().campaigns.get('spring'))!.creators[0]!;
    expect(member.results).toMatchObject({ likes: 300_000, comments: 553, views: null });
    // The likes were shown rounded ("298K", "2K"), so their sum is known to the nearest 1,000; the comments were exact.
    expect(member.resultsPrecision).toEqual({ likes: 1000 });
    expect((await deliverablesForPost(ana, 'instagram:AAA')).linked?.id).toBe('reel-1');
    await expect(linkPublishedPost('story-1', post('AAA', 1), NOW + 2)).rejects.toThrow('This post is already linked to “Reel on Instagram”.');
  });
});
