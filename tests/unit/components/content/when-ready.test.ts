import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenReady } from '@/components/content/when-ready';

afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
});

/** A site that keeps changing its page (a feed, a player): a change every 50 ms. Returns its stop. */
function churn(): () => void {
  const timer = setInterval(() => document.body.append(document.createElement('i')), 50);
  return () => clearInterval(timer);
}

describe('whenReady', () => {
  it('answers at once when the page is already ready, without observing', async () => {
    const observe = vi.spyOn(MutationObserver.prototype, 'observe');
    expect(await whenReady(document, () => true, { signal: new AbortController().signal, timeoutMs: 1000 })).toBe(true);
    expect(observe).not.toHaveBeenCalled();
  });

  it('checks again after the page changes and stops observing once ready', async () => {
    const disconnect = vi.spyOn(MutationObserver.prototype, 'disconnect');
    const ready = () => document.querySelector('[data-e2e="followers-count"]') !== null;
    const waiting = whenReady(document, ready, { signal: new AbortController().signal, timeoutMs: 2000, intervalMs: 10 });
    setTimeout(() => {
      const count = document.createElement('strong');
      count.dataset.e2e = 'followers-count';
      document.body.append(count);
    }, 20);
    expect(await waiting).toBe(true);
    expect(disconnect).toHaveBeenCalled();
  });

  it('gives up after its time limit', async () => {
    const started = Date.now();
    expect(await whenReady(document, () => false, { signal: new AbortController().signal, timeoutMs: 50, intervalMs: 10 })).toBe(false);
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
  });

  it('stops when its visit is cancelled (the user navigated on)', async () => {
    const controller = new AbortController();
    const disconnect = vi.spyOn(MutationObserver.prototype, 'disconnect');
    const waiting = whenReady(document, () => false, { signal: controller.signal, timeoutMs: 60_000, intervalMs: 10 });
    controller.abort();
    expect(await waiting).toBe(false);
    expect(disconnect).toHaveBeenCalled();
  });

  it('backs off on a page that never gets ready: about a dozen checks in ten seconds, never more than 1 s apart', async () => {
    vi.useFakeTimers();
    const started = Date.now();
    const checks: number[] = [];
    const stop = churn();
    const waiting = whenReady(
      document,
      () => {
        checks.push(Date.now() - started);
        return false;
      },
      { signal: new AbortController().signal, timeoutMs: 10_000 },
    );
    await vi.advanceTimersByTimeAsync(10_000);
    expect(await waiting).toBe(false);
    stop();
    expect(checks.length).toBeLessThanOrEqual(12);
    expect(checks.length).toBeGreaterThanOrEqual(6);
    const gaps = checks.slice(1).map((at, i) => at - checks[i]!);
    // 250 ms after the first change, then doubling: 500, 1000, 1000…
    expect(gaps.slice(0, 4)).toEqual([300, 550, 1050, 1050]);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(1050);
  });

  it.each([
    ['every check', 1],
    ['every check after the first', 2],
  ])('treats a check that throws (%s) as not ready: keeps checking, then stops at the deadline and disconnects', async (_, firstThrow) => {
    vi.useFakeTimers();
    const disconnect = vi.spyOn(MutationObserver.prototype, 'disconnect');
    let calls = 0;
    const isReady = (): boolean => {
      calls++;
      if (calls < firstThrow) return false;
      throw new Error('a reader tripped on a half-rendered page');
    };
    const stop = churn();
    const waiting = whenReady(document, isReady, { signal: new AbortController().signal, timeoutMs: 1000, intervalMs: 100 });
    await vi.advanceTimersByTimeAsync(1000);
    await expect(waiting).resolves.toBe(false);
    expect(disconnect).toHaveBeenCalled();
    expect(calls).toBeGreaterThan(2); // the first check, later ones, the deadline's
    const atDeadline = calls;
    await vi.advanceTimersByTimeAsync(5000);
    stop();
    expect(calls).toBe(atDeadline); // the page still changes; nothing checks it any more
  });

  it('resolves true once a check that threw before says ready', async () => {
    let calls = 0;
    const isReady = () => {
      calls++;
      if (calls < 3) throw new Error('not rendered yet');
      return true;
    };
    const stop = churn();
    const waiting = whenReady(document, isReady, { signal: new AbortController().signal, timeoutMs: 5000, intervalMs: 10 });
    expect(await waiting).toBe(true);
    stop();
    expect(calls).toBe(3);
  });
});
