import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CreatorDetail } from '@/components/creator/CreatorDetail';
import { withFreshDatabase } from '../../../helpers/db';
import { accountRecord, creatorRecord, seedAna } from '../../../helpers/creator-detail-seed';

const db = withFreshDatabase();

async function showAna() {
  await seedAna(db());
  render(<CreatorDetail creatorId="ana" />);
  await screen.findByRole('heading', { level: 2, name: 'Ana Lima' });
  return screen.getByRole('region', { name: 'Accounts' });
}

describe('CreatorDetail accounts', () => {
  it('merges another creator in only after a confirmation naming both', async () => {
    const user = userEvent.setup();
    const accounts = await showAna();
    await user.click(within(accounts).getByRole('button', { name: 'Merge another creator into this one…' }));
    const picker = within(accounts).getByRole('group', { name: 'Merge another creator into Ana Lima' });
    const search = within(picker).getByLabelText('Find the creator to merge');
    expect(search).toHaveFocus();
    await user.type(search, 'bo');
    await user.click(await within(picker).findByRole('button', { name: 'Bo Berg' }));

    const question = within(picker).getByRole('heading', { name: 'Merge Bo Berg into Ana Lima?' });
    expect(question).toHaveFocus();
    expect(picker).toHaveTextContent('Bo Berg is then removed. This cannot be undone.');
    // Backing out changes nothing.
    await user.click(within(picker).getByRole('button', { name: 'Back' }));
    expect(await db().creators.get('bo')).toBeDefined();

    await user.click(await within(picker).findByRole('button', { name: 'Bo Berg' }));
    await user.click(within(picker).getByRole('button', { name: 'Merge Bo Berg into Ana Lima' }));
    expect(await within(accounts).findByText('Merged Bo Berg into Ana Lima.')).toBeInTheDocument();
    expect(await within(accounts).findByRole('link', { name: '@bo.berg' })).toBeInTheDocument();
    expect(await db().creators.get('bo')).toBeUndefined();
    expect((await db().accounts.get('instagram:bo.berg'))!.creatorId).toBe('ana');
    expect(await db().agreements.get('ag-bo')).toMatchObject({ creatorId: 'ana' });
    // Bo's agreement is now on Ana's page.
    expect(await within(screen.getByRole('region', { name: 'Agreements' })).findByText('Bo deal')).toBeInTheDocument();
  });

  it('does not offer the creator themselves, and says when nothing matches', async () => {
    const user = userEvent.setup();
    const accounts = await showAna();
    await user.click(within(accounts).getByRole('button', { name: 'Merge another creator into this one…' }));
    await user.type(within(accounts).getByLabelText('Find the creator to merge'), 'ana');
    expect(await within(accounts).findByText('No other creator matches “ana”.')).toBeInTheDocument();
    await user.click(within(accounts).getByRole('button', { name: 'Cancel' }));
    expect(within(accounts).queryByRole('group')).not.toBeInTheDocument();
  });

  it('links an account from another creator, after naming the account and both creators', async () => {
    const user = userEvent.setup();
    await seedAna(db());
    await db().creators.add(creatorRecord('cleo', { displayName: 'Cleo Cooks' }));
    await db().accounts.bulkAdd([accountRecord('cleo', 'instagram', 'cleo.cooks'), accountRecord('cleo', 'tiktok', 'cleocooks')]);
    render(<CreatorDetail creatorId="ana" />);
    const accounts = await screen.findByRole('region', { name: 'Accounts' });
    await user.click(within(accounts).getByRole('button', { name: 'Link an account from another creator…' }));
    await user.type(within(accounts).getByLabelText('Find the creator who has the account'), 'cleo');
    await user.click(await within(accounts).findByRole('button', { name: 'Cleo Cooks' }));
    await user.click(await within(accounts).findByRole('button', { name: '@cleocooks (TikTok)' }));
    expect(within(accounts).getByRole('heading', { name: 'Move @cleocooks (TikTok) from Cleo Cooks to Ana Lima?' })).toBeInTheDocument();
    await user.click(within(accounts).getByRole('button', { name: 'Move to Ana Lima' }));
    expect(await within(accounts).findByText('Moved @cleocooks (TikTok) to Ana Lima.')).toBeInTheDocument();
    expect(await within(accounts).findByRole('link', { name: '@cleocooks' })).toBeInTheDocument();
    expect((await db().accounts.get('tiktok:cleocooks'))!.creatorId).toBe('ana');
    expect((await db().accounts.get('instagram:cleo.cooks'))!.creatorId).toBe('cleo');
  });

  it('unlinks an account into a creator of its own, with a link to it', async () => {
    const user = userEvent.setup();
    const accounts = await showAna();
    await user.click(within(accounts).getByRole('button', { name: 'Unlink @analima (TikTok)' }));
    const done = await within(accounts).findByText('@analima (TikTok) is now a creator of its own.');
    const newId = (await db().accounts.get('tiktok:analima'))!.creatorId;
    expect(newId).not.toBe('ana');
    expect(within(done).getByRole('link', { name: 'Open it' })).toHaveAttribute('href', `#/creator/${newId}`);
    // Ana now has one account, which cannot be unlinked from her.
    await waitFor(() => expect(within(accounts).getAllByRole('row')).toHaveLength(2));
    expect(within(accounts).queryByRole('button', { name: /^Unlink/ })).not.toBeInTheDocument();
  });
});
