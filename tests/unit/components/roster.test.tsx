import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RosterList } from '@/components/roster/RosterList';
import { saveViewedProfile } from '@/storage/profiles';
import { listRoster } from '@/storage/roster';
import { withFreshDatabase } from '../../helpers/db';
import { plutoReading } from '../../helpers/readings';

withFreshDatabase();

describe('RosterList', () => {
  it('says it is loading until the roster arrives', () => {
    render(<RosterList rows={undefined} />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading your roster');
  });

  it('tells a new user how to save their first creator', () => {
    render(<RosterList rows={[]} />);
    expect(screen.getByRole('heading', { name: 'Your shortlist is empty' })).toBeInTheDocument();
    expect(screen.getByText(/Save to shortlist/)).toBeInTheDocument();
  });

  it('lists a saved creator with their account, followers and status', async () => {
    await saveViewedProfile(plutoReading(), { now: Date.UTC(2026, 10, 20, 12) });
    render(<RosterList rows={await listRoster()} />);
    const row = screen.getByRole('row', { name: /Pluto/ });
    expect(within(row).getByRole('rowheader')).toHaveTextContent('Pluto');
    expect(within(row).getByRole('link', { name: '@pluto__travel' })).toHaveAttribute(
      'href',
      'https://www.instagram.com/pluto__travel/',
    );
    expect(row).toHaveTextContent('2,362');
    expect(row).toHaveTextContent('Shortlisted');
    expect(row).toHaveTextContent('Nov 20, 2026');
  });
});
