// Small text helpers of the X adapter.

/** An X handle: letters, digits and "_", at most 15 (X's own rule). */
export const HANDLE_CHARS = '[A-Za-z0-9_]{1,15}';
export const X_HANDLE = new RegExp(`^${HANDLE_CHARS}$`);

const ELEMENT = 1;
const TEXT = 3;

function appendShown(node: Node, parts: string[]): void {
  for (const child of node.childNodes) {
    if (child.nodeType === TEXT) parts.push(child.nodeValue ?? '');
    else if (child.nodeType === ELEMENT) {
      const el = child as Element;
      if (el.tagName === 'IMG') parts.push(el.getAttribute('alt') ?? '');
      else appendShown(el, parts);
    }
  }
}

/**
 * The text of an element as the reader sees it, whitespace collapsed. X draws emoji in names, bios
 * and tweets as `<img alt="🔥">`, which `textContent` leaves out.
 */
export function shownText(el: Element | null | undefined): string | null {
  if (!el) return null;
  // Without pictures the text is the element's own (the browser's textContent is far quicker than
  // a walk: feeds read hundreds of these).
  let raw: string;
  if (el.getElementsByTagName('img').length === 0) raw = el.textContent ?? '';
  else {
    const parts: string[] = [];
    appendShown(el, parts);
    raw = parts.join('');
  }
  const text = raw.replace(/\s+/g, ' ').trim();
  return text ? text : null;
}
