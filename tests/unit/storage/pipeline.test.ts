import { describe, expect, it, vi } from 'vitest';
import { loadBoard, moveToStage, shareUnchanged } from '@/storage/pipeline';
import { saveViewedProfile } from '@/storage/profiles';
import { DEFAULT_STAGES } from '@/utils/pipeline';
import { withFreshDatabase } from '../../helpers/db';
import { plutoReading } from '../../helpers/readings';

const db = withFreshDatabase();
const T = Date.UTC(2026, 10, 20, 9);
const HOUR = 3_600_000;

/** Save a creator with one Instagram account, as the popup does. */
async function saveCreator(handle: string, name: string, now: number, followers = 2362): Promise<string> {
  const reading = plutoReading({ handle, url: `https://www.instagram.com/${handle}/`, displayName: { value: name, source: 'meta' } });
  reading.counts.followers = { value: followers, precision: 1, source: 'meta' };
  return (await saveViewedProfile(reading, { now })).creatorId;
}

const names = (column: { cards: { displayName: string }[] } | undefined) => column?.cards.map((c) => c.displayName);

describe('loadBoard', () => {
  it('has one column per stage in order, each with its creators, most recently updated first', async () => {
    const pluto = await saveCreator('pluto__travel', 'Pluto', T);
    await saveCreator('ana', 'Ana', T + HOUR);
    await saveCreator('bo', 'Bo', T + 2 * HOUR);
    await db().creators.update(pluto, { status: 'contacted', tags: ['travel'], ambassador: true });

    const board = await loadBoard();
    expect(board.map((c) => c.stage)).toEqual([...DEFAULT_STAGES]);
    const byStage = new Map(board.map((c) => [c.stage, c]));
    expect(names(byStage.get('shortlisted'))).toEqual(['Bo', 'Ana']);
    expect(names(byStage.get('contacted'))).toEqual(['Pluto']);
    expect(byStage.get('prospect')?.cards).toEqual([]);
    expect(byStage.get('contacted')?.cards[0]).toEqual({
      id: pluto,
      displayName: 'Pluto',
      status: 'contacted',
      accounts: [{ platform: 'instagram', handle: 'pluto__travel' }],
      followers: 2362,
      followersPrecision: 1,
      fitScore: null,
      tags: ['travel'],
      ambassador: true,
      toVet: false,
      updatedAt: T,
    });
  });

  it('shows the largest audience and the best fit among a creator’s accounts', async () => {
    const pluto = await saveCreator('pluto__travel', 'Pluto', T, 2362);
    const second = plutoReading({ platform: 'tiktok', handle: 'pluto.tt', url: 'https://www.tiktok.com/@pluto.tt' });
    second.counts.followers = { value: 51_000, precision: 100, source: 'dom' };
    const { accountId } = await saveViewedProfile(second, { now: T });
    await db().accounts.update(accountId, { creatorId: pluto, fitScore: 41 });
    await db().accounts.update('instagram:pluto__travel', { fitScore: 77 });

    const card = (await loadBoard()).flatMap((c) => c.cards).find((c) => c.id === pluto);
    expect(card).toMatchObject({ followers: 51_000, followersPrecision: 100, fitScore: 77 });
    expect(card?.accounts).toEqual(
      expect.arrayContaining([
        { platform: 'instagram', handle: 'pluto__travel' },
        { platform: 'tiktok', handle: 'pluto.tt' },
      ]),
    );
  });

  it('puts creators in no known stage in a final “Other” column instead of losing them', async () => {
    const pluto = await saveCreator('pluto__travel', 'Pluto', T);
    expect((await loadBoard()).some((c) => c.stage === null)).toBe(false);

    await db().creators.update(pluto, { status: 'on_hold' });
    const board = await loadBoard();
    expect(board).toHaveLength(DEFAULT_STAGES.length + 1);
    expect(board.at(-1)).toMatchObject({ stage: null, cards: [{ displayName: 'Pluto', status: 'on_hold' }] });
    expect(board.flatMap((c) => c.cards)).toHaveLength(1);
  });
});

describe('shareUnchanged', () => {
  it('keeps the cards and columns that did not change, so the board re-renders only what moved', async () => {
    const pluto = await saveCreator('pluto__travel', 'Pluto', T);
    await saveCreator('ana', 'Ana', T);
    await db().creators.update(pluto, { status: 'replied' });
    const before = await loadBoard();
    await moveToStage(pluto, 'contacted', T + HOUR);
    const after = shareUnchanged(before, await loadBoard());

    const column = (board: typeof before, stage: string) => board.find((c) => c.stage === stage)!;
    expect(column(after, 'shortlisted')).toBe(column(before, 'shortlisted'));
    expect(column(after, 'prospect')).toBe(column(before, 'prospect'));
    expect(column(after, 'replied')).not.toBe(column(before, 'replied'));
    expect(names(column(after, 'replied'))).toEqual([]);
    expect(names(column(after, 'contacted'))).toEqual(['Pluto']);
    expect(column(after, 'contacted').cards[0]).not.toBe(column(before, 'replied').cards[0]);
    expect(shareUnchanged(null, after)).toBe(after);
  });
});

describe('moveToStage', () => {
  it('writes the new status and a status change on the timeline', async () => {
    const pluto = await saveCreator('pluto__travel', 'Pluto', T);
    const result = await moveToStage(pluto, 'contacted', T + HOUR);
    expect(result).toMatchObject({ moved: true, creator: { status: 'contacted', updatedAt: T + HOUR } });
    expect(await db().creators.get(pluto)).toMatchObject({ status: 'contacted', updatedAt: T + HOUR });
    const changes = await db().interactions.filter((i) => i.type === 'status_change').toArray();
    expect(changes.map((i) => [i.creatorId, i.at, i.details])).toEqual([[pluto, T + HOUR, { from: 'shortlisted', to: 'contacted' }]]);
    expect(names((await loadBoard()).find((c) => c.stage === 'contacted'))).toEqual(['Pluto']);
  });

  it('records the move as the same timeline entry the other stage changes write', async () => {
    const pluto = await saveCreator('pluto__travel', 'Pluto', T);
    await moveToStage(pluto, 'contacted', T + HOUR);
    expect(await db().interactions.filter((i) => i.type === 'status_change').toArray()).toEqual([
      { id: expect.any(String), creatorId: pluto, type: 'status_change', at: T + HOUR, text: '', details: { from: 'shortlisted', to: 'contacted' } },
    ]);
  });

  it('writes both in one transaction: if the timeline entry fails, the status is not changed', async () => {
    const pluto = await saveCreator('pluto__travel', 'Pluto', T);
    vi.spyOn(db().interactions, 'add').mockRejectedValueOnce(Object.assign(new Error('disk full'), { name: 'QuotaExceededError' }));
    await expect(moveToStage(pluto, 'contacted', T + HOUR)).rejects.toThrow();
    expect(await db().creators.get(pluto)).toMatchObject({ status: 'shortlisted', updatedAt: T });
    expect(await db().interactions.filter((i) => i.type === 'status_change').count()).toBe(0);
  });

  it('does nothing when the creator is already in that stage', async () => {
    const pluto = await saveCreator('pluto__travel', 'Pluto', T);
    const result = await moveToStage(pluto, 'shortlisted', T + HOUR);
    expect(result.moved).toBe(false);
    expect(await db().creators.get(pluto)).toMatchObject({ status: 'shortlisted', updatedAt: T });
    expect(await db().interactions.filter((i) => i.type === 'status_change').count()).toBe(0);
  });

  it('says so clearly when the creator is gone, and changes nothing', async () => {
    const pluto = await saveCreator('pluto__travel', 'Pluto', T);
    await db().creators.delete(pluto);
    const before = await db().interactions.count();
    await expect(moveToStage(pluto, 'contacted', T + HOUR)).rejects.toThrow('no longer on your roster');
    expect(await db().interactions.count()).toBe(before);
    expect(await db().creators.count()).toBe(0);
  });
});
