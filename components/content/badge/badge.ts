// The in-page badge on profile pages. Plain DOM, not React: it ships in every content script, which
// runs on every page view of busy sites and must stay small. Every string from the page is set with
// textContent, never parsed as HTML.
import type { CountField, Extraction } from '@/utils/model/reading';
import { isMeasured } from '@/utils/model/reading-fields';
import type { ProfileStatus } from '@/utils/browser/messaging';
import { followersWord, profileCountRows } from '@/utils/profile-counts';
import { tierLabel } from '@/utils/scoring/tier';
import { signalsSummary } from '@/utils/scoring/authenticity';
import { contactLine, ownerLine } from '@/utils/team';
import { describePrecision, formatCount, formatPercent, platformName, statusLabel } from '@/utils/format';

export type BadgeSave = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; creatorId: string } | { kind: 'failed'; message: string };

export interface BadgeState {
  reading: Extraction;
  /** Scores and roster state from the background; null while it answers, or when it could not. */
  status: ProfileStatus | null;
  statusError: string | null;
  save: BadgeSave;
  expanded: boolean;
}

export interface BadgeActions {
  save(): void;
  openRoster(creatorId: string): void;
  openBrandProfile(): void;
  hideOnThisSite(): void;
  toggle(): void;
}

type Child = Node | string | null | false | undefined;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { class?: string; text?: string; attrs?: Record<string, string> } = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.class) node.className = props.class;
  if (props.text !== undefined) node.textContent = props.text;
  for (const [name, value] of Object.entries(props.attrs ?? {})) node.setAttribute(name, value);
  for (const child of children) if (child) node.append(child);
  return node;
}

function button(action: string, label: string, onClick: () => void, props: { class?: string; attrs?: Record<string, string> } = {}) {
  const node = el('button', { class: props.class ?? 'cs-button', text: label, attrs: { type: 'button', 'data-action': action, ...props.attrs } });
  // Only the user's own clicks and keys: the page's scripts can dispatch clicks too (untrusted).
  node.addEventListener('click', (event) => {
    if (event.isTrusted) onClick();
  });
  return node;
}

function countText(field: CountField): string {
  return isMeasured(field) ? `${field.precision > 1 ? '≈' : ''}${formatCount(field)}` : '—';
}

function countRow(label: string, field: CountField): HTMLElement {
  const title = isMeasured(field) ? describePrecision(field) : `not shown: ${field.missing}`;
  return el('div', { class: 'cs-row' }, el('dt', { text: label }), el('dd', { text: countText(field), attrs: { title, 'aria-label': `${countText(field)}, ${title}` } }));
}

function saveControls(state: BadgeState, actions: BadgeActions): HTMLElement {
  const saved = state.save.kind === 'saved' ? state.save.creatorId : state.status?.state.saved ? state.status.state.creator.id : null;
  if (saved) {
    return el(
      'span',
      { class: 'cs-saved' },
      el('span', { class: 'cs-saved__mark', text: '✓ Saved', attrs: { role: 'status' } }),
      button('open', 'Open', () => actions.openRoster(saved), { class: 'cs-button cs-button--link', attrs: { 'aria-label': 'Open in roster' } }),
    );
  }
  const saving = state.save.kind === 'saving';
  // aria-disabled, not disabled: a disabled button drops keyboard focus, and focus must move on to
  // "Open" once the save is done.
  return button('save', saving ? 'Saving…' : 'Save', actions.save, {
    class: 'cs-button cs-button--primary',
    attrs: { 'aria-label': 'Save to shortlist', ...(saving ? { 'aria-disabled': 'true' } : {}) },
  });
}

function engagementSummary(status: ProfileStatus | null): string {
  const engagement = status?.score.engagement;
  if (!engagement) return 'ER …';
  // A grid that shows only views (YouTube's Videos tab, TikTok) has a view rate on the first visit.
  const viewRate = status?.score.viewRate;
  if (!engagement.available) return viewRate?.available ? `VR ${viewRate.approximate ? '≈' : ''}${formatPercent(viewRate.rate)}` : 'ER —';
  return `ER ${engagement.method === 'totals' ? '≈' : ''}${formatPercent(engagement.rate)}`;
}

function details(state: BadgeState, actions: BadgeActions): HTMLElement {
  const { reading, status } = state;
  const engagement = status?.score.engagement;
  const tier = status?.score.tier;
  const panel = el('div', { class: 'cs-panel', attrs: { id: 'cs-details' } });
  panel.append(
    el(
      'dl',
      { class: 'cs-counts' },
      ...profileCountRows(reading).map(([label, field]) => countRow(label, field)),
    ),
  );
  if (engagement?.available) {
    panel.append(
      el(
        'p',
        { class: 'cs-line' },
        el('strong', { text: engagement.method === 'totals' ? `Engagement ≈${formatPercent(engagement.rate)} (estimate)` : `Engagement ${formatPercent(engagement.rate)}` }),
        ` — ${engagement.formula}. Confidence ${engagement.confidence}: ${engagement.note}.`,
      ),
    );
  } else if (engagement) {
    panel.append(el('p', { class: 'cs-line', text: `Engagement: ${engagement.reason}` }));
  } else if (state.statusError) {
    panel.append(el('p', { class: 'cs-line cs-error', text: state.statusError }));
  }
  const viewRate = status?.score.viewRate;
  if (viewRate?.available) {
    panel.append(
      el(
        'p',
        { class: 'cs-line' },
        el('strong', { text: `View rate ${viewRate.approximate ? '≈' : ''}${formatPercent(viewRate.rate)}` }),
        ` — ${viewRate.formula} (N = ${viewRate.videosUsed.length}). ${viewRate.precisionNote ?? ''} ${viewRate.benchmarkNote}`.replace(/\s+/g, ' '),
      ),
    );
  }
  const benchmarks = status?.score.benchmarks;
  for (const comparison of benchmarks?.comparisons ?? []) panel.append(el('p', { class: 'cs-line cs-muted', text: `${comparison.summary}.` }));
  if (benchmarks?.note) panel.append(el('p', { class: 'cs-line cs-muted', text: benchmarks.note }));
  if (tier) {
    panel.append(el('p', { class: 'cs-line' }, el('strong', { text: tierLabel(tier.tier) }), ` — ${tier.reason}${tier.uncertain ? ' (rounded count: the tier may differ)' : ''}.`));
  }
  const fit = status?.score.fit;
  if (fit && !fit.profileSet) {
    panel.append(
      el(
        'p',
        { class: 'cs-line' },
        el('strong', { text: 'Fit: not scored' }),
        ' — you have not set your brand profile yet. ',
        button('brand', 'Set your brand profile', actions.openBrandProfile, { class: 'cs-button cs-button--link' }),
      ),
    );
  } else if (fit) {
    const scored = fit.components.filter((c) => c.scored && c.max > 0);
    panel.append(
      el(
        'p',
        { class: 'cs-line' },
        el('strong', { text: fit.score === null ? 'Fit: not scored yet' : `Fit ${fit.score}/100` }),
        ` — ${scored.map((c) => `${c.label} ${c.points}/${c.max}`).join(', ')}${fit.cappedBy ? `. ${fit.cappedBy}` : ''}`,
      ),
    );
  }
  const signals = status?.score.signals ?? [];
  const flagged = signals.filter((s) => s.status === 'flagged');
  if (signals.length) {
    // How many checks could run: "not enough data" must not read as "nothing flagged".
    const summary = signalsSummary(signals).text;
    panel.append(el('p', { class: 'cs-line' }, el('strong', { text: `Authenticity: ${summary}` }), flagged.length ? ` — ${flagged.map((s) => s.label).join('; ')}` : ''));
  }
  if (status?.state.saved) {
    panel.append(el('p', { class: 'cs-line', text: `On your roster · ${statusLabel(status.state.creator.status)}` }));
    // In a team: who looks after them, and who on the team contacted them last.
    const team = status.state.team;
    if (team) panel.append(el('p', { class: 'cs-line', text: [ownerLine(team), contactLine(team)].filter(Boolean).join(' · ') }));
  }
  if (state.save.kind === 'failed') panel.append(el('p', { class: 'cs-line cs-error', text: state.save.message, attrs: { role: 'alert' } }));
  panel.append(
    el(
      'div',
      { class: 'cs-panel__actions' },
      button('hide', `Hide on ${platformName(reading.platform)}`, actions.hideOnThisSite, {
        class: 'cs-button cs-button--link',
        attrs: { title: 'Turn the badge off on this site. Turn it back on in Creator Scout’s settings.' },
      }),
    ),
  );
  return panel;
}

/** Build the badge for `state`. The caller swaps it in and restores focus (see `render`). */
export function buildBadge(state: BadgeState, actions: BadgeActions): HTMLElement {
  const { reading } = state;
  const followers = reading.counts.followers;
  const tier = state.status?.score.tier;
  const fit = state.status?.score.fit;
  const toggle = button('toggle', '', actions.toggle, {
    class: 'cs-summary',
    attrs: { 'aria-expanded': String(state.expanded), 'aria-controls': 'cs-details', title: state.expanded ? 'Hide details' : 'Show details' },
  });
  const parts: Child[] = [
    el('span', { class: 'cs-logo', attrs: { 'aria-hidden': 'true' } }),
    el('span', { class: 'cs-followers', text: isMeasured(followers) ? `${countText(followers)} ${followersWord(reading.platform)}` : `${profileCountRows(reading)[0]![0]} not shown` }),
    el('span', { class: 'cs-dot', text: '·', attrs: { 'aria-hidden': 'true' } }),
    el('span', { class: 'cs-er', text: engagementSummary(state.status) }),
    tier && el('span', { class: 'cs-dot', text: '·', attrs: { 'aria-hidden': 'true' } }),
    tier && el('span', { class: 'cs-tier', text: tierLabel(tier.tier) }),
    fit?.score != null && el('span', { class: 'cs-dot', text: '·', attrs: { 'aria-hidden': 'true' } }),
    fit?.score != null && el('span', { class: 'cs-fit', text: `Fit ${fit.score}` }),
    el('span', { class: 'cs-chevron', text: state.expanded ? '▾' : '▸', attrs: { 'aria-hidden': 'true' } }),
  ];
  for (const part of parts) if (part) toggle.append(part);
  const bar = el('div', { class: 'cs-bar' }, toggle, saveControls(state, actions));
  return el(
    'section',
    { class: `cs-badge${state.expanded ? ' cs-badge--open' : ''}`, attrs: { 'aria-label': `Creator Scout: @${reading.handle ?? ''}` } },
    bar,
    state.expanded && details(state, actions),
  );
}

/** Replace the badge inside `container`, keeping keyboard focus on the same control. */
export function render(container: HTMLElement, root: ShadowRoot, state: BadgeState, actions: BadgeActions): void {
  const focused = (root.activeElement as HTMLElement | null)?.dataset?.action;
  container.replaceChildren(buildBadge(state, actions));
  if (focused) {
    const target =
      container.querySelector<HTMLElement>(`[data-action="${focused}"]`) ??
      (focused === 'save' ? container.querySelector<HTMLElement>('[data-action="open"]') : null);
    target?.focus();
  }
}
