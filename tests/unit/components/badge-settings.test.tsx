import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { BadgeSettings } from '@/components/settings/BadgeSettings';
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
