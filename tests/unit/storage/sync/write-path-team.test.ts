// The app's own multi-table writes in a team (queue on): they still work, and queue what they change.
import { describe, expect, it } from 'vitest';
import { deleteCreators } from '@/storage/bulk';
import { makeCreator } from '../../../helpers/records';
import { makeAccount } from '../../../helpers/sync-records';
import { withFreshDatabase } from '../../../helpers/db';

describe('write path in a team', () => {
  const db = withFreshDatabase();
  it('deleting a creator deletes it with its accounts and queues each deletion', async () => {
    await db().creators.put(makeCreator({ id: 'c1', displayName: 'Pluto' }));
    await db().accounts.put(makeAccount({ creatorId: 'c1' }));
    db().changes.queue = true;
    db().changes.actor = 'ann';
    const deleted = await deleteCreators(['c1']);
    expect(deleted.creators.map((c) => c.id)).toEqual(['c1']);
    expect(await db().creators.count()).toBe(0);
    expect((await db().outbox.toArray()).map((e) => e.key).sort()).toEqual(['accounts:instagram:ana.cooks', 'creators:c1']);
  });
});
