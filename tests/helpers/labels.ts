// Controls a screen reader would announce without a name: every visible button, link, form field
// and element given an interactive role must have one (from its text, a label, aria-label,
// aria-labelledby, a title, or an image's alt text).
import type { Page } from 'playwright-core';

export interface UnnamedControl {
  tag: string;
  where: string;
  attributes: string;
}

export function unnamedControls(page: Page): Promise<UnnamedControl[]> {
  return page.evaluate(() => {
    const SELECTOR =
      'button, a[href], input:not([type="hidden"]), select, textarea, summary, [role="button"], [role="link"], [role="checkbox"], [role="tab"], [role="menuitem"], [role="switch"], [role="combobox"], [role="searchbox"], [tabindex]:not([tabindex="-1"])';
    const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
    const nameOf = (el: Element): string => {
      const labelledBy = el.getAttribute('aria-labelledby');
      if (labelledBy) return labelledBy.split(/\s+/).map((id) => text(document.getElementById(id))).join(' ').trim();
      const aria = el.getAttribute('aria-label')?.trim();
      if (aria) return aria;
      if (el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement) {
        const fromLabels = [...(el.labels ?? [])].map(text).join(' ').trim();
        if (fromLabels) return fromLabels;
        if (el instanceof HTMLInputElement && ['submit', 'button', 'reset'].includes(el.type)) return el.value;
      }
      const own = text(el) || [...el.querySelectorAll('img[alt], svg[aria-label]')].map((i) => i.getAttribute('alt') ?? i.getAttribute('aria-label') ?? '').join(' ').trim();
      if (own) return own;
      return el.getAttribute('title')?.trim() ?? '';
    };
    const visible = (el: Element) => {
      const rect = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return rect.width > 0 && rect.height > 0 && style.visibility === 'visible';
    };
    const describe = (el: Element) => {
      const parts: string[] = [];
      for (let node: Element | null = el.parentElement; node && parts.length < 3; node = node.parentElement) {
        const cls = node.getAttribute('class')?.trim().split(/\s+/)[0];
        parts.unshift(node.tagName.toLowerCase() + (cls ? `.${cls}` : ''));
      }
      return parts.join(' > ');
    };
    return [...document.querySelectorAll(SELECTOR)]
      .filter(visible)
      .filter((el) => !nameOf(el))
      .map((el) => ({ tag: el.tagName.toLowerCase(), where: describe(el), attributes: [...el.attributes].map((a) => `${a.name}="${a.value.slice(0, 40)}"`).join(' ') }));
  });
}
