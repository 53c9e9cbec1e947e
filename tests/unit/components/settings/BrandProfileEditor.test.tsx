import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { BrandProfileEditor } from '@/components/settings/BrandProfileEditor';
import { brandProfile } from '@/utils/browser/brand-profile-store';
import { DEFAULT_BRAND_PROFILE, type BrandProfile } from '@/utils/scoring/brand-profile';

/** Render the editor and wait until the stored profile has loaded. */
async function renderEditor() {
  const user = userEvent.setup();
  render(<BrandProfileEditor />);
  await screen.findByRole('button', { name: 'Save brand profile' });
  return user;
}

/** The chips shown in one keyword list, in order ([] when the list is empty). */
function chips(listName: string): string[] {
  const list = screen.queryByRole('list', { name: listName });
  if (!list) return [];
  return within(list)
    .getAllByRole('listitem')
    .map((item) => item.querySelector('span')?.textContent ?? '');
}

const status = () => screen.getByRole('status');
const save = () => screen.getByRole('button', { name: 'Save brand profile' });
const engagementInput = () => screen.getByRole('spinbutton', { name: 'Minimum engagement rate (%)' });

describe('BrandProfileEditor', () => {
  it('shows a loading state, then the defaults on first use', async () => {
    render(<BrandProfileEditor />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading the brand profile…');
    expect(screen.queryByRole('button', { name: 'Save brand profile' })).not.toBeInTheDocument();

    await screen.findByRole('button', { name: 'Save brand profile' });
    // Example criteria, said to be examples: nothing is scored against them until saved.
    expect(screen.getByTestId('brand-profile-unset')).toHaveTextContent('Not set yet. These are example criteria: no creator is scored against them.');
    expect(chips('Niche keywords')).toEqual([]);
    expect(chips('Excluded keywords')).toEqual(DEFAULT_BRAND_PROFILE.excludedKeywords);
    expect(chips('Languages')).toEqual([]);
    expect(chips('Locations')).toEqual([]);
    expect(screen.getByText('Any of these found caps the fit score at 20 (brand safety).')).toBeVisible();

    expect(screen.getByRole('checkbox', { name: 'Nano (under 10,000)' })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Micro (10,000–100,000)' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Mid-tier (100,000–500,000)' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Macro (500,000–1,000,000)' })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Mega (1,000,000 or more)' })).not.toBeChecked();
    for (const name of ['Instagram', 'TikTok', 'YouTube', 'X', 'Bluesky']) {
      expect(screen.getByRole('checkbox', { name })).toBeChecked();
    }
    // 0.01 is shown as 1 %.
    expect(engagementInput()).toHaveValue(1);
    expect(status()).toHaveTextContent(/^$/);
  });

  it('adds keywords with Enter and a comma, removes them with the keyboard, and saves them', async () => {
    const user = await renderEditor();
    const niche = screen.getByRole('textbox', { name: 'Add a niche keyword' });
    expect(niche).toHaveAccessibleDescription(expect.stringContaining('Looked for as whole words in bios, captions and hashtags.'));

    await user.type(niche, 'travel{Enter}');
    expect(chips('Niche keywords')).toEqual(['travel']);
    expect(niche).toHaveValue('');
    // Enter added the keyword and did not submit the form.
    expect(status()).toHaveTextContent('Unsaved changes');
    expect(await brandProfile.get()).toBeNull();

    await user.type(niche, 'Food,  hiking ,cam');
    expect(chips('Niche keywords')).toEqual(['travel', 'Food', 'hiking']);
    expect(niche).toHaveValue('cam');
    await user.keyboard('ping{Enter}');
    expect(chips('Niche keywords')).toEqual(['travel', 'Food', 'hiking', 'camping']);

    // Keyboard only: focus the chip's remove button and press Enter; focus moves to the next chip.
    screen.getByRole('button', { name: 'Remove Food' }).focus();
    await user.keyboard('{Enter}');
    expect(chips('Niche keywords')).toEqual(['travel', 'hiking', 'camping']);
    expect(screen.getByRole('button', { name: 'Remove hiking' })).toHaveFocus();
    await user.keyboard(' ');
    expect(chips('Niche keywords')).toEqual(['travel', 'camping']);

    await user.type(screen.getByRole('textbox', { name: 'Add a language' }), 'English,de,');
    await user.type(screen.getByRole('textbox', { name: 'Add a location' }), 'Berlin{Enter}');
    await user.click(screen.getByRole('button', { name: 'Remove casino' }));

    await user.click(save());
    await waitFor(() => expect(status()).toHaveTextContent(/^Saved$/));
    const stored = await brandProfile.get();
    expect(stored!.nicheKeywords).toEqual(['travel', 'camping']);
    expect(stored!.languages).toEqual(['English', 'de']);
    expect(stored!.locations).toEqual(['Berlin']);
    expect(stored!.excludedKeywords).toEqual(DEFAULT_BRAND_PROFILE.excludedKeywords.filter((k) => k !== 'casino'));
  });

  it('ignores duplicates (whatever their case), blank entries and surrounding spaces', async () => {
    const user = await renderEditor();
    const niche = screen.getByRole('textbox', { name: 'Add a niche keyword' });
    await user.type(niche, '  Travel  {Enter}');
    await user.type(niche, 'travel{Enter}');
    expect(screen.getByText('“travel” is already in the list.')).toBeVisible();
    await user.type(niche, 'TRAVEL, , ,{Enter}');
    await user.type(niche, '   {Enter}');
    expect(chips('Niche keywords')).toEqual(['Travel']);
    expect(niche).toHaveValue('');

    const excluded = screen.getByRole('textbox', { name: 'Add an excluded keyword' });
    await user.type(excluded, 'CASINO,Gambling{Enter}');
    expect(chips('Excluded keywords')).toEqual(DEFAULT_BRAND_PROFILE.excludedKeywords);

    await user.click(save());
    await waitFor(() => expect(status()).toHaveTextContent(/^Saved$/));
    expect((await brandProfile.get())!.nicheKeywords).toEqual(['Travel']);
  });

  it('refuses a keyword longer than 60 characters with a message, and does not save it', async () => {
    const user = await renderEditor();
    const niche = screen.getByRole('textbox', { name: 'Add a niche keyword' });
    const long = 'a'.repeat(61);
    await user.type(niche, `${long}{Enter}`);
    expect(chips('Niche keywords')).toEqual([]);
    expect(niche).toHaveValue(long);
    expect(niche).toHaveAttribute('aria-invalid', 'true');
    expect(niche).toHaveAccessibleDescription(expect.stringContaining('Keep each entry to 60 characters or fewer (this one has 61).'));

    await user.click(save());
    expect(status()).toHaveTextContent('Not saved: fix the highlighted field.');
    expect(niche).toHaveFocus();
    expect(await brandProfile.get()).toBeNull();

    // The message goes once the entry is short enough; sixty is fine.
    await user.type(niche, '{Backspace}');
    expect(niche).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByText(/Keep each entry to 60 characters/)).not.toBeInTheDocument();
    await user.clear(niche);
    await user.type(niche, `${'b'.repeat(60)}{Enter}`);
    expect(chips('Niche keywords')).toEqual(['b'.repeat(60)]);
    expect(niche).not.toHaveAttribute('aria-invalid');
  });

  it('saves text still in a keyword box when Save is pressed', async () => {
    const user = await renderEditor();
    await user.type(screen.getByRole('textbox', { name: 'Add a location' }), 'Lisbon');
    expect(status()).toHaveTextContent('Unsaved changes');
    await user.click(save());
    await waitFor(() => expect(status()).toHaveTextContent(/^Saved$/));
    expect(chips('Locations')).toEqual(['Lisbon']);
    expect((await brandProfile.get())!.locations).toEqual(['Lisbon']);
  });

  it('toggles preferred tiers and platforms', async () => {
    const user = await renderEditor();
    await user.click(screen.getByRole('checkbox', { name: 'Mid-tier (100,000–500,000)' }));
    await user.click(screen.getByRole('checkbox', { name: 'Nano (under 10,000)' }));
    await user.click(screen.getByRole('checkbox', { name: 'X' }));
    // Keyboard: Space toggles the focused checkbox.
    screen.getByRole('checkbox', { name: 'Bluesky' }).focus();
    await user.keyboard(' ');
    expect(screen.getByRole('checkbox', { name: 'Bluesky' })).not.toBeChecked();
    expect(status()).toHaveTextContent('Unsaved changes');

    await user.click(save());
    await waitFor(() => expect(status()).toHaveTextContent(/^Saved$/));
    const stored = await brandProfile.get();
    expect(stored!.preferredTiers).toEqual(['nano', 'micro']);
    expect(stored!.preferredPlatforms).toEqual(['instagram', 'tiktok', 'youtube']);

    // Turning a change back by hand is not an unsaved change.
    await user.click(screen.getByRole('checkbox', { name: 'X' }));
    expect(status()).toHaveTextContent('Unsaved changes');
    await user.click(screen.getByRole('checkbox', { name: 'X' }));
    expect(status()).not.toHaveTextContent('Unsaved changes');
  });

  it('edits the minimum engagement in percent and stores a fraction (empty means no minimum)', async () => {
    await brandProfile.set({ ...DEFAULT_BRAND_PROFILE, minEngagement: 0.011 });
    const user = await renderEditor();
    const input = engagementInput();
    expect(input).toHaveValue(1.1);

    await user.clear(input);
    await user.type(input, '2.5');
    await user.click(save());
    await waitFor(() => expect(status()).toHaveTextContent(/^Saved$/));
    expect((await brandProfile.get())!.minEngagement).toBe(0.025);

    await user.clear(input);
    expect(status()).toHaveTextContent('Unsaved changes');
    await user.click(save());
    await waitFor(() => expect(status()).toHaveTextContent(/^Saved$/));
    expect((await brandProfile.get())!.minEngagement).toBeNull();
    expect(input).toHaveValue(null);
  });

  it('blocks an invalid minimum engagement with a message and saves nothing', async () => {
    const user = await renderEditor();
    const input = engagementInput();
    await user.click(screen.getByRole('checkbox', { name: 'Nano (under 10,000)' }));
    await user.clear(input);
    await user.type(input, '150');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(expect.stringContaining('Enter a percentage from 0 to 100.'));

    await user.click(save());
    expect(status()).toHaveTextContent('Not saved: fix the highlighted field.');
    expect(input).toHaveFocus();
    expect(await brandProfile.get()).toBeNull();

    await user.clear(input);
    await user.type(input, '-1');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    await user.click(save());
    expect(await brandProfile.get()).toBeNull();

    await user.clear(input);
    await user.type(input, '100');
    expect(input).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByText('Enter a percentage from 0 to 100.')).not.toBeInTheDocument();
    await user.click(save());
    await waitFor(() => expect(status()).toHaveTextContent(/^Saved$/));
    expect((await brandProfile.get())!.minEngagement).toBe(1);
  });

  it('resets to the defaults only after a confirmation inside the page', async () => {
    const custom: BrandProfile = {
      nicheKeywords: ['vegan'],
      excludedKeywords: [],
      preferredTiers: ['mega'],
      preferredPlatforms: ['tiktok'],
      minEngagement: 0.05,
      languages: ['fr'],
      locations: ['Paris'],
    };
    await brandProfile.set(custom);
    const user = await renderEditor();
    expect(chips('Niche keywords')).toEqual(['vegan']);

    await user.click(screen.getByRole('button', { name: 'Reset to defaults' }));
    expect(screen.queryByRole('button', { name: 'Reset to defaults' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(await brandProfile.get()).toEqual(custom);
    expect(screen.getByRole('button', { name: 'Reset to defaults' })).toHaveFocus();

    // Escape backs out too.
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: 'Confirm reset' })).toBeVisible();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('button', { name: 'Confirm reset' })).not.toBeInTheDocument();
    expect(await brandProfile.get()).toEqual(custom);

    await user.click(screen.getByRole('button', { name: 'Reset to defaults' }));
    await user.click(screen.getByRole('button', { name: 'Confirm reset' }));
    await waitFor(() => expect(status()).toHaveTextContent(/^Defaults restored and saved$/));
    expect(await brandProfile.get()).toEqual(DEFAULT_BRAND_PROFILE);
    expect(chips('Niche keywords')).toEqual([]);
    expect(chips('Excluded keywords')).toEqual(DEFAULT_BRAND_PROFILE.excludedKeywords);
    expect(screen.getByRole('checkbox', { name: 'Mega (1,000,000 or more)' })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Instagram' })).toBeChecked();
    expect(engagementInput()).toHaveValue(1);
    expect(screen.getByRole('button', { name: 'Reset to defaults' })).toHaveFocus();
  });

  it('follows a change saved elsewhere', async () => {
    await renderEditor();
    await brandProfile.set({ ...DEFAULT_BRAND_PROFILE, nicheKeywords: ['skincare'], minEngagement: 0.02 });
    await waitFor(() => expect(chips('Niche keywords')).toEqual(['skincare']));
    expect(engagementInput()).toHaveValue(2);
    expect(status()).not.toHaveTextContent('Unsaved changes');
  });

  it('keeps unsaved edits when the profile changes elsewhere, and says so', async () => {
    const user = await renderEditor();
    await user.type(screen.getByRole('textbox', { name: 'Add a niche keyword' }), 'travel{Enter}');
    await brandProfile.set({ ...DEFAULT_BRAND_PROFILE, languages: ['es'] });
    await waitFor(() => expect(status()).toHaveTextContent('The brand profile was changed elsewhere.'));
    expect(chips('Niche keywords')).toEqual(['travel']);
    expect(status()).toHaveTextContent('Unsaved changes');
  });
});
