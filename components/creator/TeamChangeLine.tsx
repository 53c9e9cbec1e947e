import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { creatorTeamState } from '@/storage/sync/state';
import { changedByText, unsettledText } from '@/utils/sync/describe';

/** "Changed by ben, 2 min ago" and what a merge could not settle, for a creator shared with the team; nothing otherwise. */
export function TeamChangeLine({ creatorId }: { creatorId: string }) {
  const team = useLiveQuery(() => creatorTeamState(creatorId), [creatorId]);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  if (!team?.state) return null;
  const notes = unsettledText(team.state.unsettled, team.me);
  return (
    <>
      <p className="creator-muted team-change">{changedByText(team.state.editedBy, team.state.editedAt, now, team.me)}</p>
      {notes.length > 0 && (
        <div className="team-conflict" role="note" aria-label="Settled by the team merge">
          <p>
            <strong>Check this merge:</strong>
          </p>
          <ul>
            {notes.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
