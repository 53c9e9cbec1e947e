// React reads of the team (storage/team.ts): who this user is in it, and the teammates the records
// name. A user in no team gets null and [] — and every team control checks for that first.
import { useSyncExternalStore } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { listTeammates, onTeamActorChange, teamActor } from '@/storage/team';

/** This user's team name, kept current as they join or leave a team; null in no team. */
export function useTeamActor(): string | null {
  return useSyncExternalStore(onTeamActorChange, () => teamActor());
}

/** Every teammate the records name, and this user, in name order, live; [] in no team. */
export function useTeammates(): string[] {
  const actor = useTeamActor();
  return useLiveQuery(() => listTeammates(), [actor]) ?? (actor ? [actor] : []);
}
