// What the creator page shows of the team: who changed the record last and when, and what the last
// merge could not settle by itself (from the sync state the engine keeps, storage/changes.ts SyncState).
import { database } from '../db';
import type { SyncState } from '../changes';

export interface TeamRecordState {
  state: SyncState | null;
  /** This browser's member (LOCAL_ACTOR outside a team). */
  me: string;
}

export async function creatorTeamState(creatorId: string): Promise<TeamRecordState> {
  const db = database();
  return { state: (await db.syncState.get(`creator:${creatorId}`)) ?? null, me: db.changes.actor };
}
