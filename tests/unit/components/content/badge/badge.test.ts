import { fireEvent, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { buildBadge, render, type BadgeActions, type BadgeState } from '@/components/content/badge/badge';
import type { ProfileStatus } from '@/utils/browser/messaging';
import { DEFAULT_BRAND_PROFILE } from '@/utils/scoring/brand-profile';
import { scoreProfile } from '@/utils/scoring/profile';
import { plutoReading } from '../../../../helpers/readings';

const actions = (): BadgeActions => ({ save: vi.fn(), openRoster: vi.fn(), openBrandProfile: vi.fn(), hideOnThisSite: vi.fn(), toggle: vi.fn() });

const status = (saved: boolean): ProfileStatus => ({
  state: saved
    ? { saved: true, accountId: 'instagram:pluto__travel', creator: { id: 'c1', displayName: 'Pluto', status: 'contacted' }, lastSnapshot: null }
    : { saved: false, accountId: 'instagram:pluto__travel' },
  score: scoreProfile(plutoReading(), {
    now: Date.UTC(2026, 10, 20),
    earlierPosts: [{ id: 'a', postedAt: Date.UTC(2026, 10, 1), pinned: false, likes: 90, comments: 10, shares: null, views: null, sponsored: false, caption: 'Lisbon #travel' }],
    profile: { ...DEFAULT_BRAND_PROFILE, nicheKeywords: ['travel'] },
  }),
});

function state(patch: Partial<BadgeState> = {}): BadgeState {
  return { reading: plutoReading(), status: status(false), statusError: null, save: { kind: 'idle' }, expanded: false, ...patch };
}

describe('badge', () => {
  it('shows followers, engagement and tier at a glance, with a Save button', () => {
    const badge = buildBadge(state(), actions());
    const summary = within(badge).getByRole('button', { name: /followers/ });
    // Engagement: (90 + 10) / 2362 = 4.23 %.
    // Fit: niche “travel” found 35/35, nano next to micro 7/15, Instagram 10/10, 4.23% ≥ 1% 15/15,
    // two authenticity checks clear 10/10 → 77 of 85 = 91.
    expect(summary).toHaveTextContent('2,362 followers·ER 4.23%·Nano·Fit 91');
    expect(summary).toHaveAttribute('aria-expanded', 'false');
    expect(within(badge).getByRole('button', { name: 'Save to shortlist' })).toBeEnabled();
    // A labelled <section> is a landmark region screen-reader users can jump to.
    expect(badge.tagName).toBe('SECTION');
    expect(badge).toHaveAttribute('aria-label', 'Creator Scout: @pluto__travel');
  });

  it('expands to the details: counts with precision, the formula, the tier’s reason', () => {
    const reading = plutoReading();
    reading.counts.followers = { value: 783_400, precision: 100, source: 'dom' };
    const badge = buildBadge(state({ reading, expanded: true }), actions());
    expect(badge).toHaveTextContent('Followers≈783.4K');
    expect(within(badge).getByText('≈783.4K')).toHaveAttribute('title', 'rounded on the page: about 783,400, to the nearest 100');
    expect(badge).toHaveTextContent('Median over the 1 most recent posts of (likes + comments) ÷ followers');
    expect(badge).toHaveTextContent('Confidence low: only 1 post.');
    expect(badge).toHaveTextContent('2,362 followers is under 10,000');
    expect(within(badge).getByRole('button', { name: 'Hide on Instagram' })).toBeTruthy();
  });

  it('names a YouTube channel’s counts as YouTube and the popup do: subscribers and videos, no following', () => {
    const reading = { ...plutoReading(), platform: 'youtube' as const, handle: 'kurzgesagt' };
    reading.counts = { ...reading.counts, followers: { value: 24_300_000, precision: 100_000, source: 'dom' }, following: { missing: 'YouTube shows no following count.' } };
    const badge = buildBadge(state({ reading, status: null, expanded: true }), actions());
    expect(within(badge).getByRole('button', { name: /subscribers/ })).toHaveTextContent('≈24.3M subscribers');
    expect(badge).not.toHaveTextContent(/followers/i);
    expect(badge).not.toHaveTextContent('Following');
    expect([...badge.querySelectorAll('dt')].map((dt) => dt.textContent)).toEqual(['Subscribers', 'Videos']);
  });

  it('says how many authenticity checks could run, and scores no fit without a brand profile, linking to it', async () => {
    const withProfile = buildBadge(state({ expanded: true }), actions());
    expect(withProfile).toHaveTextContent(/Authenticity: \d of 6 checks could run: (nothing flagged|\d to look at)/);
    expect(withProfile).toHaveTextContent(/Fit \d+\/100/);

    const noProfile: BadgeState['status'] = {
      state: { saved: false, accountId: 'instagram:pluto__travel' },
      score: scoreProfile(plutoReading(), { now: Date.UTC(2026, 10, 20), profile: null }),
    };
    const act = actions();
    const badge = buildBadge(state({ status: noProfile, expanded: true }), act);
    expect(badge).toHaveTextContent('Fit: not scored — you have not set your brand profile yet.');
    expect(within(badge).queryByText(/Fit \d/)).toBeNull();
    // The link is there; a scripted (untrusted) click on it does nothing (the user's own click is
    // made with the real mouse, as tests/e2e/badge-hostile-page.e2e.ts does for the badge's buttons).
    fireEvent.click(within(badge).getByRole('button', { name: 'Set your brand profile' }));
    expect(act.openBrandProfile).not.toHaveBeenCalled();
  });

  it('says Saved and offers the roster for a creator already on it', () => {
    const act = actions();
    const badge = buildBadge(state({ status: status(true), expanded: true }), act);
    expect(within(badge).getByRole('status')).toHaveTextContent('✓ Saved');
    expect(badge).toHaveTextContent('On your roster · Contacted');
    fireEvent.click(within(badge).getByRole('button', { name: 'Open in roster' }));
    // A scripted (untrusted) click does nothing: only the user's own click opens the roster, which
    // tests/e2e/badge-hostile-page.e2e.ts makes with the real mouse.
    expect(act.openRoster).not.toHaveBeenCalled();
  });

  it('in a team, says who owns the creator and who on the team contacted them', () => {
    const inTeam = status(true);
    if (!inTeam.state.saved) throw new Error('saved');
    inTeam.state.team = { actor: 'maya', owner: 'maya', contact: { by: 'sam', at: Date.UTC(2026, 10, 3, 12), template: 'Intro' } };
    const badge = buildBadge(state({ status: inTeam, expanded: true }), actions());
    expect(badge).toHaveTextContent(/Owner: maya \(you\) · Contacted by sam on .*2026 via “Intro”/);
    // A solo user's badge names nobody.
    expect(buildBadge(state({ status: status(true), expanded: true }), actions())).not.toHaveTextContent(/Owner|Contacted by/);
  });

  it('never shows 0 for a count the page did not show', () => {
    const reading = plutoReading();
    reading.counts.followers = { missing: 'The page did not show its follower counts.' };
    const badge = buildBadge(state({ reading, status: null }), actions());
    expect(badge).toHaveTextContent('Followers not shown');
    expect(badge).toHaveTextContent('ER …');
  });

  it('renders hostile page text as text', () => {
    const reading = plutoReading({ handle: '<img src=x onerror=alert(1)>' });
    const badge = buildBadge(state({ reading }), actions());
    expect(badge.querySelector('img')).toBeNull();
    expect(badge.getAttribute('aria-label')).toBe('Creator Scout: @<img src=x onerror=alert(1)>');
  });

  it('keeps keyboard focus on the same control when it re-renders', () => {
    const host = document.createElement('div');
    const shadowHost = document.createElement('div');
    document.body.append(shadowHost);
    const root = shadowHost.attachShadow({ mode: 'open' });
    root.append(host);
    const act = actions();
    render(host, root, state(), act);
    within(host).getByRole('button', { name: /followers/ }).focus();
    render(host, root, state({ expanded: true }), act);
    expect(root.activeElement).toHaveAttribute('data-action', 'toggle');
    expect(root.activeElement).toHaveAttribute('aria-expanded', 'true');
    shadowHost.remove();
  });
});
