// Reaching the in-page badge from a test. Its shadow root is closed, so the page's scripts (and
// Playwright's locators, which run as the page) cannot see into it. Tests read it from Creator
// Scout's own content-script world over the DevTools protocol, where chrome.dom.openOrClosedShadowRoot
// opens it, and press its buttons with real (trusted) mouse and keyboard input, as a user does.
import type { Page } from 'playwright-core';

interface ExecutionContext {
  id: number;
  name: string;
  auxData?: { frameId?: string; type?: string };
}

/**
 * Run `fn(root, ...args)` in the content script's world of the page's top frame, where `root` is the
 * badge's shadow root (null when there is no badge). Returns what it returns (JSON values only).
 */
export async function inBadge<A extends unknown[], T>(page: Page, fn: (root: ShadowRoot | null, ...args: A) => T, ...args: A): Promise<Awaited<T>> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const contexts: ExecutionContext[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context as ExecutionContext));
    await cdp.send('Runtime.enable');
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const world = contexts.filter((c) => c.name === 'Creator Scout' && c.auxData?.type === 'isolated' && c.auxData.frameId === frameTree.frame.id).at(-1);
    if (!world) throw new Error(`Creator Scout's content script is not running in ${page.url()}`);
    const expression = `(async () => {
      const host = document.querySelector('creator-scout-badge');
      const root = host ? chrome.dom.openOrClosedShadowRoot(host) : null;
      return (${fn.toString()})(root, ...${JSON.stringify(args)});
    })()`;
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, contextId: world.id, awaitPromise: true, returnByValue: true });
    if (exceptionDetails) throw new Error(`In the badge: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value as Awaited<T>;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** The badge's text, or null when there is no badge. */
export function badgeText(page: Page): Promise<string | null> {
  return inBadge(page, (root) => root?.textContent ?? null);
}

/** A badge button's attribute (or '#text', its text), found by its accessible name (aria-label, else its text). */
export function badgeButtonAttribute(page: Page, name: string | RegExp, attribute: string): Promise<string | null> {
  const source = typeof name === 'string' ? `^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$` : name.source;
  return inBadge(
    page,
    (root, pattern, attr) => {
      const re = new RegExp(pattern);
      const button = [...(root?.querySelectorAll('button') ?? [])].find((b) => re.test(b.getAttribute('aria-label') ?? b.textContent ?? ''));
      if (!button) throw new Error(`No badge button named ${pattern}`);
      if (attr === '#rect') return JSON.stringify(button.getBoundingClientRect());
      if (attr === '#text') return button.textContent;
      if (attr === '#focus') return (button.focus(), 'focused');
      return button.getAttribute(attr);
    },
    source,
    attribute,
  );
}

/** Wait for a badge button, then click its middle with the real mouse. */
export async function clickBadgeButton(page: Page, name: string | RegExp, timeout = 15_000): Promise<void> {
  const rect = await waitForBadgeButton(page, name, timeout);
  await page.mouse.click(rect.x + rect.width / 2, rect.y + rect.height / 2);
}

/** Give a badge button keyboard focus (then press keys with page.keyboard). */
export async function focusBadgeButton(page: Page, name: string | RegExp, timeout = 15_000): Promise<void> {
  await waitForBadgeButton(page, name, timeout);
  await badgeButtonAttribute(page, name, '#focus');
}

export async function waitForBadgeButton(page: Page, name: string | RegExp, timeout = 15_000): Promise<DOMRect> {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      return JSON.parse((await badgeButtonAttribute(page, name, '#rect'))!) as DOMRect;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await page.waitForTimeout(200);
    }
  }
}

/** How many badges the page holds (the host element is in the page's own DOM). */
export function badgeCount(page: Page): Promise<number> {
  return page.locator('creator-scout-badge').count();
}
