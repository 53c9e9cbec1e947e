import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { BadgeSettings, FeedChipSettings } from '@/components/settings/BadgeSettings';
import { feedChipsHiddenOn } from '@/utils/browser/feed-settings';
import { badgeHiddenOn } from '@/utils/browser/settings';

describe('BadgeSettings', () => {
  it('shows the badge on every site by default and turns it off per site', async () => {
    const user = userEvent.setup();
    render(<BadgeSettings />);
    const tiktok = await screen.findByRole('checkbox', { name: 'TikTok' });
    await waitFor(() => expect(tiktok).toBeChecked());
    await user.click(tiktok);
    expect(tiktok).not.toBeChecked();
    expect(await badgeHiddenOn.get()).toEqual(['tiktok']);
    expect(screen.getByRole('checkbox', { name: 'Instagram' })).toBeChecked();
  });

  it('follows a change made elsewhere (the badge’s own Hide button)', async () => {
    render(<BadgeSettings />);
    const x = await screen.findByRole('checkbox', { name: 'X' });
    await waitFor(() => expect(x).toBeChecked());
    await badgeHiddenOn.set(['x']);
    await waitFor(() => expect(x).not.toBeChecked());
  });
});

describe('FeedChipSettings', () => {
  it('shows the feed chips on every site by default, beside the badge’s switches, and turns them off per site on their own', async () => {
    const user = userEvent.setup();
    render(
      <>
        <BadgeSettings />
        <FeedChipSettings />
      </>,
    );
    const chips = screen.getByRole('group', { name: 'Show chips beside creators in feeds, search results and replies' });
    const badge = screen.getByRole('group', { name: 'Show the badge on profile pages' });
    const x = within(chips).getByRole('checkbox', { name: 'X' });
    await waitFor(() => expect(x).toBeChecked());
    expect(within(chips).getAllByRole('checkbox').map((c) => c.parentElement?.textContent)).toEqual([
      'Instagram',
      'TikTok',
      'YouTube',
      'X',
      'Bluesky',
    ]);
    // By keyboard: Tab moves from YouTube's switch to X's, Space turns the chips off on X only.
    within(chips).getByRole('checkbox', { name: 'YouTube' }).focus();
    await user.tab();
    expect(x).toHaveFocus();
    await user.keyboard(' ');
    expect(x).not.toBeChecked();
    expect(await feedChipsHiddenOn.get()).toEqual(['x']);
    expect(await badgeHiddenOn.get()).toEqual([]);
    expect(within(badge).getByRole('checkbox', { name: 'X' })).toBeChecked();
    await user.click(x);
    expect(x).toBeChecked();
    expect(await feedChipsHiddenOn.get()).toEqual([]);
  });

  it('follows a change made elsewhere (the chip card’s own “Hide on this site”)', async () => {
    render(<FeedChipSettings />);
    const bluesky = await screen.findByRole('checkbox', { name: 'Bluesky' });
    await waitFor(() => expect(bluesky).toBeChecked());
    await feedChipsHiddenOn.set(['bluesky']);
    await waitFor(() => expect(bluesky).not.toBeChecked());
  });
});
