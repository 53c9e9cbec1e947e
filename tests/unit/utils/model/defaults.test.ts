import { describe, expect, it } from 'vitest';
import { newAccount, newCreator, statusChangeEvent } from '@/utils/model/defaults';
import { AccountSchema, CreatorSchema, InteractionSchema } from '@/utils/model/schemas';

const T = Date.UTC(2026, 10, 20);

describe('newCreator', () => {
  it('is a creator the schema accepts, with every detail empty, and what the patch says', () => {
    const creator = newCreator('c1', 'Ana', T);
    expect(CreatorSchema.parse(creator)).toEqual(creator);
    expect(creator).toEqual({
      id: 'c1', displayName: 'Ana', status: 'shortlisted', toVet: false, tags: [], strengths: [], contact: { email: '', other: '' },
      location: '', language: '', ambassador: false, notes: '', lastContactedAt: null, keepInTouchDays: null, createdAt: T, updatedAt: T,
    });
    expect(newCreator('c2', 'Bo', T, { status: 'prospect', tags: ['travel'], language: 'pt' })).toMatchObject({ id: 'c2', status: 'prospect', tags: ['travel'], language: 'pt', toVet: false });
  });

  it('gives each creator lists and contact of its own', () => {
    const a = newCreator('a', 'A', T);
    const b = newCreator('b', 'B', T);
    a.tags.push('x');
    a.contact.email = 'a@example.com';
    expect(b.tags).toEqual([]);
    expect(b.contact).toEqual({ email: '', other: '' });
  });
});

describe('newAccount', () => {
  it('is an account the schema accepts, with nothing measured or scored, and takes only the account’s own fields from its reference', () => {
    const fromFile = { id: 'instagram:ana', platform: 'instagram' as const, handle: 'ana', url: 'https://www.instagram.com/ana/', followers: { value: 12, precision: 1 } };
    const account = newAccount(fromFile, 'c1', T, { displayName: 'Ana' });
    expect(AccountSchema.parse(account)).toEqual(account);
    expect(account).toEqual({
      id: 'instagram:ana', creatorId: 'c1', platform: 'instagram', handle: 'ana', url: 'https://www.instagram.com/ana/', displayName: 'Ana', bio: '',
      verified: null, followers: null, followersPrecision: 1, following: null, posts: null, engagementRate: null, engagementMethod: null, fitScore: null, scoredAt: null,
      firstSeenAt: T, lastSeenAt: T,
    });
  });
});

describe('statusChangeEvent', () => {
  it('is the timeline entry of a stage change, which the schema accepts, with no text unless given', () => {
    const event = statusChangeEvent('i1', 'c1', { from: 'shortlisted', to: 'contacted' }, T);
    expect(InteractionSchema.parse(event)).toEqual(event);
    expect(event).toEqual({ id: 'i1', creatorId: 'c1', type: 'status_change', at: T, text: '', details: { from: 'shortlisted', to: 'contacted' } });
    expect(statusChangeEvent('i2', 'c1', { from: 'a', to: 'b' }, T, 'Changed by a CSV import.').text).toBe('Changed by a CSV import.');
  });
});
