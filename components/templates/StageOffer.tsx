import { useState } from 'react';
import { updateCreator } from '@/storage/creators';
import { storageErrorMessage } from '@/utils/model/errors';
import { statusLabel } from '@/utils/format';

// After the first message to a creator who was only a prospect or on the shortlist: offer to move
// them to "Contacted", so the pipeline says what just happened. Never done without asking: the
// message may have gone to someone else on their team, or be a draft sent to oneself.

/** The stages a sent message moves on from. */
export const BEFORE_CONTACT: ReadonlySet<string> = new Set(['prospect', 'shortlisted']);

export function StageOffer({ creatorId, creatorName, from }: { creatorId: string; creatorName: string; from: string }) {
  const [state, setState] = useState<'offer' | 'moved' | 'kept'>('offer');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const move = async () => {
    setBusy(true);
    setError(null);
    try {
      await updateCreator(creatorId, { status: 'contacted' }, Date.now());
      setState('moved');
    } catch (e) {
      setError(`Not moved: ${storageErrorMessage(e)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="templates-followup" role="group" aria-label="Pipeline stage">
      {state === 'offer' && (
        <>
          <p>
            {creatorName} is still at “{statusLabel(from)}”. Move them to “Contacted”?
          </p>
          <div className="templates-actions">
            <button type="button" className="button button--primary" disabled={busy} onClick={() => void move()}>
              Move to Contacted
            </button>
            <button type="button" className="button" disabled={busy} onClick={() => setState('kept')}>
              Keep at {statusLabel(from)}
            </button>
          </div>
        </>
      )}
      {state === 'moved' && <p role="status">Moved {creatorName} to Contacted. It is on their timeline.</p>}
      {state === 'kept' && <p className="templates-muted">{creatorName} stays at “{statusLabel(from)}”.</p>}
      {error && (
        <p role="alert" className="templates-error">
          {error}
        </p>
      )}
    </div>
  );
}
