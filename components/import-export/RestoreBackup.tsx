import { useId, useRef, useState, type ChangeEvent } from 'react';
import { countsOf, countsText, currentCounts, parseBackup, RestoreCancelledError, restoreBackup, tableLabel, type Backup, type TableCounts, type WorkProgress } from '@/storage/backup';
import { preferencesSummary } from '@/storage/backup-preferences';
import { storageErrorMessage } from '@/utils/model/errors';
import { TABLE_NAMES } from '@/utils/model/schemas';
import { formatDateTime } from '@/utils/format';
import { MAX_BACKUP_BYTES, nextPaint, tooLargeMessage, unreadableMessage } from './download';
import { WorkProgressBar } from './WorkProgressBar';

interface Chosen {
  fileName: string;
  fileBytes: number;
  backup: Backup;
  /** What the database holds now: what a restore would replace. */
  current: TableCounts;
}


/**
 * Restore a backup file: show what it holds and what it would replace, and restore only after an
 * explicit "Replace everything with this backup".
 */
export function RestoreBackup() {
  const id = useId();
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const [progress, setProgress] = useState<WorkProgress | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<AbortController | null>(null);

  const clear = () => {
    setChosen(null);
    if (input.current) input.current.value = '';
  };

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    setChosen(null);
    setErrors([]);
    setDone(null);
    const tooLarge = tooLargeMessage(file, MAX_BACKUP_BYTES, 'restores backups');
    if (tooLarge) return setErrors([tooLarge]);
    setProgress({ phase: 'Reading the backup', done: 0, total: 1 });
    await nextPaint();
    try {
      let text: string;
      try {
        text = await file.text();
      } catch {
        if (input.current) input.current.value = '';
        return setErrors([unreadableMessage(file)]);
      }
      const parsed = parseBackup(text);
      if (!parsed.ok) {
        setErrors(parsed.errors);
        if (input.current) input.current.value = '';
        return;
      }
      setChosen({ fileName: file.name, fileBytes: file.size, backup: parsed.backup, current: await currentCounts() });
      // The decision comes next: take keyboard focus to it.
      setTimeout(() => confirmRef.current?.focus(), 0);
    } catch (e) {
      setErrors([storageErrorMessage(e)]);
    } finally {
      setProgress(null);
    }
  };

  const restore = async () => {
    if (!chosen) return;
    const { backup } = chosen;
    const cancel = new AbortController();
    cancelRef.current = cancel;
    try {
      const counts = await restoreBackup(backup, setProgress, chosen.fileBytes, cancel.signal);
      setDone(`Restored the backup from ${formatDateTime(backup.exportedAt)}: ${countsText(counts)}.`);
      clear();
    } catch (e) {
      // The message says what became of the data: restoreBackup counts it again after a failure.
      if (e instanceof RestoreCancelledError) setDone(e.message);
      else setErrors([storageErrorMessage(e)]);
    } finally {
      cancelRef.current = null;
      setProgress(null);
    }
  };

  const restoring = progress !== null && chosen !== null;

  return (
    <section className="import-export__section" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>Restore a backup</h3>
      <p className="muted">Puts back everything from a backup file, replacing all that Creator Scout holds now.</p>
      <label className="button file-button">
        Restore a backup…
        <input ref={input} type="file" accept=".json,application/json" className="sr-only" onChange={(e) => void choose(e)} disabled={restoring} />
      </label>

      {errors.length > 0 && (
        <div role="alert" className="import-export__error">
          {errors.length === 1 ? (
            <p>{errors[0]}</p>
          ) : (
            <>
              <p>{errors[0]}</p>
              <ul>
                {errors.slice(1).map((e, i) => (
                  <li key={i}>{e}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      {done && (
        <p role="status" className="import-export__done">
          {done}
        </p>
      )}
      {progress && <WorkProgressBar progress={progress} />}
      {restoring && (
        <div className="import-export__actions">
          <button type="button" className="button" onClick={() => cancelRef.current?.abort()}>
            Cancel restore
          </button>
        </div>
      )}

      {chosen && (
        <div className="restore-confirm" role="group" aria-labelledby={`${id}-confirm`}>
          <h4 id={`${id}-confirm`}>Restore “{chosen.fileName}”?</h4>
          <p>This backup was made on {formatDateTime(chosen.backup.exportedAt)}. It contains:</p>
          <dl className="table-counts">
            {TABLE_NAMES.map((t) => (
              <div key={t}>
                <dt>{tableLabel(t)}</dt>
                <dd>{countsOf(chosen.backup)[t].toLocaleString('en-US')}</dd>
              </div>
            ))}
          </dl>
          {chosen.backup.preferences ? (
            <>
              <p>And your preferences:</p>
              <ul className="restore-confirm__preferences">
                {preferencesSummary(chosen.backup.preferences).map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </>
          ) : (
            <p className="muted">This backup was made before backups included preferences: your current sender details, fit criteria and saved views stay as they are.</p>
          )}
          <p className="restore-confirm__warning">
            Restoring replaces everything Creator Scout holds now ({countsText(chosen.current)}) with this backup. This cannot be undone: download a
            backup of your current data first if you may need it.
          </p>
          <div className="import-export__actions">
            <button ref={confirmRef} type="button" className="button button--danger" onClick={() => void restore()} disabled={restoring}>
              Replace everything with this backup
            </button>
            <button type="button" className="button" onClick={clear} disabled={restoring}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
