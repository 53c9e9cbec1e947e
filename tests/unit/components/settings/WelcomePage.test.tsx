import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { parseRoute } from '@/components/app/useHashRoute';
import { WelcomePage } from '@/components/settings/WelcomePage';
import { brandProfile } from '@/utils/browser/brand-profile-store';
import { DEFAULT_BRAND_PROFILE } from '@/utils/scoring/brand-profile';
import { senderDetails } from '@/utils/browser/sender-store';

describe('WelcomePage (first run)', () => {
  it('is the options page’s #/welcome', () => {
    expect(parseRoute('#/welcome')).toEqual({ page: 'welcome' });
  });

  it('walks through the brand profile and the sender details, and saves each', { timeout: 20_000 }, async () => {
    const user = userEvent.setup();
    render(<WelcomePage />);
    expect(screen.getByRole('heading', { level: 2, name: 'Welcome to Creator Scout' })).toBeInTheDocument();
    const steps = within(screen.getByRole('list', { name: '' }).parentElement!);
    expect(steps.getByRole('heading', { name: '1. What your brand looks for' })).toBeInTheDocument();
    expect(steps.getByRole('heading', { name: '2. Who your messages come from' })).toBeInTheDocument();
    expect(steps.getByRole('heading', { name: '3. Start vetting' })).toBeInTheDocument();

    // Step 1: the examples are not the user's profile until saved.
    await screen.findByRole('button', { name: 'Save brand profile' });
    expect(screen.getByTestId('brand-profile-unset')).toBeVisible();
    expect(await brandProfile.get()).toBeNull();
    await user.type(screen.getByRole('textbox', { name: 'Add a niche keyword' }), 'travel{Enter}');
    await user.click(screen.getByRole('button', { name: 'Save brand profile' }));
    await waitFor(async () => expect(await brandProfile.get()).toEqual({ ...DEFAULT_BRAND_PROFILE, nicheKeywords: ['travel'] }));
    await waitFor(() => expect(screen.queryByTestId('brand-profile-unset')).not.toBeInTheDocument());

    // Step 2: who the messages are signed by.
    await user.type(screen.getByRole('textbox', { name: 'Your name' }), 'Rita Alves');
    const senderForm = screen.getByRole('textbox', { name: 'Your name' }).closest('form')!;
    await user.click(within(senderForm).getByRole('button', { name: /Save/ }));
    await waitFor(async () => expect((await senderDetails.get()).name).toBe('Rita Alves'));

    expect(screen.getByRole('link', { name: 'roster' })).toHaveAttribute('href', '#/roster');
  });
});
