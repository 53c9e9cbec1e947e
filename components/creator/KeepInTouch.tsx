import { useId, useState, type FormEvent } from 'react';
import type { Notice } from '@/components/app/useFormSave';
import { ErrorNotice, SavedNotice } from '@/components/form/FormNotice';
import { storageErrorMessage } from '@/utils/model/errors';
import { setKeepInTouch } from '@/storage/reminders';
import type { Creator } from '@/utils/model/schemas';

// The creator's keep-in-touch cadence, on their own page (the Reminders page lists every creator's):
// a reminder comes due this many days after the last contact, and again after each one.

const DEFAULT_DAYS = 45;

export function KeepInTouch({ creator }: { creator: Pick<Creator, 'id' | 'displayName' | 'keepInTouchDays'> }) {
  const id = useId();
  const current = creator.keepInTouchDays;
  const [days, setDays] = useState(String(current ?? DEFAULT_DAYS));
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);

  const apply = async (value: number | null) => {
    setBusy(true);
    try {
      await setKeepInTouch(creator.id, value, Date.now());
      setNotice({ tone: 'ok', text: value === null ? 'Stopped.' : `Saved: every ${value} days.` });
    } catch (error) {
      setNotice({ tone: 'error', text: `Not saved: ${storageErrorMessage(error)}` });
    } finally {
      setBusy(false);
    }
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const n = Number(days);
    if (!Number.isInteger(n) || n < 1 || n > 730) {
      setNotice({ tone: 'error', text: 'Every (days): a whole number of days from 1 to 730.' });
      return;
    }
    void apply(n);
  };

  return (
    <section className="creator-section" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>Keep in touch</h3>
      <p className="creator-muted">
        {current === null
          ? `No cadence: set one and a reminder comes due that many days after your last contact with ${creator.displayName}, and again after each one.`
          : `A reminder comes due ${current} days after your last contact with ${creator.displayName}, and again after each one.`}
      </p>
      <form className="keep-in-touch-form" onSubmit={onSubmit} noValidate aria-label={`Keep in touch with ${creator.displayName}`}>
        <div className="form-field">
          <label htmlFor={`${id}-days`}>Every (days)</label>
          <input
            id={`${id}-days`}
            className="input input--small"
            type="number"
            min={1}
            max={730}
            value={days}
            aria-invalid={notice?.tone === 'error' || undefined}
            aria-describedby={notice?.tone === 'error' ? `${id}-error` : undefined}
            onChange={(event) => {
              setDays(event.target.value);
              setNotice(null);
            }}
          />
        </div>
        <button type="submit" className="button" disabled={busy}>
          {current === null ? 'Set cadence' : 'Change cadence'}
        </button>
        {current !== null && (
          <button type="button" className="button button--link" disabled={busy} onClick={() => void apply(null)}>
            Stop keeping in touch
          </button>
        )}
        <SavedNotice notice={notice} />
      </form>
      <ErrorNotice notice={notice} id={`${id}-error`} />
    </section>
  );
}
