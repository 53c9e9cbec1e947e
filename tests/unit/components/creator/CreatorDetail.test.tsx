import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CreatorDetail } from '@/components/creator/CreatorDetail';
import { withFreshDatabase } from '../../../helpers/db';
import { postRecordOf, seedAna } from '../../../helpers/creator-detail-seed';

const db = withFreshDatabase();

async function showAna() {
  await seedAna(db());
  render(<CreatorDetail creatorId="ana" />);
  await screen.findByRole('heading', { level: 2, name: 'Ana Lima' });
}

const section = (name: string) => screen.getByRole('region', { name });
const rowWith = (scope: HTMLElement, text: string | RegExp) => within(scope).getByRole('row', { name: text });

describe('CreatorDetail', () => {
  it('shows the creator’s accounts with their scores, linked to their pages', async () => {
    await showAna();
    const accounts = section('Accounts');
    const instagram = within(accounts).getByRole('link', { name: '@ana.lima' });
    expect(instagram).toHaveAttribute('href', 'https://www.instagram.com/ana.lima');
    expect(instagram).toHaveAttribute('target', '_blank');
    expect(instagram).toHaveAttribute('rel', 'noreferrer noopener');
    const igRow = rowWith(accounts, /@ana\.lima/);
    expect(igRow).toHaveTextContent('Instagram');
    expect(igRow).toHaveTextContent('12,400');
    expect(igRow).toHaveTextContent('3.21%');
    expect(igRow).toHaveTextContent('78/100');
    const tiktokRow = rowWith(accounts, /@analima/);
    // The TikTok count was shown rounded: marked, and said in words.
    expect(tiktokRow).toHaveTextContent('≈250K');
    expect(tiktokRow).toHaveTextContent('about 250,000, to the nearest 1,000');
    expect(tiktokRow).toHaveTextContent('Not measured yet');
  });

  it('has the follower history as a table behind “Show the numbers”', async () => {
    const user = userEvent.setup();
    await showAna();
    const growth = section('Follower growth');
    expect(within(growth).getByRole('img', { name: /^Chart of @ana.lima \(Instagram\) followers over time/ })).toBeInTheDocument();
    await user.click(within(growth).getByText('Show the numbers'));
    const rows = within(growth).getAllByRole('row').slice(1);
    expect(rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent))).toEqual([
      ['Oct 31, 2026', '@ana.lima (Instagram)', '11,000', 'first seen'],
      ['Nov 10, 2026', '@analima (TikTok)', expect.stringContaining('≈250K'), 'first seen'],
      ['Nov 18, 2026', '@ana.lima (Instagram)', '12,400', '+1,400'],
    ]);
  });

  it('lists the posts seen, newest first, with rounded counts and sponsored posts marked', async () => {
    await showAna();
    const posts = section('Posts seen');
    const rows = within(posts).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toHaveTextContent('Nov 16, 2026');
    expect(rows[0]).toHaveTextContent('Sponsored');
    expect(rows[0]).toHaveTextContent('Packing with @brand #ad');
    expect(within(rows[0]!).getByRole('link', { name: 'Open the post from Nov 16, 2026' })).toHaveAttribute('href', 'https://www.instagram.com/p/newer');
    expect(rows[1]).toHaveTextContent('≈1.30M');
    expect(rows[1]).not.toHaveTextContent('Sponsored');
    expect(rows[2]).toHaveTextContent('Lisbon by tram #travel');
  });

  it('shows each post’s engagement, by followers or by views as the platform calls for', async () => {
    await showAna();
    const history = section('Engagement history');
    const rows = within(history).getAllByRole('row').slice(1);
    // Named by date and caption, never by the platform's id.
    expect(within(rows[0]!).getAllByRole('cell')[0]).toHaveTextContent(/^Nov 16, 2026 · “Packing with @brand #ad”$/);
    // (500 + 20) ÷ 11,000 followers (the count when the post was seen)
    expect(rows[0]).toHaveTextContent('4.73%');
    expect(rows[0]).toHaveTextContent('11,000 followers');
    // (12,300 + 400 + 300) ÷ 1,300,000 views
    expect(rows[1]).toHaveTextContent('1.00%');
    expect(rows[1]).toHaveTextContent('views');
  });

  it('keeps posts whose numbers were not shown out of the history, counted in one line that opens to them', async () => {
    const user = userEvent.setup();
    await seedAna(db());
    const seen = Date.UTC(2026, 10, 1);
    await db().posts.bulkAdd(
      ['a', 'b', 'c'].map((id, i) => postRecordOf('instagram:ana.lima', `grid-${id}`, seen - i * 86_400_000, { views: 900 + i }, { caption: `Grid post ${id}` })),
    );
    render(<CreatorDetail creatorId="ana" />);
    const history = await screen.findByRole('region', { name: 'Engagement history' });
    await within(history).findByText(/4\.73%/);
    expect(within(history).getAllByRole('row')).toHaveLength(4); // the header and the three measured posts
    expect(history).not.toHaveTextContent(/Not measured/);
    const more = within(history).getByText('3 posts not measured: likes or comments not shown');
    await user.click(more);
    expect(within(history).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Nov 1, 2026 · “Grid post a” (likes or comments not shown)',
      'Oct 31, 2026 · “Grid post b” (likes or comments not shown)',
      'Oct 30, 2026 · “Grid post c” (likes or comments not shown)',
    ]);
  });

  it('shows the timeline newest first, and what else there is: agreements, reminders, campaigns', async () => {
    await showAna();
    const items = within(section('Timeline')).getAllByRole('listitem');
    expect(items.map((i) => i.querySelector('strong')!.textContent)).toEqual(['Stage change', 'Outreach', 'Saved']);
    expect(items[0]).toHaveTextContent('Shortlisted → Contacted');
    expect(items[1]).toHaveTextContent('Sent the spring brief');
    expect(section('Agreements')).toHaveTextContent('Spring reel · Signed');
    expect(section('Reminders')).toHaveTextContent('Follow up on the brief');
    expect(section('Campaigns')).toHaveTextContent('Spring launch · Active');
    expect(section('Campaigns')).not.toHaveTextContent('Winter sale');
  });

  it('says so when there is nothing yet', async () => {
    await seedAna(db());
    await db().agreements.clear();
    await db().campaigns.clear();
    render(<CreatorDetail creatorId="ana" />);
    expect(await screen.findByText('No agreements yet.')).toBeInTheDocument();
    expect(screen.getByText('Not in any campaign yet.')).toBeInTheDocument();
  });

  it('saves an edit to the database and says so; a stage change appears on the timeline', async () => {
    const user = userEvent.setup();
    await showAna();
    const form = screen.getByRole('form', { name: 'Details' });
    expect(within(form).getByLabelText('Email')).toHaveValue('ana@example.com');
    expect(within(form).getByRole('checkbox', { name: 'storytelling' })).toBeChecked();
    await user.type(within(form).getByLabelText('Location'), 'Porto');
    await user.click(within(form).getByRole('checkbox', { name: 'humor' }));
    await user.type(within(form).getByLabelText('Other strengths'), 'travel hacks');
    await user.selectOptions(within(form).getByLabelText('Pipeline stage'), 'replied');
    await user.click(within(form).getByRole('checkbox', { name: 'Ambassador' }));
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await within(form).findByText('Saved')).toHaveAttribute('role', 'status');
    expect(await db().creators.get('ana')).toMatchObject({
      location: 'Porto',
      strengths: ['storytelling', 'humor', 'travel hacks'],
      status: 'replied',
      ambassador: true,
      contact: { email: 'ana@example.com', other: '' },
    });
    expect(await within(section('Timeline')).findByText('Contacted → Replied', { exact: false })).toBeInTheDocument();
    expect(screen.getByText('Ambassador', { selector: '.creator-chip' })).toBeInTheDocument();
  });

  it('shows why an invalid email cannot be saved, on the field, and saves nothing', async () => {
    const user = userEvent.setup();
    await showAna();
    const before = await db().creators.get('ana');
    const form = screen.getByRole('form', { name: 'Details' });
    const email = within(form).getByLabelText('Email');
    await user.clear(email);
    await user.type(email, 'ana@');
    await user.type(within(form).getByLabelText('Location'), 'Porto');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription(expect.stringContaining('Email: enter a full address such as name@example.com, or leave it empty.'));
    expect(email).toHaveFocus();
    expect(within(form).getByRole('alert')).toHaveTextContent('Not saved');
    expect(await db().creators.get('ana')).toEqual(before);

    // Cancel puts the saved details back.
    await user.click(within(form).getByRole('button', { name: 'Cancel' }));
    expect(email).toHaveValue('ana@example.com');
    expect(email).not.toHaveAttribute('aria-invalid');
  });

  it('requires a display name', async () => {
    const user = userEvent.setup();
    await showAna();
    const form = screen.getByRole('form', { name: 'Details' });
    await user.clear(within(form).getByLabelText('Display name'));
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(within(form).getByLabelText('Display name')).toHaveAccessibleDescription('Display name is required.');
    expect((await db().creators.get('ana'))!.displayName).toBe('Ana Lima');
  });

  it('adds a note to the timeline, and explains an empty one', async () => {
    const user = userEvent.setup();
    await showAna();
    const form = screen.getByRole('form', { name: 'Add to timeline' });
    await user.click(within(form).getByRole('button', { name: 'Add to timeline' }));
    expect(within(form).getByLabelText('Text')).toHaveAccessibleDescription('Text: write the note.');
    expect(await db().interactions.where('creatorId').equals('ana').count()).toBe(3);

    await user.type(within(form).getByLabelText('Text'), 'Loves trains');
    await user.click(within(form).getByRole('button', { name: 'Add to timeline' }));
    expect(await within(form).findByText('Added to the timeline.')).toHaveAttribute('role', 'status');
    const item = (await within(section('Timeline')).findByText('Loves trains')).closest('li')!;
    expect(item.querySelector('strong')).toHaveTextContent('Note');
    expect(await db().interactions.where('creatorId').equals('ana').count()).toBe(4);
    expect(within(form).getByLabelText('Text')).toHaveValue('');
  });

  it('records a payment with its amount and currency', async () => {
    const user = userEvent.setup();
    await showAna();
    const form = screen.getByRole('form', { name: 'Add to timeline' });
    await user.selectOptions(within(form).getByLabelText('Type'), 'payment');
    // No earlier payment: the box starts with the user's own currency (the test browser speaks en-US),
    // a value, not a grey hint that looks like one.
    expect(within(form).getByLabelText('Currency')).toHaveValue('USD');
    expect(within(form).getByLabelText('Currency')).not.toHaveAttribute('placeholder');
    await user.clear(within(form).getByLabelText('Currency'));
    await user.type(within(form).getByLabelText('Amount'), 'lots');
    await user.click(within(form).getByRole('button', { name: 'Add to timeline' }));
    expect(within(form).getByLabelText('Amount')).toHaveAccessibleDescription('Amount: enter the amount paid, such as 250.');
    expect(within(form).getByLabelText('Currency')).toHaveAccessibleDescription('Currency: use a three-letter code such as EUR or USD.');

    await user.clear(within(form).getByLabelText('Amount'));
    await user.type(within(form).getByLabelText('Amount'), '250,50');
    await user.type(within(form).getByLabelText('Currency'), 'eur');
    await user.type(within(form).getByLabelText('Text'), 'Spring reel');
    await user.click(within(form).getByRole('button', { name: 'Add to timeline' }));
    await within(form).findByText('Added to the timeline.');
    const payment = (await db().interactions.where('creatorId').equals('ana').toArray()).find((i) => i.type === 'payment');
    expect(payment).toMatchObject({ text: 'Spring reel', details: { amount: 250.5, currency: 'EUR' } });
    const item = (await within(section('Timeline')).findByText('Spring reel')).closest('li')!;
    expect(item).toHaveTextContent(/^Payment €250\.50 · /);
  });

  it('reads a payment written with thousands separators as the amount it says', async () => {
    const user = userEvent.setup();
    await showAna();
    const form = screen.getByRole('form', { name: 'Add to timeline' });
    await user.selectOptions(within(form).getByLabelText('Type'), 'payment');
    await user.type(within(form).getByLabelText('Amount'), '1,500.50');
    await user.clear(within(form).getByLabelText('Currency'));
    await user.type(within(form).getByLabelText('Currency'), 'EUR');
    await user.type(within(form).getByLabelText('Text'), 'Summer bundle');
    await user.click(within(form).getByRole('button', { name: 'Add to timeline' }));
    await within(form).findByText('Added to the timeline.');
    const payment = (await db().interactions.where('creatorId').equals('ana').toArray()).find((i) => i.type === 'payment');
    expect(payment).toMatchObject({ text: 'Summer bundle', details: { amount: 1500.5 } });
  });

  it('sets, changes and stops a keep-in-touch cadence from the creator’s page', async () => {
    const user = userEvent.setup();
    await showAna();
    const section = screen.getByRole('region', { name: 'Keep in touch' });
    expect(section).toHaveTextContent('No cadence');
    await user.clear(within(section).getByLabelText('Every (days)'));
    await user.type(within(section).getByLabelText('Every (days)'), '0');
    await user.click(within(section).getByRole('button', { name: 'Set cadence' }));
    expect(within(section).getByRole('alert')).toHaveTextContent('Every (days): a whole number of days from 1 to 730.');
    expect((await db().creators.get('ana'))?.keepInTouchDays).toBeNull();

    await user.clear(within(section).getByLabelText('Every (days)'));
    await user.type(within(section).getByLabelText('Every (days)'), '30');
    await user.click(within(section).getByRole('button', { name: 'Set cadence' }));
    await vi.waitFor(async () => expect((await db().creators.get('ana'))?.keepInTouchDays).toBe(30));
    expect(await within(section).findByText(/A reminder comes due 30 days after your last contact with Ana Lima/)).toBeInTheDocument();
    expect((await db().reminders.where('creatorId').equals('ana').toArray()).some((r) => r.title.includes('Keep in touch'))).toBe(true);

    await user.click(within(section).getByRole('button', { name: 'Stop keeping in touch' }));
    await vi.waitFor(async () => expect((await db().creators.get('ana'))?.keepInTouchDays).toBeNull());
  });

  it('says when the creator is not found, with a way back to the roster', async () => {
    render(<CreatorDetail creatorId="nobody" />);
    expect(await screen.findByRole('heading', { level: 2, name: 'Creator not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the roster' })).toHaveAttribute('href', '#/roster');
  });
});
