import { useId } from 'react';
import type { WorkProgress } from '@/storage/backup';

/** A labelled progress bar for long work (reading, checking, writing), announced politely. */
export function WorkProgressBar({ progress }: { progress: WorkProgress }) {
  const id = useId();
  const { phase, done, total } = progress;
  const counted = total > 1 ? ` (${done.toLocaleString('en-US')} of ${total.toLocaleString('en-US')})` : '';
  return (
    <div className="work-progress">
      <span id={id} role="status">
        {phase}…{counted}
      </span>
      <progress aria-labelledby={id} value={total > 0 ? done : undefined} max={total > 0 ? total : undefined} />
    </div>
  );
}
