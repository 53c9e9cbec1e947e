// The chip beside a feed card's author name: a closed shadow root (the page can neither read nor
// restyle it), in the flow of the name's row so it covers none of the site's controls. On the
// roster it shows the creator's stage, "in touch" once contacted, tier and fit; otherwise a quiet
// "+" that saves them. Hover or focus opens a small card with followers (with precision),
// engagement with its formula, fit and "Open in roster". Page text is only ever set as text.
import type { ChipState } from '@/utils/model/views';
import { describePrecision, formatCount, formatDate, formatPercent, statusLabel } from '@/utils/format';
import { tierFor, tierLabel } from '@/utils/scoring/tier';
import { OWN_MARK } from '@/utils/feed/scanner';
import type { FeedAuthor } from '@/utils/feed/types';
import { contactWords, ownerLine } from '@/utils/team';

export interface ChipActions {
  save(): void;
  openRoster(creatorId: string): void;
  hideOnThisSite(): void;
  /** Link the card's post to one of the creator's open deliverables; resolves to what to tell the user. */
  link?(deliverableId: string): Promise<string>;
}

export type ChipView = { kind: 'loading' } | { kind: 'saving' } | { kind: 'error'; message: string } | { kind: 'state'; state: ChipState };

const FORMULAS: Record<'followers' | 'views' | 'totals', string> = {
  followers: '(likes + comments) ÷ followers, over recent posts',
  views: '(likes + comments + shares) ÷ views, over recent posts',
  totals: 'total likes ÷ posts ÷ followers (an estimate from profile totals)',
};

const CSS = `
:host { all: initial; display: inline-flex; position: relative; vertical-align: middle; margin-inline-start: 4px; }
button { font: 600 11px/1.2 system-ui, sans-serif; border-radius: 999px; border: 1px solid #8a94a3; padding: 1px 7px;
  background: #ffffff; color: #1f2933; cursor: pointer; white-space: nowrap; }
button.add { padding: 0 6px; color: #52606d; }
button:focus-visible { outline: 2px solid #1d6fe0; outline-offset: 1px; }
.card { display: none; position: absolute; inset-block-start: calc(100% + 4px); inset-inline-start: 0; z-index: 2147483000;
  min-width: 220px; max-width: 300px; padding: 8px 10px; border-radius: 8px; background: #ffffff; color: #1f2933;
  border: 1px solid #8a94a3; box-shadow: 0 4px 14px rgba(0,0,0,.18); font: 12px/1.4 system-ui, sans-serif; }
:host(.open) .card { display: block; }
.card p { margin: 0 0 4px; }
.card .muted { color: #52606d; }
.card .actions { display: flex; gap: 6px; margin-top: 6px; flex-wrap: wrap; }
.card .actions button { font-weight: 500; }
@media (prefers-color-scheme: dark) {
  button, .card { background: #1f2933; color: #f5f7fa; border-color: #7b8794; }
  button.add, .card .muted { color: #cbd2d9; }
}
`;

let sharedSheet: CSSStyleSheet | null | undefined;

/** One parsed stylesheet shared by every chip (a feed holds hundreds); null where it cannot be adopted. */
function chipSheet(): CSSStyleSheet | null {
  if (sharedSheet !== undefined) return sharedSheet;
  try {
    sharedSheet = new CSSStyleSheet();
    sharedSheet.replaceSync(CSS);
  } catch {
    sharedSheet = null;
  }
  return sharedSheet;
}

function text(tag: string, content: string, className?: string): HTMLElement {
  const el = document.createElement(tag);
  el.textContent = content;
  if (className) el.className = className;
  return el;
}

function tierOf(state: Extract<ChipState, { saved: true }>): string | null {
  if (!state.followers) return null;
  const tier = tierFor(state.followers.value, state.followers.precision);
  return `${tierLabel(tier.tier)}${tier.uncertain ? ' (near a tier boundary)' : ''}`;
}

/** The chip's words: what it shows, and what a screen reader says. */
export function chipWords(author: FeedAuthor, view: ChipView): { label: string; aria: string } {
  const who = author.name ?? `@${author.handle}`;
  if (view.kind === 'loading') return { label: '…', aria: `Creator Scout: checking your roster for ${who}` };
  if (view.kind === 'saving') return { label: 'Saving…', aria: `Saving ${who} to your shortlist` };
  if (view.kind === 'error') return { label: '!', aria: `Creator Scout: ${view.message}` };
  const { state } = view;
  if (!state.saved) return { label: '+', aria: `Save ${who} (@${author.handle}) to your Creator Scout shortlist` };
  const tier = tierOf(state);
  const parts = [statusLabel(state.status)];
  if (state.lastContactedAt !== null) parts.push('in touch');
  if (tier) parts.push(tier.replace(/ \(.*/, ''));
  if (state.fitScore !== null) parts.push(`fit ${Math.round(state.fitScore)}`);
  const contacted = `${inTouch(state) ?? 'not contacted yet'}${state.team ? `; ${ownerLine(state.team)}` : ''}`;
  return { label: parts.join(' · '), aria: `${who} is on your roster: ${statusLabel(state.status)}, ${contacted}. Show details` };
}

/**
 * "already in touch: last contacted 3 Nov 2026 with “Intro”"; in a team, who it was: "already in
 * touch: contacted by sam on 3 Nov 2026 via “Intro”". Null when not contacted yet.
 */
function inTouch(state: Extract<ChipState, { saved: true }>): string | null {
  const byTeammate = state.team ? contactWords(state.team) : null;
  if (byTeammate) return `already in touch: ${byTeammate}`;
  if (state.lastContactedAt === null) return null;
  return `already in touch: last contacted ${formatDate(state.lastContactedAt)}${state.lastTemplate ? ` with “${state.lastTemplate}”` : ''}`;
}

export function cardLines(view: ChipView): HTMLElement[] {
  if (view.kind !== 'state') return [];
  const { state } = view;
  if (!state.saved) {
    return [text('p', 'Not on your roster.'), text('p', 'Save adds their name, profile link and the posts this page shows. Followers are read on their profile.', 'muted')];
  }
  const lines = [text('p', `${statusLabel(state.status)} · ${state.displayName}`)];
  if (state.team) lines.push(text('p', `${ownerLine(state.team)}.`));
  const contacted = inTouch(state);
  lines.push(text('p', contacted === null ? 'Not contacted yet.' : `A${contacted.slice(1)}.`));
  lines.push(
    text(
      'p',
      state.followers
        ? `Followers: ${formatCount(state.followers)} (${describePrecision(state.followers)})${tierOf(state) ? ` · ${tierOf(state)}` : ''}`
        : 'Followers: not seen yet (visit their profile).',
    ),
  );
  lines.push(
    text(
      'p',
      state.engagementRate !== null && state.engagementMethod
        ? `Engagement: ${formatPercent(state.engagementRate)} = ${FORMULAS[state.engagementMethod]}`
        : 'Engagement: not enough posts seen yet.',
    ),
  );
  lines.push(text('p', state.fitScore !== null ? `Fit: ${Math.round(state.fitScore)} / 100` : 'Fit: not scored yet.'));
  return lines;
}

// A feed mounts hundreds of chips: their listeners are shared functions (no closures per chip) that
// find their chip by its host, and the shadow root has one click listener for all its buttons.
const chipOfHost = new WeakMap<EventTarget, FeedChip>();
// Stop the site's own handlers (a tweet opens on click) from seeing what happens in the chip.
const CONTAINED = ['click', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'keydown', 'keyup'] as const;
function contain(event: Event): void {
  event.stopPropagation();
}

type Action = 'main' | 'roster' | 'save' | 'hide' | 'link';

export class FeedChip {
  readonly host: HTMLElement;
  private readonly root: ShadowRoot;
  private view: ChipView;
  private button: HTMLButtonElement | null = null;
  private static counter = 0;

  constructor(
    readonly author: FeedAuthor,
    readonly accountId: string,
    private readonly actions: ChipActions,
    view: ChipView = { kind: 'loading' },
    /** The card's own post (`platform:postId`), read when the card opens; null when it shows none of the author's. */
    private readonly postIdOf: () => string | null = () => null,
  ) {
    this.view = view;
    this.host = document.createElement('span');
    this.host.setAttribute(OWN_MARK, 'chip');
    this.host.setAttribute('data-account', accountId);
    this.root = this.host.attachShadow({ mode: 'closed', delegatesFocus: true });
    chipOfHost.set(this.host, this);
    for (const type of CONTAINED) this.host.addEventListener(type, contain);
    this.host.addEventListener('mouseenter', FeedChip.onEnter);
    this.host.addEventListener('mouseleave', FeedChip.onLeave);
    this.host.addEventListener('focusin', FeedChip.onEnter);
    this.host.addEventListener('focusout', FeedChip.onFocusOut);
    this.host.addEventListener('keydown', FeedChip.onKey);
    this.root.addEventListener('click', (event) => this.onClick(event));
    const sheet = chipSheet();
    if (sheet) this.root.adoptedStyleSheets = [sheet];
    else this.root.append(text('style', CSS));
    this.render();
  }

  private static onEnter(this: HTMLElement): void {
    chipOfHost.get(this)?.open(true);
  }

  private static onLeave(this: HTMLElement): void {
    if (!this.matches(':focus-within')) chipOfHost.get(this)?.open(false);
  }

  private static onFocusOut(this: HTMLElement, event: Event): void {
    const next = (event as FocusEvent).relatedTarget as Node | null;
    if (!next || !this.contains(next)) chipOfHost.get(this)?.open(false);
  }

  private static onKey(this: HTMLElement, event: Event): void {
    if ((event as KeyboardEvent).key === 'Escape') chipOfHost.get(this)?.open(false);
  }

  /** Every button of the chip acts on a trusted click only (the page cannot click for the user). */
  private onClick(event: Event): void {
    if (!event.isTrusted || !(event.target instanceof Element)) return;
    const action = event.target.closest('button')?.getAttribute('data-action') as Action | undefined;
    const view = this.view;
    if (action === 'main') {
      // The "+" saves; on a saved creator the chip opens its card (the card's buttons act).
      if (view.kind === 'state' && !view.state.saved) this.actions.save();
      else this.open(!this.host.classList.contains('open'));
    } else if (action === 'roster' && view.kind === 'state' && view.state.saved) this.actions.openRoster(view.state.creatorId);
    else if (action === 'save') this.actions.save();
    else if (action === 'hide') this.actions.hideOnThisSite();
    else if (action === 'link' && view.kind === 'state' && view.state.saved) this.linkNext(view.state);
  }

  get current(): ChipView {
    return this.view;
  }

  update(view: ChipView): void {
    this.view = view;
    this.render();
  }

  private open(open: boolean): void {
    const show = open && this.view.kind === 'state';
    if (show && !this.cardBuilt) this.buildCard();
    this.host.classList.toggle('open', show);
  }

  private cardBuilt = false;
  private cardId = '';
  /** What linking the post said (done, or why not): kept while the card is rebuilt with the new state. */
  private note: string | null = null;
  private linking = false;
  private postId: string | null | undefined;

  private render(): void {
    const words = chipWords(this.author, this.view);
    const button = text('button', words.label, this.view.kind === 'state' && !this.view.state.saved ? 'add' : undefined) as HTMLButtonElement;
    button.type = 'button';
    button.setAttribute('data-action', 'main');
    button.setAttribute('aria-label', words.aria);
    button.title = words.aria;
    button.disabled = this.view.kind === 'loading' || this.view.kind === 'saving';
    const previous = this.button;
    this.button = button;
    if (!previous) {
      this.root.append(button); // the first render: nothing to replace
      return;
    }
    const hadFocus = this.root.activeElement !== null;
    // The card is built when first opened (most chips are scrolled past unopened), then kept current.
    if (this.cardBuilt) {
      this.root.querySelector('.card')?.replaceWith(this.cardElement());
      button.setAttribute('aria-describedby', this.cardId);
    }
    previous.replaceWith(button);
    if (hadFocus && !button.disabled) button.focus();
  }

  private buildCard(): void {
    this.cardBuilt = true;
    this.cardId = `creator-scout-card-${(FeedChip.counter += 1)}`;
    this.root.append(this.cardElement());
    this.button?.setAttribute('aria-describedby', this.cardId);
  }

  private cardElement(): HTMLElement {
    const card = document.createElement('div');
    card.className = 'card';
    card.id = this.cardId;
    card.setAttribute('role', 'group');
    card.setAttribute('aria-label', `Creator Scout: ${this.author.name ?? `@${this.author.handle}`}`);
    card.append(...cardLines(this.view));
    const actions = document.createElement('div');
    actions.className = 'actions';
    const view = this.view;
    if (view.kind === 'state' && view.state.saved) {
      const offer = this.linkOffer(view.state);
      if (offer) actions.append(offer);
      actions.append(action('Open in roster', 'roster'));
    }
    if (view.kind === 'state' && !view.state.saved) actions.append(action('Save to shortlist', 'save'));
    actions.append(action('Hide chips on this site', 'hide'));
    card.append(actions);
    if (this.note) {
      const note = text('p', this.note);
      note.setAttribute('role', 'status');
      card.append(note);
    }
    return card;
  }

  /** The deliverable this card's post can be linked to, when the post is the creator's own and not linked yet. */
  private nextDeliverable(state: Extract<ChipState, { saved: true }>) {
    const next = state.deliverables?.open[0];
    if (!this.actions.link || !next) return null;
    if (this.postId === undefined) this.postId = this.postIdOf();
    if (!this.postId || state.deliverables!.linkedPostIds.includes(this.postId)) return null;
    return next;
  }

  /**
   * "Link this post to “Reel on X” (Spring)": for a card whose post is the creator's own and not yet
   * linked, when they have a deliverable awaiting publication on this platform (the likeliest
   * first, as in the popup).
   */
  private linkOffer(state: Extract<ChipState, { saved: true }>): HTMLButtonElement | null {
    const next = this.nextDeliverable(state);
    if (!next) return null;
    const button = action(`Link this post to “${next.title}”${next.campaignName ? ` (${next.campaignName})` : ''}`, 'link');
    // aria-disabled, not disabled: a disabled button loses the focus, and the card would close.
    if (this.linking) button.setAttribute('aria-disabled', 'true');
    return button;
  }

  private linkNext(state: Extract<ChipState, { saved: true }>): void {
    const next = this.nextDeliverable(state);
    if (this.linking || !next) return;
    this.linking = true;
    this.root.querySelector('button[data-action="link"]')?.setAttribute('aria-disabled', 'true');
    this.actions.link!(next.id).then(
      (message) => this.say(message),
      (error: unknown) => this.say(error instanceof Error ? error.message : String(error)),
    );
  }

  private say(message: string): void {
    this.linking = false;
    this.note = message;
    this.render();
  }
}

function action(label: string, name: Action): HTMLButtonElement {
  const button = text('button', label) as HTMLButtonElement;
  button.type = 'button';
  button.setAttribute('data-action', name);
  return button;
}
