import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { RosterPage } from '@/components/roster/RosterPage';
import { brandProfile } from '@/utils/browser/brand-profile-store';
import { DEFAULT_BRAND_PROFILE } from '@/utils/scoring/brand-profile';
import { withFreshDatabase } from '../../../helpers/db';
import { SAMPLE, seedCreators } from '../../../helpers/roster-data';

const db = withFreshDatabase();

const bodyNames = () =>
  within(screen.getByRole('grid', { name: 'Creators' }))
    .getAllByRole('rowheader')
    .map((cell) => within(cell).getByRole('link').textContent);

describe('RosterPage', () => {
  it('tells a new user how to fill it', async () => {
    render(<RosterPage />);
    expect(await screen.findByRole('heading', { name: 'Your shortlist is empty' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Import and export' })).toHaveAttribute('href', '#/import-export');
    expect(screen.getByRole('link', { name: 'Set up Creator Scout' })).toHaveAttribute('href', '#/welcome');
  });

  it('says fit is not scored until the brand profile is set, and links to it', async () => {
    await seedCreators(SAMPLE);
    render(<RosterPage />);
    const note = await screen.findByTestId('fit-unset');
    expect(within(note).getByRole('link', { name: 'set your brand profile' })).toHaveAttribute('href', '#/brand');
    await brandProfile.set(DEFAULT_BRAND_PROFILE);
    await waitFor(() => expect(screen.queryByTestId('fit-unset')).not.toBeInTheDocument());
  });

  it('lists every creator with their figures, and links to each', async () => {
    await seedCreators(SAMPLE);
    render(<RosterPage />);
    const row = (await screen.findByRole('link', { name: 'IlloJuan' })).closest('tr')!;
    expect(within(row).getByRole('link', { name: 'IlloJuan' })).toHaveAttribute('href', expect.stringMatching(/^#\/creator\//));
    expect(row).toHaveTextContent('TikTok @illojuan, YouTube @illojuan');
    expect(row).toHaveTextContent('1,200,000');
    expect(row).toHaveTextContent('2.00%');
    expect(row).toHaveTextContent('84');
    expect(row).toHaveTextContent('Mega');
    expect(row).toHaveTextContent('Contacted');
    expect(screen.getByTestId('roster-count')).toHaveTextContent('Showing 4 of 4 creators');
  });

  // Types and sorts through userEvent: several seconds on a loaded machine.
  it('searches as you type and sorts on a column, missing values last', { timeout: 20_000 }, async () => {
    const user = userEvent.setup();
    await seedCreators(SAMPLE);
    render(<RosterPage />);
    await screen.findByRole('link', { name: 'Pluto' });
    await user.type(screen.getByRole('searchbox'), 'travel');
    expect(bodyNames().sort()).toEqual(['Kiko Beats', 'Pluto']);
    expect(screen.getByTestId('roster-count')).toHaveTextContent('Showing 2 of 4 creators');
    await user.clear(screen.getByRole('searchbox'));

    // Numbers sort largest first; a creator with no engagement measured stays last either way.
    await user.click(screen.getByRole('button', { name: /Engagement/ }));
    expect(screen.getByRole('columnheader', { name: /Engagement/ })).toHaveAttribute('aria-sort', 'descending');
    expect(bodyNames()).toEqual(['Pluto', 'IlloJuan', 'Kiko Beats', 'Stephen King']);
    await user.click(screen.getByRole('button', { name: /Engagement/ }));
    expect(bodyNames()).toEqual(['Kiko Beats', 'IlloJuan', 'Pluto', 'Stephen King']);
    await user.click(screen.getByRole('button', { name: /^Name/ }));
    expect(bodyNames()).toEqual(['IlloJuan', 'Kiko Beats', 'Pluto', 'Stephen King']);
  });

  it('filters, and saves the view to come back to', async () => {
    const user = userEvent.setup();
    await seedCreators(SAMPLE);
    render(<RosterPage />);
    await screen.findByRole('link', { name: 'Pluto' });
    await user.click(screen.getByRole('button', { name: 'Filters' }));
    await user.click(screen.getByRole('checkbox', { name: 'Only creators to vet' }));
    expect(bodyNames()).toEqual(['Stephen King']);
    await user.type(screen.getByPlaceholderText('Name this view'), 'To vet');
    await user.click(screen.getByRole('button', { name: 'Save view' }));
    expect(await screen.findByText('Saved view “To vet”.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(bodyNames()).toHaveLength(4);
    await user.selectOptions(screen.getByLabelText('Saved views'), 'To vet');
    expect(bodyNames()).toEqual(['Stephen King']);
  });

  it('changes the stage of the selected creators, and deletes with undo', async () => {
    const user = userEvent.setup();
    const ids = await seedCreators(SAMPLE);
    render(<RosterPage />);
    await user.click(await screen.findByRole('checkbox', { name: 'Select Pluto' }));
    await user.click(screen.getByRole('checkbox', { name: 'Select Kiko Beats' }));
    const bulk = screen.getByRole('region', { name: 'Bulk actions' });
    expect(bulk).toHaveTextContent('2 creators selected');
    await user.selectOptions(within(bulk).getByLabelText('Stage for the selected creators'), 'replied');
    await user.click(within(bulk).getByRole('button', { name: 'Set stage' }));
    expect(await within(bulk).findByText('Moved 2 creators to Replied.')).toBeInTheDocument();
    expect((await db().creators.get(ids.Pluto!))?.status).toBe('replied');

    // Still selected: clear the selection and pick the one to delete.
    await user.click(screen.getByRole('checkbox', { name: 'Select Pluto' }));
    await user.click(screen.getByRole('checkbox', { name: 'Select Kiko Beats' }));
    await user.click(screen.getByRole('checkbox', { name: 'Select Stephen King' }));
    await user.click(within(bulk).getByRole('button', { name: 'Delete…' }));
    await user.click(within(bulk).getByRole('button', { name: 'Delete 1 creator for good' }));
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Stephen King' })).not.toBeInTheDocument());
    expect(await db().creators.count()).toBe(3);
    expect(await within(bulk).findByText('Deleted 1 creator and everything about them.')).toBeInTheDocument();
    await user.click(within(bulk).getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('link', { name: 'Stephen King' })).toBeInTheDocument();
    expect(await db().accounts.get('bluesky:stephenking.bsky.social')).toBeDefined();
  });

  it('tags the selected creators with the tag as saved, and refuses a tag that is too long, saying why', async () => {
    const user = userEvent.setup();
    const ids = await seedCreators(SAMPLE);
    render(<RosterPage />);
    await user.click(await screen.findByRole('checkbox', { name: 'Select Pluto' }));
    await user.click(screen.getByRole('checkbox', { name: 'Select Kiko Beats' }));
    const bulk = screen.getByRole('region', { name: 'Bulk actions' });
    await user.type(within(bulk).getByPlaceholderText('Tag'), '# summer');
    await user.click(within(bulk).getByRole('button', { name: 'Add tag' }));
    expect(await within(bulk).findByText('Tagged 2 creators with “summer”.')).toBeInTheDocument();
    expect((await db().creators.get(ids.Pluto!))?.tags).toContain('summer');

    // The selection stays for the next action, and the count says what really changed.
    expect(screen.getByRole('checkbox', { name: 'Select Pluto' })).toBeChecked();
    expect(within(bulk).getByText('2 creators selected')).toBeInTheDocument();
    await user.click(within(bulk).getByRole('button', { name: 'Add tag' }));
    expect(await within(bulk).findByText('All 2 already had “summer”: nothing changed.')).toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: 'Select Kiko Beats' }));
    await user.clear(within(bulk).getByPlaceholderText('Tag'));
    await user.type(within(bulk).getByPlaceholderText('Tag'), 'x'.repeat(61));
    await user.click(within(bulk).getByRole('button', { name: 'Add tag' }));
    expect(await within(bulk).findByRole('alert')).toHaveTextContent('Nothing was tagged: a tag can be at most 60 characters long, and this one has 61.');
    expect((await db().creators.get(ids.Pluto!))?.tags).toEqual(['travel', 'summer']);
  });

  it('moves between cells with the arrow keys, as a grid: one Tab stop, Home and End along a row', async () => {
    const user = userEvent.setup();
    await seedCreators(SAMPLE);
    render(<RosterPage />);
    await screen.findByRole('link', { name: 'Pluto' });
    const grid = screen.getByRole('grid', { name: 'Creators' });
    const names = bodyNames();
    // One Tab stop in the whole grid: the first creator's checkbox.
    const stops = [...grid.querySelectorAll<HTMLElement>('[tabindex="0"]')];
    expect(stops).toEqual([within(grid).getByRole('checkbox', { name: `Select ${names[0]}` })]);
    stops[0]!.focus();
    await user.keyboard('{ArrowDown}');
    expect(within(grid).getByRole('checkbox', { name: `Select ${names[1]}` })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(within(grid).getByRole('link', { name: names[1]! })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toHaveTextContent(/@/); // the Platforms cell itself
    expect(document.activeElement?.tagName).toBe('TD');
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(within(grid).getByRole('button', { name: /^Platforms/ })).toHaveFocus(); // the header row
    await user.keyboard('{End}');
    expect(within(grid).getByRole('button', { name: /^Next reminder/ })).toHaveFocus();
    await user.keyboard('{Control>}{End}{/Control}');
    expect(document.activeElement?.closest('tr')).toHaveAttribute('aria-rowindex', String(names.length + 1));
    await user.keyboard('{Home}');
    expect(within(grid).getByRole('checkbox', { name: `Select ${names.at(-1)}` })).toHaveFocus();
    // Still one Tab stop, where focus is.
    expect([...grid.querySelectorAll('[tabindex="0"]')]).toEqual([document.activeElement]);
  });

  it('shows only the rows in view, even with thousands of creators', async () => {
    await seedCreators(Array.from({ length: 3000 }, (_, i) => ({ name: `Creator ${i}`, accounts: [{ platform: 'instagram' as const, handle: `c${i}`, followers: i }] })));
    render(<RosterPage />);
    expect(await screen.findByTestId('roster-count')).toHaveTextContent('Showing 3,000 of 3,000 creators');
    const table = screen.getByRole('grid', { name: 'Creators' });
    expect(table).toHaveAttribute('aria-rowcount', '3001');
    expect(within(table).getAllByRole('rowheader').length).toBeLessThan(60);
  });
});

describe('a damaged record in the roster', () => {
  it('names itself in its own row, and the other creators stay listed and usable', async () => {
    const ids = await seedCreators(SAMPLE);
    // A record no version of Creator Scout writes (a name that is not text), as a damaged profile or an old bug could leave it.
    const damaged = Object.keys(ids)[1]!;
    await db().creators.update(ids[damaged]!, { displayName: { text: 'Broken' } as unknown as string });
    render(<RosterPage />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/^The row of “\{"text":"Broken"\}” could not be shown \(.+\)\. Your data is unchanged, and the rest of Creator Scout works\.$/);
    expect(alert.closest('tr')).not.toBeNull();
    const others = SAMPLE.map((s) => s.name).filter((n) => n !== damaged);
    for (const name of others) expect(screen.getByRole('link', { name })).toHaveAttribute('href', expect.stringMatching(/^#\/creator\//));
    expect(await db().creators.count()).toBe(SAMPLE.length);
  });
});
