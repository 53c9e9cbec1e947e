// The content script's feed reading: a FeedScanner over the page, chips beside new cards, and the
// cards' posts sent to the background in small batches. A mutation batch only reads each new card's
// author and mounts its chip; the posts (text, counts, date) are read when the page is idle, a few at
// a time, so scrolling never waits for them. Memory stays bounded however long the scroll: cards
// are tracked in WeakSets and WeakMaps (released with their nodes), and the queue of cards to read,
// the roster states and the post ids already sent are capped.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ChipState } from '@/utils/model/views';
import type { Extraction, Platform } from '@/utils/model/reading';
import { EmptyRequest } from '../serve-readings';
import { onRequest, sendRequest, type RequestSchema } from '@/utils/browser/messaging';
import { linkedMessage } from '@/utils/deliverables/linked';
import { FeedChip } from './chip';
import { accountOf, postReadingOf, profileReadingOf } from '@/utils/feed/readings';
import { FeedScanner, OWN_MARK, type FeedHealth } from '@/utils/feed/scanner';
import { feedChipsHiddenOn } from '@/utils/browser/feed-settings';
import type { FeedCard, FeedReader } from '@/utils/feed/types';

const FLUSH_MS = 300;
/** Cards waiting for their post to be read; past this the oldest are dropped (and released). */
const MAX_TO_READ = 1000;
/** An idle period reads posts while it has this much time left (ms); a late one reads this many. */
const IDLE_MARGIN_MS = 2;
const LATE_READS = 20;
const MAX_STATES = 500;
const MAX_SENT_POSTS = 2000;
const BATCH = 50;

/** A Map that forgets its oldest entries past `max`. */
function capped<K, V>(map: Map<K, V>, max: number): void {
  while (map.size > max) map.delete(map.keys().next().value as K);
}

function failure(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return /Receiving end does not exist|Extension context invalidated/.test(text) ? 'Creator Scout was updated: reload the page.' : text;
}

export class FeedController {
  private scanner: FeedScanner | null = null;
  private hidden = false;
  private readonly states = new Map<string, ChipState>();
  private readonly sentPosts = new Map<string, true>();
  private readonly chips = new Map<string, Set<WeakRef<FeedChip>>>();
  private cardChips = new WeakMap<Element, FeedChip>();
  private pendingStates = new Set<string>();
  private toRead: FeedCard[] = [];
  private idle: number | undefined;
  private pendingReadings: Extraction[] = [];
  private timer: number | undefined;

  private readonly platform: Platform;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly reader: FeedReader,
  ) {
    this.platform = reader.platform;
  }

  health(): FeedHealth | null {
    return this.scanner?.health() ?? null;
  }

  /**
   * Start reading the page's feed, unless the user switched it off on this site: then nothing runs
   * (no observer, no chips, no posts recorded) until they switch it back on.
   */
  async start(): Promise<void> {
    // The popup asks whether the reader still understands this page (same empty request as readPage).
    this.ctx.onInvalidated(onRequest('feedHealth', EmptyRequest as RequestSchema<Record<string, never>>, ['extension-page'], () => this.health()));
    this.ctx.onInvalidated(
      feedChipsHiddenOn.watch((hiddenOn) => {
        this.hidden = hiddenOn.includes(this.platform);
        if (this.hidden) this.stop();
        else this.run();
      }),
    );
    this.ctx.onInvalidated(() => this.stop());
    this.hidden = (await feedChipsHiddenOn.get()).includes(this.platform);
    if (!this.hidden) this.run();
  }

  private stopObserving: (() => void) | null = null;

  private run(): void {
    if (this.stopObserving) return;
    // A fresh scanner each time: cards read before the switch was turned off get their chips again.
    const lang = () => document.documentElement.getAttribute('lang');
    this.scanner = new FeedScanner(this.reader, () => ({ base: new URL(location.href), lang: lang() }), (cards) => this.onCards(cards));
    this.scanner.scan(document);
    this.stopObserving = this.scanner.observe(document.body);
  }

  private stop(): void {
    this.stopObserving?.();
    this.stopObserving = null;
    this.cardChips = new WeakMap();
    this.toRead = []; // switched off: the cards not read yet are not recorded
    for (const host of document.querySelectorAll(`[${OWN_MARK}="chip"]`)) host.remove();
  }

  private onCards(cards: FeedCard[]): void {
    for (const card of cards) {
      const accountId = accountOf(card, this.platform);
      if (!this.hidden && !this.cardChips.has(card.card)) this.mountChip(card, accountId);
      if (!this.states.has(accountId)) this.pendingStates.add(accountId);
      this.toRead.push(card);
    }
    if (this.toRead.length > MAX_TO_READ) this.toRead.splice(0, this.toRead.length - MAX_TO_READ);
    this.idle ??= this.ctx.requestIdleCallback((deadline) => this.readPosts(deadline), { timeout: 1000 });
    this.scheduleFlush();
  }

  private scheduleFlush(): void {
    if (this.timer === undefined) this.timer = this.ctx.setTimeout(() => void this.flush(), FLUSH_MS);
  }

  /** Read the queued cards' posts while the page is idle; each post is sent once. */
  private readPosts(deadline: IdleDeadline): void {
    this.idle = undefined;
    const lang = document.documentElement.getAttribute('lang');
    const base = new URL(location.href);
    let read = 0;
    while (this.toRead.length > 0 && (deadline.timeRemaining() > IDLE_MARGIN_MS || (deadline.didTimeout && read < LATE_READS))) {
      const card = this.toRead.shift()!;
      read += 1;
      const post = this.reader.readPost(card, base, lang);
      const key = post ? `${accountOf(card, this.platform)}|${post.id}` : null;
      if (!key || this.sentPosts.has(key)) continue;
      this.sentPosts.set(key, true);
      const reading = postReadingOf(card, post, this.platform, lang);
      if (reading) this.pendingReadings.push(reading);
    }
    capped(this.sentPosts, MAX_SENT_POSTS);
    if (this.toRead.length > 0) this.idle = this.ctx.requestIdleCallback((next) => this.readPosts(next), { timeout: 1000 });
    if (this.pendingReadings.length > 0) this.scheduleFlush();
  }

  private mountChip(card: FeedCard, accountId: string): void {
    const known = this.states.get(accountId);
    const chip: FeedChip = new FeedChip(
      card.author,
      accountId,
      {
        save: () => void this.save(card, accountId),
        openRoster: (creatorId) => void sendRequest('openRoster', { creatorId }).catch(() => {}),
        hideOnThisSite: () => void feedChipsHiddenOn.get().then((list) => feedChipsHiddenOn.set([...list, this.platform])),
        link: (deliverableId) => this.link(card, deliverableId, accountId),
      },
      known ? { kind: 'state', state: known } : { kind: 'loading' },
      () => {
        const post = this.reader.readPost(card, new URL(location.href), document.documentElement.getAttribute('lang'));
        return post ? `${this.platform}:${post.id}` : null;
      },
    );
    card.nameBox.after(chip.host);
    this.cardChips.set(card.card, chip);
    const refs = this.chips.get(accountId) ?? new Set();
    refs.add(new WeakRef(chip));
    this.chips.set(accountId, refs);
  }

  /** Every live chip of an account (chips whose cards the site dropped are forgotten). */
  private chipsOf(accountId: string): FeedChip[] {
    const refs = this.chips.get(accountId);
    if (!refs) return [];
    const live: FeedChip[] = [];
    for (const ref of refs) {
      const chip = ref.deref();
      if (chip && chip.host.isConnected) live.push(chip);
      else refs.delete(ref);
    }
    if (refs.size === 0) this.chips.delete(accountId);
    return live;
  }

  private async flush(): Promise<void> {
    this.timer = undefined;
    const ids = [...this.pendingStates];
    const readings = this.pendingReadings;
    this.pendingStates = new Set();
    this.pendingReadings = [];
    for (let i = 0; i < ids.length; i += 100) {
      const batch = ids.slice(i, i + 100);
      try {
        this.applyStates(await sendRequest('feedStates', { accountIds: batch }));
      } catch (error) {
        for (const id of batch) for (const chip of this.chipsOf(id)) chip.update({ kind: 'error', message: failure(error) });
      }
    }
    for (let i = 0; i < readings.length; i += BATCH) {
      await sendRequest('feedSeen', { readings: readings.slice(i, i + BATCH) }).catch(() => {});
    }
  }

  private applyStates(states: ChipState[]): void {
    for (const state of states) {
      this.states.delete(state.accountId);
      this.states.set(state.accountId, state);
      for (const chip of this.chipsOf(state.accountId)) chip.update({ kind: 'state', state });
    }
    capped(this.states, MAX_STATES);
  }

  /** Link the card's post to the deliverable (as the popup does on a post page), then refresh the creator's chips. */
  private async link(card: FeedCard, deliverableId: string, accountId: string): Promise<string> {
    const lang = document.documentElement.getAttribute('lang');
    const reading = postReadingOf(card, this.reader.readPost(card, new URL(location.href), lang), this.platform, lang);
    if (!reading) throw new Error('This card’s post could not be read: open the post and link it from the Creator Scout popup.');
    try {
      const message = linkedMessage(await sendRequest('linkPost', { deliverableId, reading }));
      this.applyStates(await sendRequest('feedStates', { accountIds: [accountId] }));
      return message;
    } catch (error) {
      throw new Error(failure(error), { cause: error });
    }
  }

  private async save(card: FeedCard, accountId: string): Promise<void> {
    for (const chip of this.chipsOf(accountId)) chip.update({ kind: 'saving' });
    try {
      const lang = document.documentElement.getAttribute('lang');
      const post = this.reader.readPost(card, new URL(location.href), lang);
      await sendRequest('saveProfile', { reading: profileReadingOf(card, post, this.platform, lang) });
      this.applyStates(await sendRequest('feedStates', { accountIds: [accountId] }));
    } catch (error) {
      for (const chip of this.chipsOf(accountId)) chip.update({ kind: 'error', message: failure(error) });
    }
  }
}
