// Wait for a single-page site to render what we read: check now, then again after the page changes
// (at most every `intervalMs`), until `isReady` says yes, the time runs out or the signal aborts.
// One observer at a time, always disconnected: nothing keeps watching a page we are done with.

export interface WhenReadyOptions {
  signal: AbortSignal;
  timeoutMs: number;
  intervalMs?: number;
}

/** Resolves true once `isReady()` is true, false on timeout or abort. */
export function whenReady(doc: Document, isReady: () => boolean, options: WhenReadyOptions): Promise<boolean> {
  const { signal, timeoutMs, intervalMs = 250 } = options;
  if (signal.aborted) return Promise.resolve(false);
  if (isReady()) return Promise.resolve(true);

  return new Promise((resolve) => {
    let pending: ReturnType<typeof setTimeout> | undefined;
    const finish = (ready: boolean) => {
      observer.disconnect();
      clearTimeout(pending);
      clearTimeout(deadline);
      signal.removeEventListener('abort', onAbort);
      resolve(ready);
    };
    const check = () => {
      pending = undefined;
      if (isReady()) finish(true);
    };
    const observer = new MutationObserver(() => {
      pending ??= setTimeout(check, intervalMs);
    });
    const onAbort = () => finish(false);
    const deadline = setTimeout(() => finish(isReady()), timeoutMs);
    signal.addEventListener('abort', onAbort);
    observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['aria-label', 'title', 'href'] });
  });
}
