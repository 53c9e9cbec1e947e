import { useId, useState } from 'react';
import { Options } from '@/components/form/Options';
import { DEFAULT_STAGES } from '@/utils/pipeline';
import { statusLabel } from '@/utils/format';
import type { PopupApi } from './popup-api';
import { messageOf } from './usePopup';

/** Right after saving: the pipeline stage, tags and a note, without leaving the page. */
export function AfterSave({ api, creatorId, created, initialStatus }: { api: PopupApi; creatorId: string; created: boolean; initialStatus: string }) {
  const id = useId();
  const [status, setStatus] = useState(initialStatus);
  const [tags, setTags] = useState('');
  const [note, setNote] = useState('');
  const [result, setResult] = useState<{ kind: 'idle' | 'saving' | 'saved' } | { kind: 'failed'; message: string }>({ kind: 'idle' });

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setResult({ kind: 'saving' });
    try {
      await api.quickEdit(creatorId, { status, tags: tags.split(','), note });
      setNote('');
      setResult({ kind: 'saved' });
    } catch (error) {
      setResult({ kind: 'failed', message: messageOf(error) });
    }
  };

  return (
    <form className="after-save" onSubmit={(event) => void submit(event)} aria-labelledby={`${id}-title`}>
      <p id={`${id}-title`} className="save-area__done" role="status">
        {created ? 'Saved to your shortlist.' : 'Saved: a new snapshot was added.'}
      </p>
      <div className="field">
        <label htmlFor={`${id}-status`}>Pipeline stage</label>
        <select id={`${id}-status`} className="input" value={status} onChange={(e) => setStatus(e.target.value)}>
          <Options values={DEFAULT_STAGES} label={(stage) => statusLabel(stage)} />
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-tags`}>Tags</label>
        <input id={`${id}-tags`} className="input" value={tags} placeholder="e.g. travel, storytelling" aria-describedby={`${id}-tags-hint`} onChange={(e) => setTags(e.target.value)} />
        <span id={`${id}-tags-hint`} className="hint">
          Separate tags with commas.
        </span>
      </div>
      <div className="field">
        <label htmlFor={`${id}-note`}>Note</label>
        <textarea id={`${id}-note`} className="input" rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
      </div>
      <div className="after-save__actions">
        <button type="submit" className="button button--primary" disabled={result.kind === 'saving'}>
          {result.kind === 'saving' ? 'Saving…' : 'Save details'}
        </button>
        <button type="button" className="button button--link" onClick={() => api.openRoster(creatorId)}>
          Open in roster
        </button>
      </div>
      {result.kind === 'saved' && <p className="save-area__done">Details saved.</p>}
      {result.kind === 'failed' && (
        <p className="error" role="alert">
          {result.message}
        </p>
      )}
    </form>
  );
}
