import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CreatorDetail } from '@/components/creator/CreatorDetail';
import { withFreshDatabase } from '../../helpers/db';
import { seedAna } from '../../helpers/creator-detail-seed';

// The creator page in a team: who changed the creator last and when, from the stamps the sync
// engine keeps, and what the last merge settled by a rule; nothing of it outside a team.
const db = withFreshDatabase();

describe('creator page, team lines', () => {
  it('says nothing about a team when the creator was never synced', async () => {
    await seedAna(db());
    render(<CreatorDetail creatorId="ana" />);
    await screen.findByRole('heading', { level: 2, name: 'Ana Lima' });
    expect(screen.queryByText(/^Changed by/)).toBeNull();
  });

  it('shows "Changed by ben, 2 min ago" and the merge to check', async () => {
    await seedAna(db());
    db().changes.actor = 'ann';
    const now = Date.now();
    await db().syncState.put({
      id: 'creator:ana',
      recordKey: 'creators:ana',
      rev: '3-abc',
      stamps: {},
      editedBy: 'ben',
      editedAt: now - 2 * 60_000,
      unsettled: [{ kind: 'both-edited', path: 'notes', kept: { value: 'Ben: sent the brief', by: 'ben', at: now - 120_000 }, replaced: [{ value: 'Ann: asked for rates', by: 'ann', at: now - 180_000 }] }],
      mergedAt: now - 60_000,
    });
    render(<CreatorDetail creatorId="ana" />);
    expect(await screen.findByText('Changed by ben, 2 min ago')).toBeInTheDocument();
    const note = screen.getByRole('note', { name: 'Settled by the team merge' });
    expect(within(note).getByRole('listitem')).toHaveTextContent('Both ben and you changed the notes at the same time: ben’s later “Ben: sent the brief” was kept; you wrote “Ann: asked for rates”.');
  });
});
