// One look at a page as the accessibility test needs it, in a single pass in the browser: every
// visible piece of text with the colours it is painted in (contrast.ts judges them), and every
// control a screen reader would announce without a name. A control's name comes from its text, a
// label, aria-label, aria-labelledby, a title, or an image's alt text.
import type { Page } from 'playwright-core';
import type { TextSample } from './contrast.ts';

export interface UnnamedControl {
  tag: string;
  where: string;
  attributes: string;
}

export interface PageAudit {
  /** The root element's background: whether the page took the light or the dark theme. */
  background: string;
  /** Visible text, leaving out disabled controls (WCAG exempts them) and text for screen readers only. */
  text: TextSample[];
  unnamed: UnnamedControl[];
}

export function auditPage(page: Page): Promise<PageAudit> {
  return page.evaluate(() => {
    const describe = (el: Element) => {
      const parts: string[] = [];
      for (let node: Element | null = el; node && parts.length < 3; node = node.parentElement) {
        const cls = node.getAttribute('class')?.trim().split(/\s+/)[0];
        parts.unshift(node.tagName.toLowerCase() + (cls ? `.${cls}` : ''));
      }
      return parts.join(' > ');
    };
    const visible = (el: Element, minSize: number) => {
      const rect = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return rect.width > minSize && rect.height > minSize && style.visibility === 'visible' && style.display !== 'none';
    };

    // Text and its colours.
    const text: TextSample[] = [];
    const inactive = (el: Element) => el.closest(':disabled, [aria-disabled="true"], [inert]') !== null;
    const backgroundsOf = (el: Element) => {
      const layers: string[] = [];
      for (let node: Element | null = el; node; node = node.parentElement) {
        const bg = getComputedStyle(node).backgroundColor;
        if (!/^rgba\(0, 0, 0, 0\)$|^transparent$/.test(bg)) layers.unshift(bg);
      }
      return layers;
    };
    const sample = (el: Element, value: string) => {
      const style = getComputedStyle(el);
      text.push({
        text: value.slice(0, 60),
        where: describe(el),
        color: style.color,
        backgrounds: backgroundsOf(el),
        fontSizePx: parseFloat(style.fontSize),
        fontWeight: Number(style.fontWeight) || 400,
      });
    };
    // Larger than 1×1 px: the sr-only pattern hides text in a 1 px box.
    for (const el of document.body.querySelectorAll('*')) {
      if (!visible(el, 1) || inactive(el)) continue;
      if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) {
        if (el.value && !['checkbox', 'radio', 'range', 'color', 'file', 'hidden'].includes(el.type)) sample(el, el.value);
        continue;
      }
      if (el instanceof HTMLSelectElement) {
        const chosen = el.selectedOptions[0]?.text;
        if (chosen) sample(el, chosen);
        continue;
      }
      if (el instanceof HTMLOptionElement) continue;
      const own = [...el.childNodes]
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent ?? '')
        .join('')
        .trim();
      if (own) sample(el, own);
    }

    // Controls and their names (a visually hidden control is still reached by keyboard: any size counts).
    const SELECTOR =
      'button, a[href], input:not([type="hidden"]), select, textarea, summary, [role="button"], [role="link"], [role="checkbox"], [role="tab"], [role="menuitem"], [role="switch"], [role="combobox"], [role="searchbox"], [tabindex]:not([tabindex="-1"])';
    const textOf = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
    const nameOf = (el: Element): string => {
      const labelledBy = el.getAttribute('aria-labelledby');
      if (labelledBy) return labelledBy.split(/\s+/).map((id) => textOf(document.getElementById(id))).join(' ').trim();
      const aria = el.getAttribute('aria-label')?.trim();
      if (aria) return aria;
      if (el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement) {
        const fromLabels = [...(el.labels ?? [])].map(textOf).join(' ').trim();
        if (fromLabels) return fromLabels;
        if (el instanceof HTMLInputElement && ['submit', 'button', 'reset'].includes(el.type)) return el.value;
      }
      const own = textOf(el) || [...el.querySelectorAll('img[alt], svg[aria-label]')].map((i) => i.getAttribute('alt') ?? i.getAttribute('aria-label') ?? '').join(' ').trim();
      if (own) return own;
      return el.getAttribute('title')?.trim() ?? '';
    };
    const unnamed = [...document.querySelectorAll(SELECTOR)]
      .filter((el) => visible(el, 0) && !nameOf(el))
      .map((el) => ({ tag: el.tagName.toLowerCase(), where: describe(el.parentElement ?? el), attributes: [...el.attributes].map((a) => `${a.name}="${a.value.slice(0, 40)}"`).join(' ') }));

    return { background: getComputedStyle(document.documentElement).backgroundColor, text, unnamed };
  });
}
