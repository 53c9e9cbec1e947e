// Tags (and lists like them: strengths, a campaign's hashtags) as people type them: "#Travel",
// " travel", "# travel" are one tag. The one place they are cleaned and compared. Pure.

/** How two spellings of a tag are compared: "Travel" and "travel" are the same tag. */
export function tagKey(tag: string): string {
  return tag.toLowerCase();
}

/** One tag as typed, cleaned: without the spaces and "#"s it starts with, nor the spaces it ends with ("# travel" → "travel"). */
export function cleanTag(tag: string): string {
  return tag.replace(/^[\s#]+/, '').trimEnd();
}

/**
 * `into` exactly as it is, then each of `items`, cleaned, that it does not hold yet (in any case):
 * empties and repeats are dropped, the first spelling is kept, the order is kept.
 */
export function addTags(into: readonly string[], items: readonly string[]): string[] {
  const seen = new Set(into.map(tagKey));
  const tags = [...into];
  for (const item of items) {
    const tag = cleanTag(item);
    const key = tagKey(tag);
    if (tag && !seen.has(key)) {
      seen.add(key);
      tags.push(tag);
    }
  }
  return tags;
}

/** Tags as typed, cleaned: each cleaned, no empties, no duplicates in any case (the first spelling wins), in order. */
export function cleanTags(items: readonly string[]): string[] {
  return addTags([], items);
}

/** `tags` without `tag`, in any case. */
export function removeTag(tags: readonly string[], tag: string): string[] {
  const key = tagKey(cleanTag(tag));
  return tags.filter((t) => tagKey(t) !== key);
}
