// Where the badge sits: the first of a few spots along the window's edges where it covers none of
// the site's own controls. Re-checked when the badge changes size, the window resizes or the page
// navigates, so it adapts to each site's layout.

export type Spot = { top?: string; bottom?: string; left?: string; right?: string };

export const SPOTS: readonly Spot[] = [
  { right: '16px', top: '38%' },
  { right: '16px', bottom: '16px' },
  { left: '16px', bottom: '16px' },
  { right: '16px', top: '72px' },
  { right: '16px', top: '60%' },
  { right: '16px', top: '20%' },
  { left: '50%', bottom: '16px' },
  { left: '16px', top: '50%' },
];

const INTERACTIVE =
  'a[href], button, input, select, textarea, summary, [role="button"], [role="link"], [role="tab"], [role="menuitem"], [role="checkbox"], [contenteditable="true"], [tabindex]:not([tabindex="-1"])';

/** Space kept between the badge and any control. */
const MARGIN = 4;

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The boxes of the page's visible controls (outside `own`), in viewport coordinates. */
export function controlBoxes(doc: Document, own: Element): Box[] {
  const boxes: Box[] = [];
  for (const el of doc.querySelectorAll(INTERACTIVE)) {
    if (el === own || own.contains(el)) continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    if (r.bottom < 0 || r.right < 0 || r.top > innerHeight || r.left > innerWidth) continue;
    if ('checkVisibility' in el && !(el as HTMLElement).checkVisibility({ visibilityProperty: true })) continue;
    boxes.push({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
  }
  return boxes;
}

export function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right + MARGIN && b.left < a.right + MARGIN && a.top < b.bottom + MARGIN && b.top < a.bottom + MARGIN;
}

export function apply(el: HTMLElement, spot: Spot): void {
  el.style.top = spot.top ?? '';
  el.style.bottom = spot.bottom ?? '';
  el.style.left = spot.left ?? '';
  el.style.right = spot.right ?? '';
  el.style.transform = spot.left === '50%' ? 'translateX(-50%)' : '';
}

/** Distance between hit-test samples inside the badge, in pixels. */
const SAMPLE_STEP = 12;

const ALWAYS_PAINTED = new Set(['svg', 'video', 'canvas', 'input', 'button', 'select', 'textarea', 'iframe']);

/**
 * Whether `el` itself draws something at (x, y): its own text there, a loaded image, a form
 * control, or a visible background or border. Layout boxes that draw nothing (an empty wrapper, an
 * image that failed to load) are looked through, to what lies beneath.
 */
export function paintsAt(el: Element, x: number, y: number): boolean {
  if (el instanceof HTMLImageElement) return el.complete ? el.naturalWidth > 0 : true;
  if (ALWAYS_PAINTED.has(el.localName) || el instanceof SVGElement) return true;
  const style = getComputedStyle(el);
  if (style.visibility === 'hidden' || style.opacity === '0') return false;
  if (style.backgroundImage !== 'none' || !/rgba\([^)]*,\s*0\)|transparent/.test(style.backgroundColor)) return true;
  if (parseFloat(style.borderTopWidth) + parseFloat(style.borderLeftWidth) > 0 && style.borderStyle !== 'none') return true;
  const range = document.createRange();
  for (const node of el.childNodes) {
    if (node.nodeType !== Node.TEXT_NODE || !node.textContent?.trim()) continue;
    range.selectNodeContents(node);
    for (const r of range.getClientRects()) if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return true;
  }
  return false;
}

/**
 * Hit-test what lies under `box`: a control can reach under the badge through a child drawn
 * outside the control's own box (an image positioned out of its link, say), which box checks miss.
 * At each sample point, the first page element that draws something there counts.
 */
function coversByHitTest(doc: Document, box: Box, host: Element): boolean {
  for (let y = box.top + 2; y < box.bottom; y += SAMPLE_STEP) {
    for (let x = box.left + 2; x < box.right; x += SAMPLE_STEP) {
      // Only what the badge is drawn over counts: elements above it in the stack are not covered.
      const stack = doc.elementsFromPoint(x, y);
      const below = stack.slice(stack.indexOf(host) + 1);
      const under = below.find((hit) => !host.contains(hit) && paintsAt(hit, x, y));
      if (under?.closest(INTERACTIVE)) return true;
    }
  }
  return false;
}

/**
 * Move `el` (position: fixed) to the first spot where it covers no control, and return it; null
 * when every spot covers one (the caller then docks the badge into the page's flow instead, where
 * it can cover nothing). Cheap box checks first; only a spot that passes them is hit-tested.
 */
export function place(doc: Document, el: HTMLElement, host: Element): Spot | null {
  const controls = controlBoxes(doc, host);
  for (const spot of SPOTS) {
    apply(el, spot);
    const box = el.getBoundingClientRect();
    if (controls.some((control) => overlaps(box, control))) continue;
    if (!coversByHitTest(doc, box, host)) return spot;
  }
  apply(el, {});
  return null;
}
