import { useEffect, useState } from 'react';
import { syncStatus, teamConfig } from '@/utils/browser/team-store';
import { statusLine, type SyncStatus } from '@/utils/sync/status';

/** The team sync's status in one line (synced / N changes wait / offline / failed, with why); nothing without a team. */
export function TeamStatusLine({ className = 'team-status' }: { className?: string }) {
  const [status, setStatus] = useState<SyncStatus | null>(null);
  const [joined, setJoined] = useState(false);
  useEffect(() => {
    let live = true;
    void teamConfig.get().then((c) => live && setJoined(c !== null));
    void syncStatus.get().then((s) => live && setStatus(s));
    const stopConfig = teamConfig.watch((c) => setJoined(c !== null));
    const stopStatus = syncStatus.watch(setStatus);
    return () => {
      live = false;
      stopConfig();
      stopStatus();
    };
  }, []);
  if (!joined) return null;
  const text = status ? statusLine(status) : 'Team: syncing…';
  const problem = status?.state === 'error' || status?.refused;
  return (
    <p className={className} role="status" data-state={status?.state ?? 'starting'}>
      {problem ? <strong>{text}</strong> : text}
    </p>
  );
}
