import { describe, expect, it } from 'vitest';
import { addInteraction, interactionProblems, loadCreatorDetail } from '@/storage/creator-detail';
import { updateCreator } from '@/storage/creators';
import { InvalidFieldError } from '@/utils/model/errors';
import { withFreshDatabase } from '../../helpers/db';
import { DAY, seedAna, T } from '../../helpers/creator-detail-seed';

const db = withFreshDatabase();

describe('loadCreatorDetail', () => {
  it('gathers everything about one creator, and nothing of anyone else', async () => {
    await seedAna(db());
    const detail = (await loadCreatorDetail('ana'))!;
    expect(detail.creator.displayName).toBe('Ana Lima');
    expect(detail.accounts.map((a) => a.account.id)).toEqual(['instagram:ana.lima', 'tiktok:analima']);
    // Snapshots oldest first, per account.
    expect(detail.accounts[0]!.snapshots.map((s) => [s.takenAt, s.counts.followers?.value])).toEqual([
      [T - 20 * DAY, 11_000],
      [T - 2 * DAY, 12_400],
    ]);
    expect(detail.accounts[1]!.snapshots).toHaveLength(1);
    // Posts of both accounts, newest first, with their counts, sponsored mark and caption.
    expect(detail.posts.map((p) => p.id)).toEqual(['instagram:newer', 'tiktok:clip', 'instagram:older']);
    expect(detail.posts[0]).toMatchObject({ sponsored: true, caption: 'Packing with @brand #ad', counts: { likes: { value: 500 }, comments: { value: 20 } } });
    // The timeline newest first.
    expect(detail.interactions.map((i) => i.id)).toEqual(['i-stage', 'i-out', 'i-saved']);
    expect(detail.agreements.map((a) => a.title)).toEqual(['Spring reel']);
    expect(detail.reminders.map((r) => r.title)).toEqual(['Follow up on the brief']);
    expect(detail.campaigns.map((c) => c.name)).toEqual(['Spring launch']);
  });

  it('returns null for a creator that does not exist', async () => {
    expect(await loadCreatorDetail('nobody')).toBeNull();
  });

  it('gives empty lists for a creator with nothing yet', async () => {
    await seedAna(db());
    const detail = (await loadCreatorDetail('bo'))!;
    expect(detail.accounts).toHaveLength(1);
    expect(detail.agreements.map((a) => a.id)).toEqual(['ag-bo']);
    expect(detail.campaigns.map((c) => c.id)).toEqual(['spring', 'winter']);
  });
});

describe('updateCreator', () => {
  it('saves the edit cleaned up, and puts a stage change on the timeline in the same write', async () => {
    await seedAna(db());
    const saved = await updateCreator(
      'ana',
      {
        displayName: '  Ana Lima Souza ',
        status: 'replied',
        tags: ['#travel', 'Food', 'food', ' '],
        strengths: ['storytelling', ' Sales-driven', 'Storytelling'],
        contact: { email: ' ana@lima.pt ' },
        location: 'Porto',
        ambassador: true,
      },
      T,
    );
    expect(saved).toMatchObject({
      displayName: 'Ana Lima Souza',
      status: 'replied',
      tags: ['travel', 'Food'],
      strengths: ['storytelling', 'Sales-driven'],
      contact: { email: 'ana@lima.pt', other: '' },
      location: 'Porto',
      ambassador: true,
      updatedAt: T,
    });
    expect(await db().creators.get('ana')).toEqual(saved);
    const changes = (await db().interactions.where('creatorId').equals('ana').toArray()).filter((i) => i.type === 'status_change');
    expect(changes.map((c) => [c.at, c.details])).toContainEqual([T, { from: 'contacted', to: 'replied' }]);
  });

  it('adds no stage change when the stage stays', async () => {
    await seedAna(db());
    await updateCreator('ana', { status: 'contacted', notes: 'Prefers email' }, T);
    expect(await db().interactions.where('creatorId').equals('ana').count()).toBe(3);
    expect((await db().creators.get('ana'))!.notes).toBe('Prefers email');
  });

  it.each([
    [{ displayName: '   ' }, 'displayName', 'Display name is required.'],
    [{ contact: { email: 'ana@' } }, 'contact.email', 'Email: enter a full address such as name@example.com, or leave it empty.'],
    [{ tags: ['x'.repeat(61)] }, 'tags', 'Tags: each one can be at most 60 characters long.'],
    [{ location: 'x'.repeat(301) }, 'location', 'Location: at most 300 characters.'],
  ])('refuses %j with a message naming the field, saving nothing', async (patch, field, message) => {
    await seedAna(db());
    const before = await db().creators.get('ana');
    const error = await updateCreator('ana', { ...patch, status: 'replied' }, T).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidFieldError);
    expect((error as InvalidFieldError).message).toBe(message);
    expect((error as InvalidFieldError).problems).toEqual([{ field, message }]);
    expect(await db().creators.get('ana')).toEqual(before);
    expect(await db().interactions.where('creatorId').equals('ana').count()).toBe(3);
  });

  it('takes an empty email (no address known)', async () => {
    await seedAna(db());
    expect((await updateCreator('ana', { contact: { email: '' } }, T)).contact.email).toBe('');
  });

  it('refuses a creator that is gone', async () => {
    await expect(updateCreator('nobody', { displayName: 'X' }, T)).rejects.toThrow('no longer on your roster');
  });
});

describe('addInteraction', () => {
  it('puts a note on the timeline without touching "last contacted"', async () => {
    await seedAna(db());
    const note = await addInteraction('ana', { type: 'note', at: T - DAY, text: '  Met at the fair ' }, T);
    expect(note).toMatchObject({ creatorId: 'ana', type: 'note', at: T - DAY, text: 'Met at the fair', details: {} });
    expect(await db().interactions.get(note.id)).toEqual(note);
    expect(await db().creators.get('ana')).toMatchObject({ lastContactedAt: T - 5 * DAY, updatedAt: T });
  });

  it('moves "last contacted" forward on outreach and replies, never back', async () => {
    await seedAna(db());
    await addInteraction('ana', { type: 'reply', at: T - DAY, text: 'Yes!' }, T);
    expect((await db().creators.get('ana'))!.lastContactedAt).toBe(T - DAY);
    await addInteraction('ana', { type: 'outreach', at: T - 9 * DAY, text: 'Old email, logged late' }, T);
    expect((await db().creators.get('ana'))!.lastContactedAt).toBe(T - DAY);
    await addInteraction('bo', { type: 'outreach', at: T - 9 * DAY, text: '' }, T);
    expect((await db().creators.get('bo'))!.lastContactedAt).toBe(T - 9 * DAY);
  });

  it('records a payment with its amount and currency', async () => {
    await seedAna(db());
    const payment = await addInteraction('ana', { type: 'payment', at: T, text: 'Spring reel', details: { amount: 450.5, currency: 'EUR' } }, T);
    expect(payment.details).toEqual({ amount: 450.5, currency: 'EUR' });
    expect((await db().creators.get('ana'))!.lastContactedAt).toBe(T - 5 * DAY);
  });

  it.each([
    [{ type: 'note' as const, at: T, text: '  ' }, ['Text: write the note.']],
    [{ type: 'payment' as const, at: T, text: '', details: { amount: 0, currency: 'euro' } }, ['Amount: enter the amount paid, such as 250.', 'Currency: use a three-letter code such as EUR or USD.']],
    [{ type: 'gift' as const, at: Number.NaN, text: 'Box' }, ['Date: enter when it happened.']],
    [{ type: 'gift' as const, at: T, text: 'x'.repeat(20_001) }, ['Text: at most 20,000 characters.']],
  ])('refuses %#, naming the field, and adds nothing', async (input, messages) => {
    await seedAna(db());
    const error = await addInteraction('ana', input, T).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidFieldError);
    expect((error as InvalidFieldError).problems.map((p) => p.message)).toEqual(messages);
    expect(await db().interactions.where('creatorId').equals('ana').count()).toBe(3);
  });

  it('refuses what the schema refuses with the same problems the form is shown, and adds nothing', async () => {
    await seedAna(db());
    const before = await db().interactions.count();
    const input = { type: 'gift' as const, at: T, text: 'x'.repeat(20_001) };
    const error = await addInteraction('ana', input, T).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidFieldError);
    expect((error as InvalidFieldError).problems).toEqual(interactionProblems('ana', input));
    expect(interactionProblems('', { type: 'note', at: T, text: 'Hi' })).toEqual([{ field: 'creatorId', message: 'creatorId is required.' }]);
    await expect(addInteraction('', { type: 'note', at: T, text: 'Hi' }, T)).rejects.toThrow('creatorId is required.');
    expect(interactionProblems('ana', { type: 'note', at: T, text: 'Hi' })).toEqual([]);
    expect(await db().interactions.count()).toBe(before);
  });

  it('refuses a creator that is gone, adding nothing', async () => {
    await expect(addInteraction('nobody', { type: 'note', at: T, text: 'Hi' }, T)).rejects.toThrow('no longer on your roster');
    expect(await db().interactions.count()).toBe(0);
  });
});
