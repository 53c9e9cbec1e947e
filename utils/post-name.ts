// A post named the way a person recognises it — by its date and the start of its caption — rather
// than by the platform's id ("7301234567890123456" means nothing to anyone). Pure; dates in the
// user's locale unless one is given.

export interface NameablePost {
  postedAt: number | null;
  caption: string | null;
  /** When the post was seen, for a post whose page showed no date. */
  seenAt?: number | null;
}

/** The start of a caption on one line, cut at a word where there is one. */
export function captionStart(caption: string, max = 48): string {
  const flat = caption.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** "Nov 3, 2026 · “Sunrise over Lisbon…”", "Post of Nov 3, 2026", "Post seen Dec 1, 2026 · “…”". */
export function postName(post: NameablePost, options: { locale?: string; timeZone?: string; max?: number } = {}): string {
  const date = (ms: number) => new Intl.DateTimeFormat(options.locale, { dateStyle: 'medium', timeZone: options.timeZone }).format(ms);
  const caption = post.caption?.trim() ? `“${captionStart(post.caption, options.max)}”` : null;
  const when = post.postedAt !== null ? date(post.postedAt) : post.seenAt != null ? `Post seen ${date(post.seenAt)}` : null;
  if (when && caption) return `${when} · ${caption}`;
  if (caption) return `Undated post · ${caption}`;
  if (post.postedAt !== null) return `Post of ${when}`;
  return when ?? 'A post with no date or caption shown';
}
