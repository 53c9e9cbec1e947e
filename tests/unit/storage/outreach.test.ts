import { describe, expect, it } from 'vitest';
import { addInteraction, loadCreatorDetail } from '@/storage/creator-detail';
import { logOutreach, scheduleFollowUp } from '@/storage/outreach';
import { withFreshDatabase } from '../../helpers/db';
import { creatorRecord, DAY, T } from '../../helpers/creator-detail-seed';

const db = withFreshDatabase();

async function seed() {
  await db().creators.bulkAdd([creatorRecord('ana', { displayName: 'Ana Lima', lastContactedAt: T - 10 * DAY }), creatorRecord('bo', { displayName: 'Bo Berg' })]);
}

describe('logOutreach', () => {
  it('puts the message on the timeline with its template and channel, and moves “last contacted”', async () => {
    await seed();
    const interaction = await logOutreach({ creatorId: 'ana', templateId: 'starter-first_outreach', channel: 'email', subject: 'An idea for you, Ana', body: 'Hi Ana,\n\nLoved the tram post.' }, T);
    expect(interaction).toMatchObject({
      creatorId: 'ana',
      type: 'outreach',
      at: T,
      text: 'An idea for you, Ana\n\nHi Ana,\n\nLoved the tram post.',
      details: { templateId: 'starter-first_outreach', channel: 'email', subject: 'An idea for you, Ana' },
    });
    const detail = await loadCreatorDetail('ana');
    expect(detail!.interactions.map((i) => i.id)).toEqual([interaction.id]);
    expect(detail!.creator.lastContactedAt).toBe(T);
  });

  it('logs a message written without a saved template, and without a subject', async () => {
    await seed();
    const interaction = await logOutreach({ creatorId: 'ana', templateId: null, channel: 'platform', subject: ' ', body: 'Hi!' }, T);
    expect(interaction).toMatchObject({ text: 'Hi!', details: { templateId: null, channel: 'platform' } });
  });

  it('refuses a creator who is not on the roster', async () => {
    await expect(logOutreach({ creatorId: 'nobody', templateId: null, channel: 'copy', subject: '', body: 'Hi' }, T)).rejects.toThrow('no longer on your roster');
    expect(await db().interactions.count()).toBe(0);
  });
});

describe('scheduleFollowUp', () => {
  it('creates a pending follow-up reminder that points at the outreach', async () => {
    await seed();
    const outreach = await logOutreach({ creatorId: 'ana', templateId: null, channel: 'copy', subject: 'An idea for you', body: 'Hi' }, T);
    const reminder = await scheduleFollowUp('ana', outreach.id, T + 5 * DAY, T);
    expect(reminder).toMatchObject({
      creatorId: 'ana',
      title: 'Follow up with Ana Lima',
      dueAt: T + 5 * DAY,
      status: 'pending',
      kind: 'follow_up',
      source: { type: 'interaction', id: outreach.id },
      notes: 'No reply yet to “An idea for you”.',
      notifiedAt: null,
    });
    expect(await db().reminders.get(reminder.id)).toEqual(reminder);
  });

  it('is cancelled when their reply is logged; another creator’s reply changes nothing', async () => {
    await seed();
    const toAna = await logOutreach({ creatorId: 'ana', templateId: null, channel: 'copy', subject: '', body: 'Hi Ana' }, T);
    const toBo = await logOutreach({ creatorId: 'bo', templateId: null, channel: 'copy', subject: '', body: 'Hi Bo' }, T);
    const anaFollowUp = await scheduleFollowUp('ana', toAna.id, T + 5 * DAY, T);
    const boFollowUp = await scheduleFollowUp('bo', toBo.id, T + 5 * DAY, T);

    await addInteraction('ana', { type: 'reply', at: T + DAY, text: 'Sounds good!' }, T + DAY);

    expect(await db().reminders.get(anaFollowUp.id)).toMatchObject({ status: 'cancelled', updatedAt: T + DAY });
    expect(await db().reminders.get(boFollowUp.id)).toMatchObject({ status: 'pending' });
  });

  it('refuses a creator who is not on the roster, or an outreach to someone else', async () => {
    await seed();
    const toBo = await logOutreach({ creatorId: 'bo', templateId: null, channel: 'copy', subject: '', body: 'Hi Bo' }, T);
    await expect(scheduleFollowUp('nobody', toBo.id, T + DAY, T)).rejects.toThrow('no longer on your roster');
    await expect(scheduleFollowUp('ana', toBo.id, T + DAY, T)).rejects.toThrow('someone else');
    expect(await db().reminders.count()).toBe(0);
  });
});
