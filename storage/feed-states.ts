// What a feed chip shows about a creator: on the roster or not; if on it, their stage, when they
// were last contacted and with which template, their followers as last seen (with precision) and
// their latest scores. One read for a batch of accounts (a feed adds cards ten at a time).
import Dexie from 'dexie';
import { database } from './db';
import { latestOutreach, teamSeen } from './team';
import type { ChipState } from '@/utils/model/views';


export const MAX_CHIP_STATES = 100;

export async function chipStates(accountIds: readonly string[]): Promise<ChipState[]> {
  const db = database();
  const ids = [...new Set(accountIds)].slice(0, MAX_CHIP_STATES);
  return db.transaction('r', [db.accounts, db.creators, db.snapshots, db.interactions, db.templates], async () => {
    const accounts = await db.accounts.bulkGet(ids);
    const creators = await db.creators.bulkGet(accounts.map((a) => a?.creatorId ?? ''));
    return Promise.all(
      ids.map(async (accountId, i): Promise<ChipState> => {
        const account = accounts[i];
        const creator = creators[i];
        if (!account || !creator) return { saved: false, accountId };
        const snapshots = await db.snapshots
          .where('[accountId+takenAt]')
          .between([accountId, Dexie.minKey], [accountId, Dexie.maxKey])
          .reverse()
          .toArray();
        const followers = snapshots.find((s) => s.counts.followers)?.counts.followers ?? null;
        const latest = await latestOutreach(db, creator.id);
        const { outreach, template } = latest;
        // Who on the team owns and contacted them: only in a team, so a solo user's chip is as before.
        const team = await teamSeen(db, creator, latest);
        return {
          saved: true,
          accountId,
          creatorId: creator.id,
          displayName: creator.displayName,
          status: creator.status,
          lastContactedAt: creator.lastContactedAt ?? outreach?.at ?? null,
          lastTemplate: template?.name ?? null,
          followers,
          engagementRate: account.engagementRate,
          engagementMethod: account.engagementMethod,
          fitScore: account.fitScore,
          ...(team && { team }),
        };
      }),
    );
  });
}
