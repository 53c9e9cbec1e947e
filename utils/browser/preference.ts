// The one way a small preference is kept in extension storage (DESIGN.md: everything a user would
// miss if lost lives in the database instead). Built on WXT's storage items, which carry the
// value's format version beside it (key + "$") and run the migrations when a newer version of the
// extension first reads an older value. Values written before this helper existed have no version
// beside them and count as version 1. Small enough for content scripts (no zod here: each
// preference brings its own `read`).
import { storage, type StorageItemKey } from 'wxt/utils/storage';

export interface PreferenceOptions<T> {
  /**
   * Turn what storage holds into a value: anything an older or broken version wrote, or nothing
   * (undefined). Never throws: a value that does not parse reads as the default.
   */
  read: (stored: unknown) => T;
  /** The stored format's version: 1 until the format changes, then one more with a migration. */
  version?: number;
  /** `migrations[n]` turns a version n − 1 value into version n (n from 2 to `version`). */
  migrations?: Record<number, (old: unknown) => unknown>;
}

export interface Preference<T> {
  /** Where it is kept, "local:…" or "session:…". */
  readonly key: StorageItemKey;
  get(): Promise<T>;
  /** Keep `value`; null forgets it (the next `get` reads the default). */
  set(value: T | null): Promise<void>;
  /** Call `onChange` with the new value whenever it changes (in any tab); returns the unsubscribe function. */
  watch(onChange: (value: T) => void): () => void;
}

export function definePreference<T>(key: StorageItemKey, options: PreferenceOptions<T>): Preference<T> {
  const { read, version = 1, migrations = {} } = options;
  // Made on first use, not when a module defines it: WXT reads the stored version (and migrates) as
  // soon as an item is made, and a module that only imports a preference (a script run by Node, a
  // page that never reads it) must not touch storage.
  let made: ReturnType<typeof storage.defineItem<unknown>> | null = null;
  const item = () => (made ??= storage.defineItem<unknown>(key, { version, migrations }));
  return {
    key,
    get: async () => read((await item().getValue()) ?? undefined),
    set: async (value) => {
      if (value === null) await item().removeValue();
      else await item().setValue(value);
    },
    watch: (onChange) => item().watch((value) => onChange(read(value ?? undefined))),
  };
}
