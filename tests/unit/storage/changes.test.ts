import { describe, expect, it } from 'vitest';
import { deleteCreators } from '@/storage/bulk';
import { LOCAL_ACTOR, type Change } from '@/storage/changes';
import { quickEditCreator } from '@/storage/creators';
import { saveViewedProfile } from '@/storage/profiles';
import { withFreshDatabase } from '../../helpers/db';
import { plutoReading } from '../../helpers/readings';

// Every write of a shared record goes through one function that stamps who and when, and the team
// roster replicates from what it reports. These tests write through ordinary commands (and around
// them, straight to a table) and check what the change feed heard.
const db = withFreshDatabase();
const T = Date.UTC(2026, 10, 20, 9);

function listen(): Change[] {
  const heard: Change[] = [];
  db().changes.subscribe((changes) => heard.push(...changes));
  return heard;
}

describe('the shared-record write path', () => {
  it('stamps a save with who and when, for the creator, the account and the timeline, and not for readings', async () => {
    const heard = listen();
    const before = Date.now();
    const { creatorId, accountId } = await saveViewedProfile(plutoReading(), { now: T });
    const after = Date.now();
    expect(heard.map((c) => [c.table, c.kind, c.by])).toEqual(
      expect.arrayContaining([
        ['creators', 'put', LOCAL_ACTOR],
        ['accounts', 'put', LOCAL_ACTOR],
        ['interactions', 'put', LOCAL_ACTOR],
      ]),
    );
    expect(heard.find((c) => c.table === 'creators')?.id).toBe(creatorId);
    expect(heard.find((c) => c.table === 'accounts')?.id).toBe(accountId);
    expect(heard.every((c) => c.at >= before && c.at <= after)).toBe(true);
    // Snapshots and posts are readings, not shared records.
    expect(heard.some((c) => (c.table as string) === 'snapshots' || (c.table as string) === 'posts')).toBe(false);
  });

  it('names the actor the feed is set to, and reports deletions', async () => {
    const { creatorId } = await saveViewedProfile(plutoReading(), { now: T });
    db().changes.actor = 'ana@brand.example';
    const heard = listen();
    await quickEditCreator(creatorId, { status: 'contacted' }, T + 1);
    expect(heard).toContainEqual(expect.objectContaining({ table: 'creators', kind: 'put', id: creatorId, by: 'ana@brand.example' }));
    heard.length = 0;
    await deleteCreators([creatorId]);
    expect(heard).toContainEqual(expect.objectContaining({ table: 'creators', kind: 'delete', id: creatorId, by: 'ana@brand.example' }));
  });

  it('catches a write that goes around the commands, straight to a table', async () => {
    const { creatorId } = await saveViewedProfile(plutoReading(), { now: T });
    const heard = listen();
    await db().creators.update(creatorId, { notes: 'typed in a console' } as never);
    expect(heard).toEqual([expect.objectContaining({ table: 'creators', kind: 'put', id: creatorId })]);
  });

  it('reports nothing for a transaction that failed, since it changed nothing', async () => {
    const { creatorId } = await saveViewedProfile(plutoReading(), { now: T });
    const heard = listen();
    await expect(
      db().transaction('rw', db().creators, async () => {
        await db().creators.update(creatorId, { status: 'replied' });
        throw new Error('disk full');
      }),
    ).rejects.toThrow('disk full');
    expect(heard).toEqual([]);
    expect((await db().creators.get(creatorId))?.status).toBe('shortlisted');
  });
});
