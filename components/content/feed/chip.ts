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

export interface ChipActions {
  save(): void;
  openRoster(creatorId: string): void;
  hideOnThisSite(): void;
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
  const contacted =
    state.lastContactedAt === null
      ? 'not contacted yet'
      : `already in touch: last contacted ${formatDate(state.lastContactedAt)}${state.lastTemplate ? ` with “${state.lastTemplate}”` : ''}`;
  return { label: parts.join(' · '), aria: `${who} is on your roster: ${statusLabel(state.status)}, ${contacted}. Show details` };
}

function cardLines(view: ChipView): HTMLElement[] {
  if (view.kind !== 'state') return [];
  const { state } = view;
  if (!state.saved) {
    return [text('p', 'Not on your roster.'), text('p', 'Save adds their name, profile link and the posts this page shows. Followers are read on their profile.', 'muted')];
  }
  const lines = [text('p', `${statusLabel(state.status)} · ${state.displayName}`)];
  lines.push(
    text(
      'p',
      state.lastContactedAt === null
        ? 'Not contacted yet.'
        : `Already in touch: last contacted ${formatDate(state.lastContactedAt)}${state.lastTemplate ? ` with “${state.lastTemplate}”` : ''}.`,
    ),
  );
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

/** Stop the site's own handlers (a tweet opens on click) from seeing what happens in the chip. */
function contain(host: HTMLElement): void {
  for (const type of ['click', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'keydown', 'keyup']) {
    host.addEventListener(type, (event) => event.stopPropagation());
  }
}

export class FeedChip {
  readonly host: HTMLElement;
  private readonly root: ShadowRoot;
  private view: ChipView = { kind: 'loading' };
  private static counter = 0;

  constructor(
    readonly author: FeedAuthor,
    readonly accountId: string,
    private readonly actions: ChipActions,
  ) {
    this.host = document.createElement('span');
    this.host.setAttribute(OWN_MARK, 'chip');
    this.host.setAttribute('data-account', accountId);
    this.root = this.host.attachShadow({ mode: 'closed', delegatesFocus: true });
    contain(this.host);
    this.host.addEventListener('mouseenter', () => this.open(true));
    this.host.addEventListener('mouseleave', () => {
      if (!this.host.matches(':focus-within')) this.open(false);
    });
    this.host.addEventListener('focusin', () => this.open(true));
    this.host.addEventListener('focusout', (event) => {
      const next = (event as FocusEvent).relatedTarget as Node | null;
      if (!next || !this.host.contains(next)) this.open(false);
    });
    this.host.addEventListener('keydown', (event) => {
      if ((event as KeyboardEvent).key === 'Escape') this.open(false);
    });
    this.render();
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
  private readonly cardId = `creator-scout-card-${(FeedChip.counter += 1)}`;

  private render(): void {
    const words = chipWords(this.author, this.view);
    const button = text('button', words.label, this.view.kind === 'state' && !this.view.state.saved ? 'add' : undefined) as HTMLButtonElement;
    button.type = 'button';
    button.setAttribute('aria-label', words.aria);
    button.title = words.aria;
    button.disabled = this.view.kind === 'loading' || this.view.kind === 'saving';
    const view = this.view;
    // The "+" saves; on a saved creator the chip opens its card (the card's buttons act).
    button.addEventListener('click', (event) => {
      if (!event.isTrusted) return;
      if (view.kind === 'state' && !view.state.saved) this.actions.save();
      else this.open(!this.host.classList.contains('open'));
    });
    const hadFocus = this.root.activeElement !== null;
    const sheet = chipSheet();
    const nodes: Node[] = [button];
    if (sheet) this.root.adoptedStyleSheets = [sheet];
    else nodes.unshift(text('style', CSS));
    // The card is built when first opened (most chips are scrolled past unopened), then kept current.
    if (this.cardBuilt) {
      nodes.push(this.cardElement());
      button.setAttribute('aria-describedby', this.cardId);
    }
    this.root.replaceChildren(...nodes);
    if (hadFocus && !button.disabled) button.focus();
  }

  private buildCard(): void {
    this.cardBuilt = true;
    this.root.append(this.cardElement());
    this.root.querySelector('button')?.setAttribute('aria-describedby', this.cardId);
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
      const creatorId = view.state.creatorId;
      actions.append(this.action('Open in roster', () => this.actions.openRoster(creatorId)));
    }
    if (view.kind === 'state' && !view.state.saved) actions.append(this.action('Save to shortlist', () => this.actions.save()));
    actions.append(this.action('Hide chips on this site', () => this.actions.hideOnThisSite()));
    card.append(actions);
    return card;
  }

  private action(label: string, run: () => void): HTMLButtonElement {
    const button = text('button', label) as HTMLButtonElement;
    button.type = 'button';
    button.addEventListener('click', (event) => {
      if (event.isTrusted) run();
    });
    return button;
  }
}
