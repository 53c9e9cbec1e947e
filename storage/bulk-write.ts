// Large writes in slices, inside the caller's one transaction: a progress bar moves as the records
// are written, and a cancel between two slices aborts the transaction, so IndexedDB rolls back all
// of it — never a partial write.

/** Records written between two progress reports and two looks at the cancel button. */
export const WRITE_SLICE = 5000;

/** The user cancelled the work; the transaction it ran in was rolled back. */
export class WorkCancelledError extends Error {
  override name = 'WorkCancelledError';
}

/** Throw (inside a transaction: roll it back) once the user has cancelled. */
export function throwIfCancelled(signal: AbortSignal | undefined, what: string): void {
  if (signal?.aborted) throw new WorkCancelledError(`${what} was cancelled.`);
}

/**
 * Write `records` with `write` (a bulkAdd or bulkPut of the running transaction) a slice at a time,
 * telling `written` how many each slice wrote, and stopping with WorkCancelledError when `signal`
 * is aborted. `what`: "The restore", for the error.
 */
export async function writeInSlices<T>(
  records: readonly T[],
  write: (slice: T[]) => Promise<unknown>,
  written: (count: number) => void,
  signal: AbortSignal | undefined,
  what: string,
): Promise<void> {
  // One slice always queued behind the one being written, so the database never waits for us.
  let pending: { done: Promise<unknown>; count: number } | null = null;
  for (let from = 0; from < records.length; from += WRITE_SLICE) {
    throwIfCancelled(signal, what);
    const slice = records.slice(from, from + WRITE_SLICE);
    const done = write(slice);
    // Awaited below; if an earlier slice fails first, the transaction's error is the one reported.
    done.catch(() => undefined);
    if (pending) {
      await pending.done;
      written(pending.count);
    }
    pending = { done, count: slice.length };
  }
  if (pending) {
    await pending.done;
    written(pending.count);
  }
}
