// Free disk space before a large write. Chromium keeps an origin's IndexedDB in one LevelDB: a
// transaction too big to hold in memory is written to disk as it goes, and when the disk fills up
// halfway, rolling it back needs disk space too. Tested on a real full disk (tests/e2e/full-disk):
// the database then could not even be opened after a restart ("Encountered full disk while opening
// backing store"), and Chromium replaced it with an empty one. So a large write starts only when
// there is clearly room for it; a small one that meets a full disk fails cleanly.

/** LevelDB writes a record to its log, then again to a table file, and keeps an undo journal. */
const WRITE_AMPLIFICATION = 3;
/** Room left for everything else the browser writes meanwhile. */
const HEADROOM_BYTES = 8 * 1024 * 1024;

export class NotEnoughSpaceError extends Error {
  override name = 'NotEnoughSpaceError';
  readonly neededBytes: number;
  readonly freeBytes: number;
  constructor(what: string, neededBytes: number, freeBytes: number) {
    const room = freeBytes < 1024 * 1024 ? 'your disk is full' : `${megabytes(freeBytes)} are free`;
    super(`There is not enough free disk space to ${what}: it needs about ${megabytes(neededBytes)}, and ${room}. Nothing was changed. Free some disk space and try again.`);
    this.neededBytes = neededBytes;
    this.freeBytes = freeBytes;
  }
}

function megabytes(bytes: number): string {
  return `${Math.max(bytes > 0 ? 1 : 0, Math.round(bytes / 1024 / 1024)).toLocaleString('en-US')} MB`;
}

/**
 * The bytes this browser lets the extension still write: for an extension with unlimitedStorage,
 * Chromium's quota is its usage plus the disk's free space. Null where the browser does not say.
 */
export async function freeBytes(): Promise<number | null> {
  const storage = (globalThis.navigator as Navigator | undefined)?.storage;
  if (typeof storage?.estimate !== 'function') return null;
  try {
    const { quota, usage } = await storage.estimate();
    if (typeof quota !== 'number' || typeof usage !== 'number') return null;
    return Math.max(0, quota - usage);
  } catch {
    return null;
  }
}

/** What writing `payloadBytes` of records may take on disk at its peak. */
export function bytesNeededFor(payloadBytes: number): number {
  return payloadBytes * WRITE_AMPLIFICATION + HEADROOM_BYTES;
}

/** Refuse, before anything is written, a write the disk has no room for. `what`: "restore this backup". */
export async function ensureSpaceFor(what: string, payloadBytes: number): Promise<void> {
  const free = await freeBytes();
  if (free === null) return;
  const needed = bytesNeededFor(payloadBytes);
  if (free < needed) throw new NotEnoughSpaceError(what, needed, free);
}

/** The size of records as JSON: close to what IndexedDB stores for them. */
export function payloadBytes(records: unknown): number {
  return JSON.stringify(records).length;
}
