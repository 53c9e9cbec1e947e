import { useEffect, useState } from 'react';

// A preference kept in extension storage (sender details, badge switches, saved views), read once
// and then kept current as it changes in any tab.

export interface StoredValue<T> {
  get(): Promise<T>;
  /** Calls back with each new value; returns the unsubscribe function. */
  watch(onChange: (value: T) => void): () => void;
}

/** The stored value, `undefined` while it loads. A change seen while loading wins over the first read. */
export function useStoredValue<T>(item: StoredValue<T>): T | undefined {
  const [value, setValue] = useState<T>();
  useEffect(() => {
    let active = true;
    let changed = false;
    void item.get().then((first) => {
      if (active && !changed) setValue(first);
    });
    const unwatch = item.watch((next) => {
      changed = true;
      if (active) setValue(next);
    });
    return () => {
      active = false;
      unwatch();
    };
  }, [item]);
  return value;
}
