import { describe, expect, it, vi } from 'vitest';
import { accountsOfCreator, linkAccount, mergeCreators, unlinkAccount } from '@/storage/accounts';
import type { CreatorScoutDB } from '@/storage/db';
import { withFreshDatabase } from '../../helpers/db';
import { accountRecord, campaignRecord, creatorRecord, DAY, interactionRecord, seedAna, T } from '../../helpers/creator-detail-seed';

const db = withFreshDatabase();

/** Every record of every table, to check that a refused or failed change left all of it alone. */
async function everything(database: CreatorScoutDB) {
  return Object.fromEntries(await Promise.all(database.tables.map(async (t) => [t.name, await t.toArray()] as const)));
}

const creatorOf = async (accountId: string) => (await db().accounts.get(accountId))!.creatorId;

describe('unlinkAccount', () => {
  it('splits an account off into a new creator named after it, with its history', async () => {
    await seedAna(db());
    await db().interactions.add(interactionRecord('ana', 'i-saved-tt', 'saved', T - 20 * DAY, 'Saved', { accountId: 'tiktok:analima' }));
    const newId = await unlinkAccount('tiktok:analima', T);
    expect(await creatorOf('tiktok:analima')).toBe(newId);
    // When the account was saved is part of its story: it goes with it.
    expect(await db().interactions.get('i-saved-tt')).toMatchObject({ creatorId: newId });
    expect(await db().interactions.get('i-saved')).toMatchObject({ creatorId: 'ana' });
    expect(await db().creators.get(newId)).toMatchObject({ displayName: 'Ana on TikTok', status: 'shortlisted', tags: [], toVet: false, createdAt: T });
    // Snapshots and posts belong to the account, so they go with it.
    expect(await db().snapshots.where('accountId').equals('tiktok:analima').count()).toBe(1);
    expect(await db().posts.where('authorAccountIds').equals('tiktok:analima').count()).toBe(1);
    // Ana keeps her Instagram account and her timeline; both timelines say what happened.
    expect((await accountsOfCreator('ana')).map((a) => a.id)).toEqual(['instagram:ana.lima']);
    expect(await db().interactions.get('i-out')).toMatchObject({ creatorId: 'ana' });
    const notes = (await db().interactions.filter((i) => i.type === 'note').toArray()).filter((i) => i.at === T);
    expect(notes.map((n) => [n.creatorId, n.text]).sort()).toEqual(
      [
        ['ana', '@analima (TikTok) was split off into a creator of its own.'],
        [newId, 'Split off from Ana Lima as a creator of their own.'],
      ].sort(),
    );
  });

  it('gives the new creator every other field at its default, as when a profile is first saved', async () => {
    await seedAna(db());
    await db().accounts.update('tiktok:analima', { displayName: '  Ana on TikTok  ' });
    const newId = await unlinkAccount('tiktok:analima', T);
    expect(await db().creators.get(newId)).toEqual({
      id: newId,
      displayName: 'Ana on TikTok',
      status: 'shortlisted',
      toVet: false,
      tags: [],
      strengths: [],
      contact: { email: '', other: '' },
      location: '',
      language: '',
      ambassador: false,
      notes: '',
      lastContactedAt: null,
      keepInTouchDays: null,
      createdAt: T,
      updatedAt: T,
    });
  });

  it('names the new creator after the handle when the account has no display name', async () => {
    await seedAna(db());
    await db().accounts.update('tiktok:analima', { displayName: '' });
    const newId = await unlinkAccount('tiktok:analima', T);
    expect((await db().creators.get(newId))!.displayName).toBe('analima');
  });

  it('refuses a creator’s only account, changing nothing', async () => {
    await seedAna(db());
    const before = await everything(db());
    await expect(unlinkAccount('instagram:bo.berg', T)).rejects.toThrow('@bo.berg (Instagram) is Bo Berg’s only account, so there is nothing to split it from.');
    expect(await everything(db())).toEqual(before);
  });

  it('changes nothing when the write fails part-way', async () => {
    await seedAna(db());
    const before = await everything(db());
    vi.spyOn(db().interactions, 'bulkAdd').mockRejectedValue(new DOMException('The disk is full.', 'QuotaExceededError'));
    await expect(unlinkAccount('tiktok:analima', T)).rejects.toThrow();
    vi.restoreAllMocks();
    expect(await everything(db())).toEqual(before);
  });
});

describe('linkAccount', () => {
  it('moves an account to another creator and removes the one left with nothing', async () => {
    await seedAna(db());
    // Cleo was created only by saving her Instagram account: her "saved" event goes with it.
    await db().creators.add(creatorRecord('cleo', { displayName: 'cleo' }));
    await db().accounts.add(accountRecord('cleo', 'instagram', 'cleo.cooks'));
    await db().interactions.add(interactionRecord('cleo', 'i-cleo', 'saved', T - DAY, 'Saved', { accountId: 'instagram:cleo.cooks' }));

    expect(await linkAccount('instagram:cleo.cooks', 'ana', T)).toEqual({ removedCreatorId: 'cleo' });
    expect(await creatorOf('instagram:cleo.cooks')).toBe('ana');
    expect(await db().creators.get('cleo')).toBeUndefined();
    expect(await db().interactions.get('i-cleo')).toMatchObject({ creatorId: 'ana' });
    const notes = (await db().interactions.where('creatorId').equals('ana').toArray()).filter((i) => i.type === 'note');
    expect(notes.map((n) => n.text)).toEqual(['Linked @cleo.cooks (Instagram) from cleo.']);
  });

  it('keeps the old creator when it still has a history', async () => {
    await seedAna(db());
    // Bo has a note, an agreement, a reminder and campaigns: moving his only account must not lose them.
    expect(await linkAccount('instagram:bo.berg', 'ana', T)).toEqual({ removedCreatorId: null });
    expect(await creatorOf('instagram:bo.berg')).toBe('ana');
    expect(await db().creators.get('bo')).toMatchObject({ displayName: 'Bo Berg', updatedAt: T });
    expect(await db().agreements.get('ag-bo')).toMatchObject({ creatorId: 'bo' });
    const boNotes = (await db().interactions.where('creatorId').equals('bo').toArray()).map((i) => i.text);
    expect(boNotes).toContain('@bo.berg (Instagram) was moved to Ana Lima.');
  });

  it('keeps the old creator when it holds details typed by hand', async () => {
    await seedAna(db());
    await db().creators.add(creatorRecord('dee', { contact: { email: 'dee@example.com', other: '' } }));
    await db().accounts.add(accountRecord('dee', 'x', 'dee'));
    expect(await linkAccount('x:dee', 'ana', T)).toEqual({ removedCreatorId: null });
    expect(await db().creators.get('dee')).toBeDefined();
  });

  it('refuses to link an account to the creator it already belongs to', async () => {
    await seedAna(db());
    await expect(linkAccount('instagram:ana.lima', 'ana', T)).rejects.toThrow('@ana.lima (Instagram) already belongs to Ana Lima.');
  });

  it('changes nothing when the write fails part-way', async () => {
    await seedAna(db());
    await db().creators.add(creatorRecord('cleo'));
    await db().accounts.add(accountRecord('cleo', 'instagram', 'cleo.cooks'));
    const before = await everything(db());
    vi.spyOn(db().creators, 'put').mockRejectedValue(new DOMException('The disk is full.', 'QuotaExceededError'));
    await expect(linkAccount('instagram:cleo.cooks', 'ana', T)).rejects.toThrow();
    vi.restoreAllMocks();
    expect(await everything(db())).toEqual(before);
  });
});

describe('mergeCreators', () => {
  async function seedTwins() {
    await seedAna(db());
    // Ana saved a second time from TikTok under another name, with her own history.
    await db().creators.add(
      creatorRecord('ana2', {
        displayName: 'analima',
        tags: ['Travel', 'food'],
        strengths: ['humor', 'Storytelling'],
        contact: { email: 'other@example.com', other: '+351 555 0100' },
        location: 'Lisbon',
        language: 'pt',
        ambassador: true,
        notes: 'Met at the fair',
        lastContactedAt: T - DAY,
        createdAt: T - 60 * DAY,
      }),
    );
    await db().accounts.add(accountRecord('ana2', 'youtube', 'AnaLimaTV'));
    await db().interactions.bulkAdd([interactionRecord('ana2', 'i2-note', 'note', T - 2 * DAY, 'Sent samples'), interactionRecord('ana2', 'i2-pay', 'payment', T - DAY, '', { amount: 300, currency: 'EUR' })]);
    await db().agreements.add({ ...(await db().agreements.get('ag-bo'))!, id: 'ag2', creatorId: 'ana2', title: 'Summer vlog' });
    await db().reminders.add({ ...(await db().reminders.get('r-bo'))!, id: 'r2', creatorId: 'ana2', title: 'Ship the box' });
    await db().campaigns.bulkAdd([
      campaignRecord('summer', 'Summer', [{ creatorId: 'ana2', fee: 300 }]),
      campaignRecord('both', 'Both in it', [{ creatorId: 'ana', fee: 500 }, { creatorId: 'ana2', fee: 999, promoCode: 'ANA10' }]),
    ]);
  }

  it('moves everything to the kept creator, joins tags and strengths, fills empty details, removes the other', async () => {
    await seedTwins();
    const kept = await mergeCreators('ana', 'ana2', T);

    expect(kept).toMatchObject({
      displayName: 'Ana Lima',
      status: 'contacted',
      tags: ['travel', 'food'],
      strengths: ['storytelling', 'humor'],
      // Her own email stays; what was empty is filled in.
      contact: { email: 'ana@example.com', other: '+351 555 0100' },
      location: 'Lisbon',
      language: 'pt',
      ambassador: true,
      notes: 'Met at the fair',
      lastContactedAt: T - DAY,
      createdAt: T - 60 * DAY,
      updatedAt: T,
    });
    expect(await db().creators.get('ana')).toEqual(kept);
    expect(await db().creators.get('ana2')).toBeUndefined();
    expect((await accountsOfCreator('ana')).map((a) => a.id).sort()).toEqual(['instagram:ana.lima', 'tiktok:analima', 'youtube:analimatv']);
    expect(await db().interactions.where('creatorId').equals('ana2').count()).toBe(0);
    expect(await db().interactions.get('i2-pay')).toMatchObject({ creatorId: 'ana', details: { amount: 300 } });
    expect(await db().agreements.get('ag2')).toMatchObject({ creatorId: 'ana', updatedAt: T });
    expect(await db().reminders.get('r2')).toMatchObject({ creatorId: 'ana' });
    expect((await db().campaigns.get('summer'))!.creators).toEqual([expect.objectContaining({ creatorId: 'ana', fee: 300 })]);
    // In a campaign with both: one membership, the kept creator's terms win, the rest is kept.
    expect((await db().campaigns.get('both'))!.creators).toEqual([expect.objectContaining({ creatorId: 'ana', fee: 500, promoCode: 'ANA10' })]);
    const merge = (await db().interactions.where('creatorId').equals('ana').toArray()).find((i) => i.details.mergedCreatorId === 'ana2');
    expect(merge).toMatchObject({
      type: 'note',
      at: T,
      text: 'Merged analima into this creator, with 1 account, 2 timeline entries, 1 agreement, 1 reminder and 2 campaigns.',
    });
  });

  it('fills an empty email from the other creator', async () => {
    await seedTwins();
    await db().creators.update('ana', { contact: { email: '', other: 'DM on Instagram' } });
    expect((await mergeCreators('ana', 'ana2', T)).contact).toEqual({ email: 'other@example.com', other: 'DM on Instagram' });
  });

  it('appends the other creator’s notes to the kept one’s', async () => {
    await seedTwins();
    await db().creators.update('ana', { notes: 'Prefers email' });
    expect((await mergeCreators('ana', 'ana2', T)).notes).toBe('Prefers email\n\nMet at the fair');
  });

  it('does all of it or nothing: a failure at the last step leaves every record as it was', async () => {
    await seedTwins();
    const before = await everything(db());
    vi.spyOn(db().creators, 'delete').mockRejectedValue(new DOMException('The disk is full.', 'QuotaExceededError'));
    await expect(mergeCreators('ana', 'ana2', T)).rejects.toThrow();
    vi.restoreAllMocks();
    expect(await everything(db())).toEqual(before);
  });

  it('refuses when together they would have too many tags, naming the field and changing nothing', async () => {
    await seedTwins();
    await db().creators.update('ana', { tags: Array.from({ length: 60 }, (_, i) => `a${i}`) });
    await db().creators.update('ana2', { tags: Array.from({ length: 60 }, (_, i) => `b${i}`) });
    const before = await everything(db());
    await expect(mergeCreators('ana', 'ana2', T)).rejects.toThrow('Not merged: together the two creators have more than 100 tags.');
    expect(await everything(db())).toEqual(before);
  });

  it('refuses to merge a creator into themselves, or one that is gone', async () => {
    await seedTwins();
    await expect(mergeCreators('ana', 'ana', T)).rejects.toThrow('cannot be merged into themselves');
    await expect(mergeCreators('ana', 'nobody', T)).rejects.toThrow('no longer on your roster');
    expect(await db().creators.get('ana2')).toBeDefined();
  });
});
