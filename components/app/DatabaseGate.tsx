import { useEffect, useId, useState, type ReactNode } from 'react';
import { database, DB_NAME, LATEST_VERSION } from '@/storage/db';
import { localDate } from '@/utils/date-input';

// When the database cannot be opened (an update of its records failed, the disk is unreadable), the
// options page says so truthfully instead of a blank or broken page: what failed, what became of the
// data (checked, not assumed), and a way to keep a copy of it as it is.

/** Dexie numbers IndexedDB versions ten times its own. */
const IDB_VERSION_FACTOR = 10;

interface RawState {
  /** The database's version as Creator Scout counts them (Dexie's). */
  version: number;
  tables: Record<string, unknown[]>;
}

/** Every record of the database as it is on disk, read without opening it with Creator Scout's schema (so without upgrading it). */
export function readRawDatabase(): Promise<RawState> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME);
    request.onupgradeneeded = () => {
      // No database at all: opening created an empty one; abort so nothing is written.
      request.transaction?.abort();
    };
    request.onerror = () => reject(request.error ?? new Error('The database could not be read.'));
    request.onsuccess = () => {
      const idb = request.result;
      const names = [...idb.objectStoreNames];
      const tables: Record<string, unknown[]> = {};
      if (names.length === 0) {
        idb.close();
        resolve({ version: idb.version / IDB_VERSION_FACTOR, tables });
        return;
      }
      const tx = idb.transaction(names, 'readonly');
      for (const name of names) {
        const all = tx.objectStore(name).getAll();
        all.onsuccess = () => (tables[name] = all.result as unknown[]);
      }
      tx.oncomplete = () => {
        idb.close();
        resolve({ version: idb.version / IDB_VERSION_FACTOR, tables });
      };
      tx.onerror = () => reject(tx.error ?? new Error('The database could not be read.'));
    };
  });
}

function errorText(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current; depth++) {
    const e = current as { name?: unknown; message?: unknown; inner?: unknown };
    const text = [typeof e.name === 'string' ? e.name : '', typeof e.message === 'string' ? e.message : ''].filter(Boolean).join(': ');
    if (text && !parts.some((p) => p.includes(text))) parts.push(text);
    current = e.inner;
  }
  // Dexie repeats the cause inside its own message ("…key. DataError: …key."): each sentence once.
  const seen = new Set<string>();
  const sentences = (parts.join(' — ') || String(error)).split(/(?<=\.)\s+/).filter((sentence) => {
    const key = sentence.replace(/^\w+Error: /, '');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return sentences.join(' ').slice(0, 500).replace(/[.!?\s]+$/, '');
}

type Check =
  | { kind: 'checking' }
  /** Read back from disk: `href` downloads it as `fileName`. */
  | { kind: 'intact'; raw: RawState; href: string; fileName: string }
  | { kind: 'unknown'; reason: string };

function OpenFailed({ error }: { error: unknown }) {
  const headingId = useId();
  const [check, setCheck] = useState<Check>({ kind: 'checking' });

  useEffect(() => {
    let active = true;
    let href: string | null = null;
    readRawDatabase().then(
      (raw) => {
        if (!active) return;
        const now = Date.now();
        const copy = { format: 'creator-scout-raw-copy', databaseVersion: raw.version, copiedAt: now, tables: raw.tables };
        href = URL.createObjectURL(new Blob([JSON.stringify(copy)], { type: 'application/json' }));
        setCheck({ kind: 'intact', raw, href, fileName: `creator-scout-raw-copy-${localDate(now)}.json` });
      },
      (e: unknown) => active && setCheck({ kind: 'unknown', reason: errorText(e) }),
    );
    return () => {
      active = false;
      if (href) URL.revokeObjectURL(href);
    };
  }, []);

  const records = check.kind === 'intact' ? Object.values(check.raw.tables).reduce((n, t) => n + t.length, 0) : 0;
  const older = check.kind === 'intact' && check.raw.version < LATEST_VERSION;
  return (
    <section className="error-boundary" aria-labelledby={headingId}>
      <h2 id={headingId}>Creator Scout cannot open your data</h2>
      {/* Said once the disk was read: whether an update failed depends on the version found there. */}
      {check.kind !== 'checking' && (
        <p role="alert">
          {older
            ? `Updating your data to this version of Creator Scout failed (from database version ${check.raw.version} to ${LATEST_VERSION}): ${errorText(error)}.`
            : `Opening your data failed: ${errorText(error)}.`}
        </p>
      )}
      {check.kind === 'checking' && <p role="status">Checking what is on disk…</p>}
      {check.kind === 'intact' && (
        <p role="status">
          {older
            ? `Your data was not changed: the update is all or nothing, and the browser kept everything as it was. Checked just now: ${records.toLocaleString('en-US')} records, at database version ${check.raw.version}.`
            : `Checked just now: ${records.toLocaleString('en-US')} records are on disk, at database version ${check.raw.version}.`}{' '}
          Nothing can be shown or saved until this is solved. Download a raw copy of your data now and keep it; then reload this page, or install the previous version of Creator Scout to go on working.
        </p>
      )}
      {check.kind === 'unknown' && (
        <p role="status">Creator Scout could not read what is on disk either ({check.reason}), so it cannot tell whether your data is intact. Do not clear the browser’s data; restart the browser and open this page again.</p>
      )}
      {check.kind === 'intact' && (
        <a className="button button--primary" href={check.href} download={check.fileName}>
          Download a raw copy of your data
        </a>
      )}
    </section>
  );
}

/** The page as usual; in its place, what failed and what to do if the database cannot be opened. */
export function DatabaseGate({ children }: { children: ReactNode }) {
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  useEffect(() => {
    database()
      .open()
      .catch((error: unknown) => setFailure({ error }));
  }, []);
  return failure ? <OpenFailed error={failure.error} /> : children;
}
