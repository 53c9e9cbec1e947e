// Finds the feed cards a page adds as it scrolls and reads each new one once. It runs on
// MutationObserver batches, never per node, and looks only at what a batch added: a card already
// read is never read again (a WeakSet, so cards the site drops from its virtual list are released
// with their nodes). A card added before it is filled in (no author yet) is read again when nodes
// are added inside it. Pure DOM: no extension APIs, so tests and the bench drive it directly.
import type { FeedCard, FeedReader } from './types';

/** Elements of our own (the chips) carry this attribute; their insertion is no news. */
export const OWN_MARK = 'data-creator-scout';

/** Cards found without any readable author before the reader calls the site changed. */
export const PAUSE_AFTER = 8;

export interface FeedHealth {
  /** Cards seen (each counted once) and how many of them had a readable author. */
  found: number;
  read: number;
  /** The page shows cards the reader cannot read at all: the site changed its layout. */
  paused: boolean;
}

export class FeedScanner {
  private readonly done = new WeakSet<Element>();
  private readonly counted = new WeakSet<Element>();
  private found = 0;
  private read = 0;

  constructor(
    private readonly reader: FeedReader,
    private readonly context: () => { base: URL; lang: string | null },
    private readonly onCards: (cards: FeedCard[]) => void,
  ) {}

  health(): FeedHealth {
    return { found: this.found, read: this.read, paused: this.found >= PAUSE_AFTER && this.read === 0 };
  }

  /** Read every card under `root` not read before (the first pass over a page). */
  scan(root: ParentNode): FeedCard[] {
    const candidates = new Set<Element>();
    if (root instanceof Element && root.matches(this.reader.cardSelector)) candidates.add(root);
    for (const card of root.querySelectorAll(this.reader.cardSelector)) candidates.add(card);
    return this.readCards(candidates);
  }

  /** One MutationObserver batch: the cards it added, and cards it filled in. */
  onMutations(records: readonly MutationRecord[]): FeedCard[] {
    const candidates = new Set<Element>();
    const selector = this.reader.cardSelector;
    for (const record of records) {
      if (record.addedNodes.length === 0) continue;
      const target = record.target instanceof Element ? record.target : null;
      const holder = target?.closest(selector);
      if (holder && !this.done.has(holder)) candidates.add(holder);
      for (const node of record.addedNodes) {
        if (!(node instanceof Element) || node.hasAttribute(OWN_MARK)) continue;
        if (node.matches(selector)) candidates.add(node);
        else if (node.firstElementChild) for (const card of node.querySelectorAll(selector)) candidates.add(card);
      }
    }
    return this.readCards(candidates);
  }

  /** Watch `target` for added cards; returns the function that stops watching. */
  observe(target: Node): () => void {
    const observer = new MutationObserver((records) => this.onMutations(records));
    observer.observe(target, { childList: true, subtree: true });
    return () => observer.disconnect();
  }

  private readCards(candidates: Iterable<Element>): FeedCard[] {
    const out: FeedCard[] = [];
    let context: { base: URL; lang: string | null } | null = null;
    for (const element of candidates) {
      if (this.done.has(element)) continue;
      context ??= this.context();
      const card = this.reader.read(element, context.base, context.lang);
      if (!this.counted.has(element)) {
        this.counted.add(element);
        this.found += 1;
      }
      if (!card) continue;
      this.done.add(element);
      this.read += 1;
      out.push(card);
    }
    if (out.length > 0) this.onCards(out);
    return out;
  }
}
