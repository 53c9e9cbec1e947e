import { useState, type Dispatch, type ReactNode, type SetStateAction } from 'react';

// One labelled field of the campaign forms: its hint and its error are tied to the input
// (aria-describedby), and an input with an error says so (aria-invalid), so a screen reader reads
// the message when the field is focused.

export interface InputProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

export function Field({
  id,
  label,
  hint,
  error,
  className,
  children,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  className?: string;
  children: (props: InputProps) => ReactNode;
}) {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`campaign-field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
      {hint && (
        <p id={`${id}-hint`} className="campaign-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="campaign-error">
          {error}
        </p>
      )}
    </div>
  );
}

/** The time a write is stamped with (called from event handlers, never while rendering). */
export function currentTime(): number {
  return Date.now();
}

/** Go to another page of the options page, by its `#/…` address. */
export function navigateTo(href: string): void {
  location.hash = href;
}

/**
 * A form's draft of a saved value. It follows the saved value when that changes elsewhere (another
 * tab, an import) unless the user is mid-edit; `commit` makes a just-saved value the new baseline.
 */
export function useFollowingDraft<D>(saved: D): { draft: D; setDraft: Dispatch<SetStateAction<D>>; dirty: boolean; commit: (next: D) => void } {
  const [baseline, setBaseline] = useState(saved);
  const [draft, setDraft] = useState(saved);
  // Follow the stored record only when it changes: right after a save (commit) the record passed in
  // is still the old one until the live query catches up, and must not put the old values back.
  const [seen, setSeen] = useState(saved);
  const dirty = JSON.stringify(draft) !== JSON.stringify(baseline);
  if (JSON.stringify(saved) !== JSON.stringify(seen)) {
    setSeen(saved);
    if (!dirty) {
      setBaseline(saved);
      setDraft(saved);
    }
  }
  const commit = (next: D) => {
    setBaseline(next);
    setDraft(next);
  };
  return { draft, setDraft, dirty, commit };
}
