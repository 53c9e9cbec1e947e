// One look at a page's layout, in a single pass in the browser, for the seams a user sees at a
// glance: the page scrolls sideways; a piece of text is cut by its box (an element whose own text
// overflows it while its overflow is hidden or clipped, or a control whose value does not fit); a
// label sits far from the control it names.
import type { Page } from 'playwright-core';

export interface LayoutAudit {
  /** How much wider than the window the page is, in CSS pixels (0: no sideways scroll). */
  sidewaysScroll: number;
  /** The widest elements sticking out past the window's right edge, when the page scrolls sideways. */
  widest: string[];
  /** Text cut by its box: where, what, and by how much. */
  clipped: string[];
  /** Labels more than `maxLabelGap` px away from their control. */
  farLabels: string[];
}

/** A label belongs to its control when their boxes come within this many pixels. */
export const MAX_LABEL_GAP = 12;

export function auditLayout(page: Page): Promise<LayoutAudit> {
  return page.evaluate((maxGap) => {
    const describe = (el: Element) => {
      const parts: string[] = [];
      for (let node: Element | null = el; node && parts.length < 3; node = node.parentElement) {
        const cls = node.getAttribute('class')?.trim().split(/\s+/)[0];
        parts.unshift(node.tagName.toLowerCase() + (cls ? `.${cls}` : ''));
      }
      return parts.join(' > ');
    };
    const shown = (el: Element) => {
      const rect = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return rect.width > 1 && rect.height > 1 && style.visibility === 'visible' && style.display !== 'none';
    };
    const ownText = (el: Element) =>
      [...el.childNodes]
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent ?? '')
        .join('')
        .replace(/\s+/g, ' ')
        .trim();

    const root = document.scrollingElement ?? document.documentElement;
    const sidewaysScroll = Math.max(0, root.scrollWidth - root.clientWidth);
    const widest =
      sidewaysScroll > 0
        ? [...document.body.querySelectorAll('*')]
            .map((el) => ({ el, right: el.getBoundingClientRect().right + window.scrollX }))
            .filter(({ right }) => right > root.clientWidth + 1)
            .sort((a, b) => b.right - a.right)
            .slice(0, 5)
            .map(({ el, right }) => `${describe(el)} reaches ${Math.round(right)} px`)
        : [];

    // Clipped text: the element holding a text node is smaller than what it holds, and it hides the
    // rest (overflow other than visible), or it is a control whose typed value is wider than it.
    // One pixel of rounding is forgiven. Text a scrolling box shows by scrolling is not clipped.
    const clipped: string[] = [];
    const cuts = (style: CSSStyleDeclaration, axis: 'x' | 'y') => {
      const value = axis === 'x' ? style.overflowX : style.overflowY;
      return value === 'hidden' || value === 'clip';
    };
    for (const el of document.body.querySelectorAll('*')) {
      if (!shown(el)) continue;
      const style = getComputedStyle(el);
      if (el instanceof HTMLInputElement) {
        if (!['text', 'search', 'email', 'url', 'tel', 'number', ''].includes(el.type) || !el.value) continue;
        if (el.scrollWidth > el.clientWidth + 1) clipped.push(`${describe(el)} "${el.value.slice(0, 40)}" (${el.scrollWidth} > ${el.clientWidth} px)`);
        continue;
      }
      if (el instanceof HTMLSelectElement) {
        const chosen = el.selectedOptions[0]?.text ?? '';
        // A select shows its chosen option in its own box; measure that text against the box.
        const probe = document.createElement('span');
        probe.textContent = chosen;
        probe.style.cssText = `position:absolute;visibility:hidden;white-space:pre;font:${style.font};letter-spacing:${style.letterSpacing}`;
        document.body.append(probe);
        const needed = probe.getBoundingClientRect().width + parseFloat(style.paddingLeft) + 16; // the arrow
        probe.remove();
        if (chosen && needed > el.getBoundingClientRect().width + 1) clipped.push(`${describe(el)} "${chosen.slice(0, 40)}" (${Math.round(needed)} > ${Math.round(el.getBoundingClientRect().width)} px)`);
        continue;
      }
      if (el instanceof HTMLTextAreaElement || el.closest('svg')) continue;
      const text = ownText(el);
      if (!text) continue;
      const wide = el.scrollWidth > el.clientWidth + 1 && cuts(style, 'x');
      const tall = el.scrollHeight > el.clientHeight + 1 && cuts(style, 'y');
      // An ellipsis is a deliberate cut when the full text is offered on hover or to screen readers.
      const offered = style.textOverflow === 'ellipsis' && (el.getAttribute('title') || el.closest('[title]'));
      if ((wide || tall) && !offered) {
        clipped.push(`${describe(el)} "${text.slice(0, 40)}" (${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight})`);
      }
      // A box whose ancestors clip it: text past the nearest clipping ancestor's edge.
      for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
        const upStyle = getComputedStyle(up);
        if (!cuts(upStyle, 'x') && !cuts(upStyle, 'y')) continue;
        const outer = up.getBoundingClientRect();
        const inner = el.getBoundingClientRect();
        const out =
          (cuts(upStyle, 'x') && (inner.right > outer.right + 1 || inner.left < outer.left - 1)) ||
          (cuts(upStyle, 'y') && (inner.bottom > outer.bottom + 1 || inner.top < outer.top - 1));
        // Screen-reader-only text sits in a 1 px clipped box on purpose.
        if (out && outer.width > 2 && outer.height > 2) clipped.push(`${describe(el)} "${text.slice(0, 40)}" overflows ${describe(up)}`);
        break;
      }
    }

    // Labels and their controls: the gap between the two boxes.
    const farLabels: string[] = [];
    for (const label of document.querySelectorAll('label')) {
      const control = label.control;
      if (!control || !shown(label) || !shown(control) || label.contains(control) && label.textContent?.trim() === '') continue;
      if (control instanceof HTMLInputElement && control.type === 'file') continue;
      const a = label.getBoundingClientRect();
      const b = control.getBoundingClientRect();
      // Text of a wrapping label: measure from the label's own text, not its whole box.
      let box = a;
      if (label.contains(control)) {
        const range = document.createRange();
        const textNode = [...label.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim());
        const textHolder = textNode ?? [...label.children].find((c) => !c.contains(control) && c.textContent?.trim());
        if (!textHolder) continue;
        range.selectNodeContents(textHolder);
        box = range.getBoundingClientRect();
      }
      const dx = Math.max(0, box.left - b.right, b.left - box.right);
      const dy = Math.max(0, box.top - b.bottom, b.top - box.bottom);
      const gap = Math.hypot(dx, dy);
      if (gap > maxGap) farLabels.push(`${describe(label)} "${(label.textContent ?? '').trim().slice(0, 40)}" is ${Math.round(gap)} px from its ${control.tagName.toLowerCase()}`);
    }

    return { sidewaysScroll, widest, clipped: [...new Set(clipped)], farLabels };
  }, MAX_LABEL_GAP);
}
