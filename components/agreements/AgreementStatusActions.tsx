import { useState } from 'react';
import { setAgreementStatus } from '@/storage/agreements';
import { storageErrorMessage } from '@/utils/model/errors';
import type { Agreement } from '@/utils/model/schemas';
import { STATUS_LABELS } from '@/utils/agreements/labels';
import { NEXT_STATUSES, STATUS_ACTIONS } from '@/utils/agreements/status';
import { formatDate } from '@/utils/format';
import { requestReminderSync } from '@/utils/browser/reminder-sync';

// Where the agreement stands, and only the steps it can take from there.

/** When a button is pressed (outside the component, so render stays pure). */
const clock = () => Date.now();

export function AgreementStatusActions({ agreement, unsaved }: { agreement: Agreement; unsaved: boolean }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const next = NEXT_STATUSES[agreement.status];

  const move = async (status: Agreement['status']) => {
    setBusy(true);
    setError('');
    try {
      await setAgreementStatus(agreement.id, status, clock());
      void requestReminderSync();
    } catch (e) {
      setError(`The status did not change: ${storageErrorMessage(e)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="agreement-status" aria-label="Status">
      <p>
        Status: <strong className={`agreement-chip agreement-chip--${agreement.status}`}>{STATUS_LABELS[agreement.status]}</strong>
        {agreement.terms.signedAt !== null && <span className="form-field__hint"> · signed {formatDate(agreement.terms.signedAt)}</span>}
      </p>
      {next.length > 0 && (
        <div className="agreement-status__actions">
          {next.map((status) => (
            <button key={status} type="button" className={status === 'cancelled' ? 'button' : 'button button--primary'} disabled={busy} onClick={() => void move(status)}>
              {STATUS_ACTIONS[status]}
            </button>
          ))}
        </div>
      )}
      {unsaved && next.length > 0 && <p className="form-field__hint">Changing the status does not save your edits: save them first.</p>}
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
    </section>
  );
}
