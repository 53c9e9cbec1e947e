import type { ReactNode } from 'react';
import type { Notice } from '@/components/app/useFormSave';
import './form.css';

// What a form says after a save: a line beside its buttons that a screen reader hears (a live
// region that is always there, empty until a save went through) and, below, what went wrong.

/** The "Saved" line; `pending` is what it says before (such as "Unsaved changes"). */
export function SavedNotice({ notice, pending = '' }: { notice: Notice | null | undefined; pending?: string }) {
  return (
    <p role="status" className="form-notice">
      {notice?.tone === 'ok' ? notice.text : pending}
    </p>
  );
}

/** Why the save failed, if it did. */
export function ErrorNotice({ notice, id }: { notice: Notice | null | undefined; id?: string }) {
  return notice?.tone === 'error' ? (
    <p id={id} role="alert" className="form-error">
      {notice.text}
    </p>
  ) : null;
}

/** A form's footer: its buttons with the saved line beside them, then what went wrong. */
export function FormFooter({ notice, pending, className, children }: { notice: Notice | null | undefined; pending?: string; className?: string; children: ReactNode }) {
  return (
    <>
      <div className={className ? `form-actions ${className}` : 'form-actions'}>
        {children}
        <SavedNotice notice={notice} pending={pending} />
      </div>
      <ErrorNotice notice={notice} />
    </>
  );
}
