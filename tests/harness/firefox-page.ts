// Small page helpers for the Firefox tests (puppeteer-core over WebDriver BiDi), in the words a
// user would use: a button by its name, a text on screen, a field by its label.
import type { ElementHandle, Page } from 'puppeteer-core';

/** Wait until the page shows `text` (in its visible text). */
export async function waitForText(page: Page, text: string | RegExp, timeout = 15_000): Promise<void> {
  const source = typeof text === 'string' ? { s: text } : { r: text.source, f: text.flags };
  await page.waitForFunction(
    (t: { s?: string; r?: string; f?: string }) => {
      const shown = document.body?.innerText ?? '';
      return t.s !== undefined ? shown.includes(t.s) : new RegExp(t.r!, t.f).test(shown);
    },
    { timeout },
    source,
  );
}

/** The button named `name` (its text or aria-label), once it is there and enabled. */
export async function button(page: Page, name: string): Promise<ElementHandle<HTMLButtonElement>> {
  const handle = await page.waitForFunction(
    (n: string) =>
      [...document.querySelectorAll('button')].find(
        (b) => !b.disabled && ((b.getAttribute('aria-label') ?? '').trim() === n || (b.textContent ?? '').trim() === n),
      ),
    { timeout: 15_000 },
    name,
  );
  return handle as ElementHandle<HTMLButtonElement>;
}

/** The form control labelled `label` (a <label> element's text, or aria-label), inside `scope` if given. */
export async function field(page: Page, label: string, scope = 'body'): Promise<ElementHandle<HTMLInputElement>> {
  const handle = await page.waitForFunction(
    (l: string, s: string) => {
      const root = document.querySelector(s);
      if (!root) return undefined;
      const byAria = root.querySelector<HTMLInputElement>(`[aria-label="${CSS.escape(l)}"]`);
      if (byAria) return byAria;
      const tag = [...root.querySelectorAll('label')].find((x) => (x.textContent ?? '').trim().startsWith(l));
      return (tag?.control as HTMLInputElement | null) ?? undefined;
    },
    { timeout: 15_000 },
    label,
    scope,
  );
  return handle as ElementHandle<HTMLInputElement>;
}

/**
 * Put `value` in an input the way the browser does when a user picks it (date and time pickers
 * cannot be typed into the same way in every browser), so React sees the change.
 */
export async function setValue(input: ElementHandle<HTMLInputElement>, value: string): Promise<void> {
  await input.evaluate((el, v) => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(el, v);
    el.dispatchEvent(new Event('input', { bubbles: true }));
    el.dispatchEvent(new Event('change', { bubbles: true }));
  }, value);
}

/** The value a popup stat shows on screen, without the words kept for screen readers. */
export function statValue(page: Page, label: string): Promise<string> {
  return page.evaluate((l: string) => {
    const stat = [...document.querySelectorAll('.stat')].find((s) => s.querySelector('dt')?.textContent?.trim() === l);
    const dd = stat?.querySelector('dd');
    if (!dd) return `(no ${l})`;
    return [...dd.childNodes]
      .filter((n) => !(n instanceof Element && n.classList.contains('sr-only')))
      .map((n) => n.textContent)
      .join('')
      .trim();
  }, label);
}

/** The visible text of the first element matching `selector` whose text contains `containing`. */
export async function textOf(page: Page, selector: string, containing: string): Promise<string> {
  const handle = await page.waitForFunction(
    (s: string, c: string) => [...document.querySelectorAll<HTMLElement>(s)].find((el) => el.innerText.includes(c))?.innerText,
    { timeout: 15_000 },
    selector,
    containing,
  );
  return (await handle.jsonValue()) as string;
}
