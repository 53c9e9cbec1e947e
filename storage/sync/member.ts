// Every extension context that writes (background, options page, popup) signs its changes with the
// team member's name and queues them in the outbox while this browser is in a team; without a team
// it writes as before (LOCAL_ACTOR, nothing queued). Follows joining and leaving in any tab.
import type { CreatorScoutDB } from '../db';
import { connectLive, teamConfig, type TeamConfig } from '@/utils/browser/team-store';

/**
 * An extension page in a team keeps a live line to the background (sync runs live while it is open)
 * and tells it after each change written here. Returns the unsubscribe.
 */
let line: ReturnType<typeof connectLive> | null = null;

/** Asks the background for a sync now (the Team page's "Sync now", and right after joining). */
export function syncNow(): void {
  line?.send({ type: 'now' });
}

export async function syncWhileOpen(db: CreatorScoutDB): Promise<() => void> {
  const follow = (config: TeamConfig | null) => {
    if (config && !line) line = connectLive();
    if (!config && line) {
      line.close();
      line = null;
    }
  };
  const stopWatch = teamConfig.watch(follow);
  const stopFeed = db.changes.subscribe((changes) => {
    if (line && changes.some((c) => !c.remote)) line.send({ type: 'soon' });
  });
  follow(await teamConfig.get());
  return () => {
    stopWatch();
    stopFeed();
    follow(null);
  };
}
