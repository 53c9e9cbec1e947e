import { useState, type Dispatch, type SetStateAction } from 'react';

// Helpers the campaign forms share (their fields come from the form kit, components/form/).

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
