import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenReady } from '@/utils/content/when-ready';

afterEach(() => {
  document.body.replaceChildren();
});

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
});
