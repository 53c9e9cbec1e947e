// Cutting and encoding text that came from a page or a file. JavaScript strings are UTF-16: cutting
// at a code-unit index can split an emoji into a lone surrogate, which encodeURIComponent refuses
// (URIError, a blank page) and which shows as �. These cut between graphemes (a flag or a family
// emoji stays whole) and encode only well-formed text.

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** The longest start of `text` of at most `max` UTF-16 units that ends between two graphemes. */
export function sliceGraphemes(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = 0;
  for (const { index, segment } of graphemes.segment(text)) {
    if (index + segment.length > max) break;
    end = index + segment.length;
  }
  return text.slice(0, end);
}

/** `text` within `max` UTF-16 units (a schema's limit), cut between graphemes and ended with "…" when cut. */
export function clipText(text: string, max: number): string {
  const whole = text.toWellFormed();
  if (whole.length <= max) return whole;
  return `${sliceGraphemes(whole, max - 1).trimEnd()}…`;
}

/** encodeURIComponent that never throws: a lone surrogate becomes U+FFFD first. */
export function encodeText(text: string): string {
  return encodeURIComponent(text.toWellFormed());
}
