import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseBackup } from '@/storage/backup';
import { LATEST_VERSION } from '@/storage/db';
import { LOCAL_ACTOR } from '@/storage/changes';
import { updateCreator } from '@/storage/creators';
import { addInteraction } from '@/storage/creator-detail';
import { chipStates } from '@/storage/feed-states';
import { logOutreach } from '@/storage/outreach';
import { getAccountState, saveViewedProfile } from '@/storage/profiles';
import { createReminder } from '@/storage/reminders';
import { createTemplate } from '@/storage/templates';
import { listTeammates, resetTeamMemberForTests, setTeamActor, startTeamMember, teamActor, teamMemberApplied } from '@/storage/team';
import { TABLE_NAMES } from '@/utils/model/schemas';
import { teamSettings, joinTeamAs } from '../../helpers/team';
import { withFreshDatabase } from '../../helpers/db';
import { plutoReading } from '../../helpers/readings';
import { makeCreator, makeReminder } from '../../helpers/records';

const db = withFreshDatabase();
const T = Date.UTC(2026, 10, 3, 10);
const ACCOUNT = 'instagram:pluto__travel';

afterEach(() => resetTeamMemberForTests());

describe('a team member saves and writes', () => {
  it('owns a creator they save, and signs the "saved" entry', async () => {
    setTeamActor('maya', db());
    const { creatorId } = await saveViewedProfile(plutoReading(), { now: T });
    expect((await db().creators.get(creatorId))?.owner).toBe('maya');
    expect(await db().interactions.where({ creatorId }).toArray()).toEqual([expect.objectContaining({ type: 'saved', by: 'maya' })]);
  });

  it('a solo user’s records carry no team field at all', async () => {
    const { creatorId } = await saveViewedProfile(plutoReading(), { now: T });
    await addInteraction(creatorId, { type: 'note', at: T, text: 'Nice' }, T);
    const creator = await db().creators.get(creatorId);
    expect(creator).not.toHaveProperty('owner');
    for (const entry of await db().interactions.toArray()) expect(entry).not.toHaveProperty('by');
    // …and nothing team-related comes back to the badge, popup or chips.
    const state = await getAccountState(ACCOUNT);
    expect(state.saved && 'team' in state).toBe(false);
    const [chip] = await chipStates([ACCOUNT]);
    expect(chip).not.toHaveProperty('team');
  });

  it('changes the owner from the creator page, and clears it with an empty name', async () => {
    setTeamActor('maya', db());
    const { creatorId } = await saveViewedProfile(plutoReading(), { now: T });
    expect((await updateCreator(creatorId, { owner: ' sam ' }, T + 1)).owner).toBe('sam');
    expect((await updateCreator(creatorId, { owner: '' }, T + 2)).owner).toBeNull();
    await expect(updateCreator(creatorId, { owner: 'x'.repeat(101) }, T + 3)).rejects.toThrow(/Owner/);
    expect((await db().creators.get(creatorId))?.owner).toBeNull();
  });
});

describe('what the badge, popup and chips learn of the team', () => {
  it('the owner and who contacted them last, with the template', async () => {
    setTeamActor('maya', db());
    const { creatorId } = await saveViewedProfile(plutoReading(), { now: T });
    const template = await createTemplate({ name: 'Intro', kind: 'first_outreach', subject: 'Hi', body: 'Hello' }, T);
    setTeamActor('sam', db());
    await logOutreach({ creatorId, templateId: template.id, channel: 'email', subject: 'Hi', body: 'Hello' }, T + 1000);

    const state = await getAccountState(ACCOUNT);
    expect(state.saved && state.team).toEqual({ actor: 'sam', owner: 'maya', contact: { by: 'sam', at: T + 1000, template: 'Intro' } });
    const [chip] = await chipStates([ACCOUNT]);
    expect(chip!.saved && chip!.team).toEqual({ actor: 'sam', owner: 'maya', contact: { by: 'sam', at: T + 1000, template: 'Intro' } });
  });

  it('no contact before any outreach, and an outreach logged outside the team names nobody', async () => {
    await db().creators.add(makeCreator({ id: 'ana', owner: null }));
    await db().accounts.add({
      id: ACCOUNT, creatorId: 'ana', platform: 'instagram', handle: 'pluto__travel', url: 'https://www.instagram.com/pluto__travel/', displayName: 'Ana', bio: '',
      verified: null, followers: null, followersPrecision: 1, following: null, posts: null, engagementRate: null, engagementMethod: null, fitScore: null, scoredAt: null, firstSeenAt: T, lastSeenAt: T,
    });
    setTeamActor('maya', db());
    let [chip] = await chipStates([ACCOUNT]);
    expect(chip!.saved && chip!.team).toEqual({ actor: 'maya', owner: null, contact: null });
    setTeamActor(null, db());
    await logOutreach({ creatorId: 'ana', templateId: null, channel: 'copy', subject: '', body: 'Hello' }, T);
    setTeamActor('maya', db());
    [chip] = await chipStates([ACCOUNT]);
    expect(chip!.saved && chip!.team?.contact).toEqual({ by: null, at: T, template: null });
  });
});

describe('teammates', () => {
  it('are the names the records give, and the user; none in no team', async () => {
    expect(await listTeammates(db())).toEqual([]);
    await db().creators.bulkAdd([makeCreator({ id: 'a', owner: 'sam' }), makeCreator({ id: 'b', owner: null })]);
    await db().reminders.add(makeReminder({ id: 'r', assignee: 'lee', visibility: 'team' }));
    setTeamActor('maya', db());
    await addInteraction('b', { type: 'note', at: T, text: 'hi' }, T);
    await db().interactions.add({ id: 'i', creatorId: 'a', type: 'outreach', at: T, text: '', details: {}, by: 'ravi' });
    expect(await listTeammates(db())).toEqual(['lee', 'maya', 'ravi', 'sam']);
  });
});

describe('reminders in a team', () => {
  it('keep who sees them and whom they are for; a reminder made without saying is personal', async () => {
    const shared = await createReminder({ creatorId: null, title: 'Send the brief', dueAt: T, kind: 'custom', visibility: 'team', assignee: 'sam' }, T);
    expect(await db().reminders.get(shared.id)).toMatchObject({ visibility: 'team', assignee: 'sam' });
    const plain = await createReminder({ creatorId: null, title: 'Mine', dueAt: T, kind: 'custom' }, T);
    expect(await db().reminders.get(plain.id)).not.toHaveProperty('visibility');
    await expect(createReminder({ creatorId: null, title: 'Bad', dueAt: T, kind: 'custom', assignee: 'a\nb' }, T)).rejects.toThrow();
  });
});

describe('the team member, read from extension storage', () => {
  it('applies the joined team’s member to the change feed at start-up and follows joining and leaving', async () => {
    await fakeBrowser.storage.local.set({ 'team.v1': teamSettings('  maya ') });
    void startTeamMember(db());
    await teamMemberApplied();
    expect(db().changes.actor).toBe('maya');
    expect(teamActor(db())).toBe('maya');
    expect(db().changes.queue).toBe(true);
    await joinTeamAs(null);
    await expect.poll(() => db().changes.actor).toBe(LOCAL_ACTOR);
    expect(teamActor(db())).toBeNull();
    expect(db().changes.queue).toBe(false);
    await joinTeamAs('sam');
    await expect.poll(() => db().changes.actor).toBe('sam');
  });

  it('ignores stored team settings that name no member', async () => {
    await fakeBrowser.storage.local.set({ 'team.v1': { ...teamSettings('maya'), user: 42 } });
    await startTeamMember(db());
    expect(db().changes.actor).toBe(LOCAL_ACTOR);
  });
});

describe('backups', () => {
  const empty = Object.fromEntries(TABLE_NAMES.map((t) => [t, [] as unknown[]]));
  const file = (tables: Record<string, unknown[]>) =>
    JSON.stringify({ format: 'creator-scout-backup', version: 1, schemaVersion: LATEST_VERSION, exportedAt: T, tables: { ...empty, ...tables } });

  it('keep owners, authors, visibility and assignees', () => {
    const parsed = parseBackup(
      file({
        creators: [makeCreator({ id: 'a', owner: 'maya' })],
        interactions: [{ id: 'i', creatorId: 'a', type: 'outreach', at: T, text: '', details: {}, by: 'sam' }],
        reminders: [makeReminder({ id: 'r', visibility: 'team', assignee: 'sam' })],
      }),
    );
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.backup.tables.creators[0]!.owner).toBe('maya');
    expect(parsed.backup.tables.interactions[0]!.by).toBe('sam');
    expect(parsed.backup.tables.reminders[0]).toMatchObject({ visibility: 'team', assignee: 'sam' });
  });

  it('made before teams (no such fields) still restore as they are', () => {
    const parsed = parseBackup(file({ creators: [makeCreator({ id: 'a' })], reminders: [makeReminder({ id: 'r' })] }));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.backup.tables.creators[0]).not.toHaveProperty('owner');
  });
});
