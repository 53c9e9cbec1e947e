import { describe, expect, it } from 'vitest';
import { getAccountState, NotAProfileError, saveViewedProfile } from '@/storage/profiles';
import { listRoster } from '@/storage/roster';
import { withFreshDatabase } from '../../helpers/db';
import { plutoReading } from '../../helpers/readings';

const db = withFreshDatabase();
const DAY = 86_400_000;
const T0 = Date.UTC(2026, 10, 1, 9, 30);

describe('saveViewedProfile', () => {
  it('creates the creator, the account and a first snapshot', async () => {
    const result = await saveViewedProfile(plutoReading(), { now: T0 });

    expect(result).toMatchObject({ accountId: 'instagram:pluto__travel', created: true });
    const creator = await db().creators.get(result.creatorId);
    expect(creator).toMatchObject({ displayName: 'Pluto', status: 'shortlisted', createdAt: T0, toVet: false });
    const account = await db().accounts.get('instagram:pluto__travel');
    expect(account).toMatchObject({
      creatorId: result.creatorId,
      handle: 'pluto__travel',
      followers: 2362,
      following: 136,
      posts: 224,
      bio: 'Home of travel',
      firstSeenAt: T0,
    });
    const snapshots = await db().snapshots.toArray();
    expect(snapshots).toHaveLength(1);
    expect(snapshots[0]).toMatchObject({
      kind: 'save',
      takenAt: T0,
      counts: { followers: { value: 2362, precision: 1, source: 'meta' } },
    });
    expect(snapshots[0]!.counts).not.toHaveProperty('likes');
    expect(await db().interactions.where({ creatorId: result.creatorId }).toArray()).toEqual([
      expect.objectContaining({ type: 'saved', at: T0 }),
    ]);
  });

  it('saves the same handle twice as one account with two snapshots', async () => {
    const first = await saveViewedProfile(plutoReading(), { now: T0 });
    const again = plutoReading({ handle: 'Pluto__Travel' });
    again.counts.followers = { value: 2400, precision: 1, source: 'meta' };
    const second = await saveViewedProfile(again, { now: T0 + DAY });

    expect(second).toMatchObject({ created: false, creatorId: first.creatorId, accountId: first.accountId });
    expect(await db().creators.count()).toBe(1);
    expect(await db().accounts.count()).toBe(1);
    expect(await db().snapshots.count()).toBe(2);
    expect(await db().accounts.get(first.accountId)).toMatchObject({ followers: 2400, firstSeenAt: T0, lastSeenAt: T0 + DAY });
  });

  it('keeps the last known count when the page did not show it this time', async () => {
    await saveViewedProfile(plutoReading(), { now: T0 });
    const partial = plutoReading();
    partial.counts.followers = { missing: 'not shown' };
    await saveViewedProfile(partial, { now: T0 + DAY });
    expect((await db().accounts.get('instagram:pluto__travel'))?.followers).toBe(2362);
  });

  it('writes nothing when part of the save fails', async () => {
    db().snapshots.hook('creating', () => {
      throw new DOMException('The disk is full', 'QuotaExceededError');
    });
    await expect(saveViewedProfile(plutoReading(), { now: T0 })).rejects.toThrow();
    expect(await db().creators.count()).toBe(0);
    expect(await db().accounts.count()).toBe(0);
    expect(await db().interactions.count()).toBe(0);
  });

  it('refuses a page that is not a profile', async () => {
    await expect(saveViewedProfile(plutoReading({ pageType: 'other' }), { now: T0 })).rejects.toBeInstanceOf(
      NotAProfileError,
    );
    await expect(saveViewedProfile(plutoReading({ handle: null }), { now: T0 })).rejects.toBeInstanceOf(
      NotAProfileError,
    );
  });
});

describe('getAccountState', () => {
  it('says an unknown account is not saved', async () => {
    expect(await getAccountState('instagram:nobody')).toEqual({ saved: false, accountId: 'instagram:nobody' });
  });

  it('returns the creator and the newest snapshot of a saved account', async () => {
    const { creatorId } = await saveViewedProfile(plutoReading(), { now: T0 });
    const later = plutoReading();
    later.counts.followers = { value: 2500, precision: 1, source: 'meta' };
    await saveViewedProfile(later, { now: T0 + 2 * DAY });

    const state = await getAccountState('instagram:pluto__travel');
    expect(state).toMatchObject({
      saved: true,
      creator: { id: creatorId, displayName: 'Pluto', status: 'shortlisted' },
      lastSnapshot: { takenAt: T0 + 2 * DAY, counts: { followers: { value: 2500 } } },
    });
  });
});

describe('listRoster', () => {
  it('lists creators with their accounts, most recently updated first', async () => {
    await saveViewedProfile(plutoReading(), { now: T0 });
    await saveViewedProfile(
      plutoReading({ handle: 'nasa', url: 'https://www.instagram.com/nasa/', displayName: { value: 'NASA', source: 'meta' } }),
      { now: T0 + DAY },
    );
    const rows = await listRoster();
    expect(rows.map((r) => r.creator.displayName)).toEqual(['NASA', 'Pluto']);
    expect(rows[1]!.accounts.map((a) => a.id)).toEqual(['instagram:pluto__travel']);
  });

  it('orders creators saved at the same moment as the updatedAt index does', async () => {
    for (const handle of ['b_one', 'a_two', 'c_three', 'd_four']) await saveViewedProfile(plutoReading({ handle }), { now: T0 });
    await saveViewedProfile(plutoReading({ handle: 'later' }), { now: T0 + DAY });
    const byIndex = await db().creators.orderBy('updatedAt').reverse().primaryKeys();
    expect((await listRoster()).map((r) => r.creator.id)).toEqual(byIndex);
  });
});

describe('the records a save writes, field by field', () => {
  it('creates a new creator with every field at its default, and the options it was given', async () => {
    const { creatorId } = await saveViewedProfile(plutoReading(), { now: T0 });
    expect(await db().creators.get(creatorId)).toEqual({
      id: creatorId,
      displayName: 'Pluto',
      status: 'shortlisted',
      toVet: false,
      tags: [],
      strengths: [],
      contact: { email: '', other: '' },
      location: '',
      // Not the page's lang ("en": the viewer's interface); the caller passes the detected language.
      language: '',
      ambassador: false,
      notes: '',
      lastContactedAt: null,
      keepInTouchDays: null,
      createdAt: T0,
      updatedAt: T0,
    });
    const spanish = await saveViewedProfile(plutoReading({ handle: 'lola' }), { now: T0, language: 'es' });
    expect(await db().creators.get(spanish.creatorId)).toMatchObject({ language: 'es' });
    const fromLink = await saveViewedProfile(plutoReading({ handle: 'ana', displayName: { missing: 'not shown' }, language: null }), { now: T0, status: 'prospect', toVet: true });
    expect(await db().creators.get(fromLink.creatorId)).toMatchObject({ displayName: 'ana', status: 'prospect', toVet: true, language: '' });
  });

  it('saving a saved profile again changes only the creator’s "updated" time, and keeps what the user typed', async () => {
    const { creatorId } = await saveViewedProfile(plutoReading(), { now: T0 });
    await db().creators.update(creatorId, { tags: ['travel'], notes: 'Met at a fair', status: 'contacted' });
    const before = await db().creators.get(creatorId);
    const again = await saveViewedProfile(plutoReading(), { now: T0 + DAY, status: 'prospect', toVet: true });
    expect(again).toMatchObject({ creatorId, created: false });
    expect(await db().creators.get(creatorId)).toEqual({ ...before, updatedAt: T0 + DAY });
    expect(await db().interactions.count()).toBe(1);
  });

  it('gives an account whose creator is gone a new creator', async () => {
    const first = await saveViewedProfile(plutoReading(), { now: T0 });
    await db().creators.delete(first.creatorId);
    const again = await saveViewedProfile(plutoReading(), { now: T0 + DAY });
    expect(again).toMatchObject({ created: false, accountId: first.accountId });
    expect(again.creatorId).not.toBe(first.creatorId);
    expect(await db().creators.get(again.creatorId)).toMatchObject({ displayName: 'Pluto', createdAt: T0 + DAY, updatedAt: T0 + DAY });
    expect((await db().accounts.get(first.accountId))?.creatorId).toBe(again.creatorId);
  });
});
