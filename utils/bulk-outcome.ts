// What a bulk action on the roster says it did, counting the creators it changed against those
// selected: "Tagged 0 with “big”" reads as a failure when all of them already had the tag. Pure.

const creators = (n: number) => `${n} creator${n === 1 ? '' : 's'}`;

/** A bulk change of stage: `changed` of `selected` creators moved to `stage`. */
export function stageOutcome(changed: number, selected: number, stage: string): string {
  const already = selected - changed;
  if (changed === 0) return selected === 1 ? `Already at ${stage}: nothing changed.` : `All ${selected} were already at ${stage}: nothing changed.`;
  return `Moved ${creators(changed)} to ${stage}${already > 0 ? ` (${already} ${already === 1 ? 'was' : 'were'} already there)` : ''}.`;
}

/** A bulk tag change: `changed` of `selected` creators gained (or lost) `tag`. */
export function tagOutcome(action: 'add' | 'remove', changed: number, selected: number, tag: string): string {
  const rest = selected - changed;
  if (action === 'add') {
    if (changed === 0) return selected === 1 ? `Already tagged “${tag}”: nothing changed.` : `All ${selected} already had “${tag}”: nothing changed.`;
    return `Tagged ${creators(changed)} with “${tag}”${rest > 0 ? ` (${rest} already had it)` : ''}.`;
  }
  if (changed === 0) return selected === 1 ? `Not tagged “${tag}”: nothing changed.` : `None of the ${selected} had “${tag}”: nothing changed.`;
  return `Removed “${tag}” from ${creators(changed)}${rest > 0 ? ` (${rest} did not have it)` : ''}.`;
}
