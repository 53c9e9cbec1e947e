import { useId, useState } from 'react';
import { Options } from '@/components/form/Options';
import { storageErrorMessage } from '@/utils/model/errors';
import { bulkSetStatus, bulkTag, deleteCreators, restoreDeleted, type DeletedCreators } from '@/storage/bulk';
import { statusLabel } from '@/utils/format';
import { stageOutcome, tagOutcome } from '@/utils/bulk-outcome';
import { cleanTag } from '@/utils/tags';
import { DEFAULT_STAGES } from '@/utils/pipeline';

type Outcome = { text: string; undo?: DeletedCreators } | { error: string };

/**
 * Change the stage or tags of the selected creators, or delete them (with undo). The selection stays
 * after a change, so a second action can follow on the same creators; only deleting clears it.
 */
export function BulkBar({ selectedIds, onDeleted }: { selectedIds: string[]; onDeleted: () => void }) {
  const id = useId();
  const [stage, setStage] = useState('contacted');
  const [tag, setTag] = useState('');
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const count = selectedIds.length;
  const n = `${count} creator${count === 1 ? '' : 's'}`;

  const run = async (work: () => Promise<Outcome>) => {
    try {
      setOutcome(await work());
    } catch (error) {
      setOutcome({ error: storageErrorMessage(error) });
    }
  };

  return (
    <div className="bulk" role="region" aria-label="Bulk actions">
      {count > 0 && (
        <div className="bulk__actions">
          <strong>{n} selected</strong>
          <label htmlFor={`${id}-stage`} className="sr-only">
            Stage for the selected creators
          </label>
          <select id={`${id}-stage`} className="input input--inline" value={stage} onChange={(e) => setStage(e.target.value)}>
            <Options values={DEFAULT_STAGES} label={(s) => statusLabel(s)} />
          </select>
          <button type="button" className="button" onClick={() => void run(async () => ({ text: stageOutcome(await bulkSetStatus(selectedIds, stage, Date.now()), count, statusLabel(stage)) }))}>
            Set stage
          </button>
          <label htmlFor={`${id}-tag`} className="sr-only">
            Tag for the selected creators
          </label>
          <input id={`${id}-tag`} className="input input--inline" placeholder="Tag" value={tag} onChange={(e) => setTag(e.target.value)} />
          <button type="button" className="button" onClick={() => void run(async () => ({ text: tagOutcome('add', await bulkTag(selectedIds, tag, 'add', Date.now()), count, cleanTag(tag)) }))}>
            Add tag
          </button>
          <button type="button" className="button" onClick={() => void run(async () => ({ text: tagOutcome('remove', await bulkTag(selectedIds, tag, 'remove', Date.now()), count, cleanTag(tag)) }))}>
            Remove tag
          </button>
          {confirmDelete ? (
            <>
              <button
                type="button"
                className="button button--danger"
                onClick={() => {
                  setConfirmDelete(false);
                  void run(async () => {
                    const deleted = await deleteCreators(selectedIds);
                    onDeleted();
                    return { text: `Deleted ${deleted.creators.length} creator${deleted.creators.length === 1 ? '' : 's'} and everything about them.`, undo: deleted };
                  });
                }}
              >
                Delete {n} for good
              </button>
              <button type="button" className="button button--link" onClick={() => setConfirmDelete(false)}>
                Keep them
              </button>
            </>
          ) : (
            <button type="button" className="button" onClick={() => setConfirmDelete(true)}>
              Delete…
            </button>
          )}
        </div>
      )}
      <p role="status" className="bulk__outcome">
        {outcome && 'text' in outcome && outcome.text}
        {outcome && 'undo' in outcome && outcome.undo && (
          <button
            type="button"
            className="button button--link"
            onClick={() => {
              const undo = outcome.undo!;
              void restoreDeleted(undo).then(
                () => setOutcome({ text: `Restored ${undo.creators.length} creator${undo.creators.length === 1 ? '' : 's'}.` }),
                (error: unknown) => setOutcome({ error: storageErrorMessage(error) }),
              );
            }}
          >
            Undo
          </button>
        )}
      </p>
      {outcome && 'error' in outcome && (
        <p role="alert" className="error">
          {outcome.error}
        </p>
      )}
    </div>
  );
}
