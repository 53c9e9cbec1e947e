// Wait for a single-page site to render what we read: check now, then again after the page changes,
// until `isReady` says yes, the time runs out or the signal aborts. Checks are spaced out: the
// first comes `intervalMs` after a change, and each one that finds the page not ready doubles the
// wait before the next (up to `maxIntervalMs`), so a page that never gets ready (a channel that
// hides its subscriber count, a login wall) is read about a dozen times in ten seconds, not forty,
// while a page that gets ready late is noticed at most a second after it does.
// One observer at a time, always disconnected: nothing keeps watching a page we are done with.

export interface WhenReadyOptions {
  signal: AbortSignal;
  timeoutMs: number;
  /** The wait before the first check after a change (default 250 ms). */
  intervalMs?: number;
  /** The longest wait between two checks (default 1 s, never less than `intervalMs`). */
  maxIntervalMs?: number;
}

/**
 * Resolves true once `isReady()` is true, false on timeout or abort; never rejects. An `isReady`
 * that throws counts as "not ready yet" (a reader that trips on a half-rendered page).
 */
export function whenReady(doc: Document, isReady: () => boolean, options: WhenReadyOptions): Promise<boolean> {
  const { signal, timeoutMs, intervalMs = 250 } = options;
  const maxIntervalMs = Math.max(options.maxIntervalMs ?? 1000, intervalMs);
  const readyNow = () => {
    try {
      return isReady();
    } catch {
      return false;
    }
  };
  if (signal.aborted) return Promise.resolve(false);
  if (readyNow()) return Promise.resolve(true);

  return new Promise((resolve) => {
    let pending: ReturnType<typeof setTimeout> | undefined;
    let delay = intervalMs;
    const finish = (ready: boolean) => {
      observer.disconnect();
      clearTimeout(pending);
      clearTimeout(deadline);
      signal.removeEventListener('abort', onAbort);
      resolve(ready);
    };
    const check = () => {
      pending = undefined;
      if (readyNow()) finish(true);
      else delay = Math.min(delay * 2, maxIntervalMs);
    };
    const observer = new MutationObserver(() => {
      pending ??= setTimeout(check, delay);
    });
    const onAbort = () => finish(false);
    // At the deadline the wait ends whatever the last check says (or throws).
    const deadline = setTimeout(() => finish(readyNow()), timeoutMs);
    signal.addEventListener('abort', onAbort);
    observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['aria-label', 'title', 'href'] });
  });
}
