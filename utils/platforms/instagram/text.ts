/**
 * An element's text with a space between its text nodes, whitespace collapsed. Instagram puts
 * words in separate elements with nothing between them ("Verified" in the badge's title, then
 * "Paid partnership with …"); textContent would run them together.
 */
export function spacedText(el: Element | null | undefined): string | null {
  if (!el) return null;
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  const parts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) parts.push(node.nodeValue ?? '');
  const text = parts.join(' ').replace(/\s+/g, ' ').trim();
  return text ? text : null;
}
