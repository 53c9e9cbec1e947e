import { useId } from 'react';
import type { Agreement } from '@/utils/model/schemas';
import { readDraft, type AgreementDraft } from '@/utils/agreements/draft';
import { remindersFor } from '@/utils/agreements/reminders';
import { isActive } from '@/utils/agreements/status';
import { formatDateTime } from '@/utils/format';

// The reminders the agreement will set once saved, so nobody has to remember its dates.

export function ReminderPreview({ draft, creatorName, status }: { draft: AgreementDraft; creatorName: string; status: Agreement['status'] }) {
  const headingId = useId();
  const { input } = readDraft(draft);
  const reminders = isActive(status)
    ? remindersFor({ id: 'preview', status, createdAt: 0, updatedAt: 0, ...input, title: input.title || 'this agreement' }, creatorName).sort((a, b) => a.dueAt - b.dueAt)
    : [];
  return (
    <section className="agreement-form__group agreement-reminders" aria-labelledby={headingId}>
      <h3 id={headingId}>Reminders</h3>
      {!isActive(status) ? (
        <p className="form-field__hint">None: this agreement is {status}, so its reminders are cancelled.</p>
      ) : reminders.length === 0 ? (
        <p className="form-field__hint">None yet. Due dates for deliverables and payments, and a start date with usage rights, each set a reminder.</p>
      ) : (
        <>
          <p className="form-field__hint">Saving sets or updates these:</p>
          <ul className="plain">
            {reminders.map((r, i) => (
              <li key={i}>
                {r.title} · <span className="form-field__hint">{formatDateTime(r.dueAt)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
