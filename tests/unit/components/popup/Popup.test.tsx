import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Popup } from '@/components/popup/Popup';
import type { Extraction } from '@/utils/model/reading';
import { allMissing, allPostCountsMissing } from '@/utils/model/reading-fields';
import { fakePopupApi, NOW, statusFor } from '../../../helpers/popup-api';
import { plutoReading } from '../../../helpers/readings';

const DAY = 86_400_000;
const stat = (label: string) => screen.getByText(label, { selector: 'dt' }).nextElementSibling!;

describe('Popup on a profile', () => {
  it('says it is reading, then shows the profile with exact counts', async () => {
    let finish: () => void = () => {};
    const api = fakePopupApi({ readPage: vi.fn(() => new Promise<Extraction>((resolve) => (finish = () => resolve(plutoReading())))) });
    render(<Popup api={api} />);
    expect(await screen.findByRole('status')).toHaveTextContent('Reading the page…');
    finish();
    expect(await screen.findByRole('heading', { level: 1, name: 'Pluto' })).toBeInTheDocument();
    expect(api.readPage).toHaveBeenCalledWith(7);
    expect(screen.getByText(/@pluto__travel · Instagram/)).toBeInTheDocument();
    expect(stat('Followers')).toHaveTextContent('2,362');
    expect(stat('Followers')).toHaveAttribute('title', expect.stringContaining('exact'));
    expect(stat('Following')).toHaveTextContent('136');
    expect(stat('Posts')).toHaveTextContent('224');
  });

  it('shows the scores the badge already computed at once, then the page read again and scored anew', async () => {
    let finishRead: () => void = () => {};
    const badgeState = { saved: false as const, accountId: 'instagram:pluto__travel' };
    const savedState = { saved: true as const, accountId: 'instagram:pluto__travel', creator: { id: 'c1', displayName: 'Pluto', status: 'contacted' }, lastSnapshot: null };
    const api = fakePopupApi({
      lastSeen: vi.fn(async () => ({ reading: plutoReading({ counts: { ...plutoReading().counts, followers: { value: 2_000, precision: 1, source: 'meta' } } }), status: statusFor(plutoReading(), {}, badgeState) })),
      readPage: vi.fn(() => new Promise<Extraction>((resolve) => (finishRead = () => resolve(plutoReading())))),
      profileSeen: vi.fn(async (r: Extraction) => statusFor(r, {}, savedState)),
    });
    render(<Popup api={api} />);
    // The badge's card, before the page is read again: its counts and scores, no "Reading the page…".
    expect(await screen.findByRole('heading', { level: 1, name: 'Pluto' })).toBeInTheDocument();
    expect(api.lastSeen).toHaveBeenCalledWith(7, 'https://www.instagram.com/pluto__travel/');
    expect(stat('Followers')).toHaveTextContent('2,000');
    expect(screen.getByRole('region', { name: 'Fit with your brand' })).toBeInTheDocument();
    expect(screen.queryByText('Reading the page…')).not.toBeInTheDocument();
    expect(api.profileSeen).not.toHaveBeenCalled();
    finishRead();
    // Then the page as it is now, and the roster state the background answers now.
    await waitFor(() => expect(stat('Followers')).toHaveTextContent('2,362'));
    expect(await screen.findByText(/Saved · Contacted/)).toBeInTheDocument();
    expect(api.profileSeen).toHaveBeenCalledTimes(1);
  });

  it('reads the page as before when the badge has shown nothing for it', async () => {
    const api = fakePopupApi({ lastSeen: vi.fn(async () => null) });
    render(<Popup api={api} />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Pluto' })).toBeInTheDocument();
    expect(stat('Followers')).toHaveTextContent('2,362');
    await waitFor(() => expect(api.profileSeen).toHaveBeenCalledTimes(1));
  });

  it('scores no fit before the user has set a brand profile, says so, and links to it', async () => {
    const user = userEvent.setup();
    const api = fakePopupApi({ profileSeen: async (r) => statusFor(r, { profile: null }) });
    render(<Popup api={api} />);
    const fit = await screen.findByRole('region', { name: 'Fit with your brand' });
    expect(within(fit).getByTestId('fit-score')).toHaveTextContent('Not scored: you have not set your brand profile yet.');
    expect(fit).not.toHaveTextContent(/\d+\/100/);
    await user.click(within(fit).getByRole('button', { name: 'Set your brand profile' }));
    expect(api.openBrandProfile).toHaveBeenCalledTimes(1);
    // Only the follow ratio has its data on a first visit: said as such, not as "nothing flagged".
    expect(screen.getByTestId('signals-summary')).toHaveTextContent(/^1 of 6 checks could run: nothing flagged · signals, not a verdict$/);
  });

  it('shows engagement with its formula and benchmark, the tier, fit with its breakdown, and the signals', async () => {
    const posts = [
      { id: 'a', postedAt: NOW - 10 * DAY, pinned: false, likes: 90, comments: 10, shares: null, views: null, sponsored: false, caption: 'Lisbon #travel' },
      { id: 'b', postedAt: NOW - 12 * DAY, pinned: false, likes: 40, comments: 8, shares: null, views: null, sponsored: false, caption: null },
    ];
    const api = fakePopupApi({ profileSeen: async (r) => statusFor(r, { earlierPosts: posts }) });
    render(<Popup api={api} />);
    const engagement = await screen.findByRole('region', { name: 'Engagement' });
    // (100/2362 = 4.234 %, 48/2362 = 2.032 %) → median 3.13 %
    expect(engagement.querySelector('.big-figure')).toHaveTextContent(/^3\.13%low confidence$/);
    expect(engagement).toHaveTextContent('Median over the 2 most recent posts of (likes + comments) ÷ followers');
    expect(engagement).toHaveTextContent('3.13% is below Modash’s 3.38%–4.42% for 1k–5k followers (by followers)');
    expect(engagement).toHaveTextContent('low confidence');
    expect(screen.getByText(/2,362 followers is under 10,000/)).toBeInTheDocument();
    const fit = screen.getByRole('region', { name: 'Fit with your brand' });
    expect(within(fit).getByTestId('fit-score')).toHaveTextContent(/^\d+\/100$/);
    expect(within(fit).getByRole('rowheader', { name: 'Audience size' }).parentElement).toHaveTextContent('Nano: next to your preferred Micro, Mid-tier.');
    const signals = screen.getByRole('region', { name: 'Authenticity signals' });
    expect(signals).toHaveTextContent('signals, not a verdict');
    expect(within(signals).getAllByRole('listitem')).toHaveLength(6);
  });

  it('shows what changed since the last visit', async () => {
    const history = [{ takenAt: NOW - 5 * DAY, followers: 2_300, precision: 1 }];
    const state = { saved: true as const, accountId: 'instagram:pluto__travel', creator: { id: 'c1', displayName: 'Pluto', status: 'contacted' }, lastSnapshot: null };
    render(<Popup api={fakePopupApi({ profileSeen: async (r) => statusFor(r, { history }, state) })} />);
    expect(await screen.findByTestId('growth')).toHaveTextContent('+62 followers (+2.70%) since Nov 15, 2026');
    expect(screen.getByText(/Saved · Contacted/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save again (new snapshot)' })).toBeInTheDocument();
  });

  it('says what is missing and why when the page shows only part of the profile', async () => {
    const reading = plutoReading({ bio: { missing: 'The page does not show a bio.' } });
    reading.counts.followers = { missing: 'The page did not show its follower counts (log in or reload the page).' };
    render(<Popup api={fakePopupApi({ readPage: async () => reading })} />);
    const missing = await screen.findByRole('region', { name: 'Not shown on this page' });
    expect(missing).toHaveTextContent('Followers: The page did not show its follower counts (log in or reload the page).');
    expect(missing).toHaveTextContent('Bio: The page does not show a bio.');
    expect(stat('Followers')).not.toHaveTextContent('0');
    expect(await screen.findByRole('region', { name: 'Engagement' })).toHaveTextContent('Not measured yet. The page did not show the follower count.');
  });

  it('marks a rounded count as approximate, to screen readers too', async () => {
    const reading = plutoReading();
    reading.counts.followers = { value: 783_400, precision: 100, source: 'dom' };
    render(<Popup api={fakePopupApi({ readPage: async () => reading })} />);
    await screen.findByText('Followers', { selector: 'dt' });
    expect(stat('Followers')).toHaveTextContent('≈783.4K');
    expect(stat('Followers')).toHaveTextContent('about 783,400, to the nearest 100');
  });

  it('saves with Enter, then takes the stage, tags and a note right there', async () => {
    const user = userEvent.setup();
    const api = fakePopupApi();
    render(<Popup api={api} />);
    const save = await screen.findByRole('button', { name: 'Save to shortlist' });
    expect(save).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(await screen.findByText('Saved to your shortlist.')).toBeInTheDocument();
    expect(api.saveProfile).toHaveBeenCalledTimes(1);

    await user.selectOptions(screen.getByLabelText('Pipeline stage'), 'contacted');
    await user.type(screen.getByLabelText('Tags'), 'travel, storytelling');
    await user.type(screen.getByLabelText('Note'), 'Loves trains');
    await user.click(screen.getByRole('button', { name: 'Save details' }));
    expect(await screen.findByText('Details saved.')).toBeInTheDocument();
    expect(api.quickEdit).toHaveBeenCalledWith('c1', { status: 'contacted', tags: ['travel', ' storytelling'], note: 'Loves trains' });
    await user.click(screen.getByRole('button', { name: 'Open in roster' }));
    expect(api.openRoster).toHaveBeenCalledWith('c1');
  });

  it('keeps the profile and explains when saving fails', async () => {
    const user = userEvent.setup();
    const api = fakePopupApi({
      saveProfile: async () => {
        throw new Error('Your disk is full, so nothing was saved and nothing was lost.');
      },
    });
    render(<Popup api={api} />);
    await user.click(await screen.findByRole('button', { name: 'Save to shortlist' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Your disk is full');
    expect(screen.getByRole('heading', { level: 1, name: 'Pluto' })).toBeInTheDocument();
  });

  it('still shows the page’s numbers when the scores cannot be computed', async () => {
    const api = fakePopupApi({
      profileSeen: async () => {
        throw new Error('Creator Scout was updated while this page was open. Reload it to continue; your data is safe.');
      },
    });
    render(<Popup api={api} />);
    expect(await screen.findByRole('alert')).toHaveTextContent('Scores unavailable: Creator Scout was updated');
    expect(stat('Followers')).toHaveTextContent('2,362');
  });

  it('renders hostile page text as text', async () => {
    const reading = plutoReading({
      displayName: { value: '<img src=x onerror="window.hacked=1">', source: 'meta' },
      bio: { value: '<b>bold</b>', source: 'meta' },
    });
    const { container } = render(<Popup api={fakePopupApi({ readPage: async () => reading })} />);
    expect(await screen.findByRole('heading', { level: 1, name: '<img src=x onerror="window.hacked=1">' })).toBeInTheDocument();
    expect(container.querySelector('img[src=x]')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    await waitFor(() => expect(screen.getByText('<b>bold</b>')).toBeInTheDocument());
  });
});

describe('Popup on a post page', () => {
  it('shows that post’s numbers and whether its creator is saved', async () => {
    const counts = allPostCountsMissing('not shown');
    counts.likes = { value: 298_000, precision: 1000, source: 'meta' };
    counts.comments = { value: 553, precision: 1, source: 'meta' };
    const reading = plutoReading({
      pageType: 'post',
      handle: 'willyrex',
      url: 'https://www.instagram.com/p/CPeC-Eenc8l/',
      displayName: { value: 'Willyrex', source: 'meta' },
      counts: { ...allMissing('not shown'), likes: counts.likes, comments: counts.comments },
      posts: [{ id: 'CPeC-Eenc8l', url: 'https://www.instagram.com/p/CPeC-Eenc8l/', author: 'willyrex', postedAt: Date.UTC(2021, 4, 29), caption: 'Vamos! #ad', pinned: false, sponsored: true, counts }],
    });
    const api = fakePopupApi({ readPage: async () => reading });
    render(<Popup api={api} />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Post by Willyrex' })).toBeInTheDocument();
    expect(screen.getByText(/@willyrex · Instagram · May 29, 2021/)).toBeInTheDocument();
    expect(screen.getByText('Sponsored')).toBeInTheDocument();
    expect(stat('Likes')).toHaveTextContent('≈298K');
    expect(stat('Comments')).toHaveTextContent('553');
    expect(screen.getByText(/@willyrex is not on your roster/)).toBeInTheDocument();
    expect(api.accountState).toHaveBeenCalledWith('instagram:willyrex');
    expect(api.profileSeen).not.toHaveBeenCalled();
  });
});

describe('Popup elsewhere', () => {
  it('on an unsupported page: due reminders, a roster search and the roster', async () => {
    const user = userEvent.setup();
    const api = fakePopupApi({
      currentTab: async () => ({ id: 3, url: 'https://news.example.com/' }),
      dueReminders: vi.fn(async () => [
        { id: 'r1', title: 'Follow up with Pluto', dueAt: NOW - DAY, creatorId: 'c1', creatorName: 'Pluto', overdue: true },
      ]),
      searchRoster: vi.fn(async (q: string) => (q.startsWith('plu') ? [{ creatorId: 'c1', displayName: 'Pluto', status: 'contacted', handles: ['pluto__travel'] }] : [])),
    });
    render(<Popup api={api} />);
    expect(await screen.findByRole('heading', { name: 'Nothing to vet here' })).toBeInTheDocument();
    expect(api.readPage).not.toHaveBeenCalled();
    const due = screen.getByRole('region', { name: 'Due today' });
    expect(await within(due).findByRole('button', { name: 'Follow up with Pluto' })).toBeInTheDocument();
    expect(due).toHaveTextContent('overdue since');

    await user.type(screen.getByRole('searchbox', { name: 'Search your roster by name or handle' }), 'plu');
    const match = await screen.findByRole('button', { name: 'Pluto' });
    expect(screen.getByRole('list', { name: 'Matching creators' })).toHaveTextContent('@pluto__travel · Contacted');
    await user.click(match);
    expect(api.openRoster).toHaveBeenCalledWith('c1');
    await user.clear(screen.getByRole('searchbox'));
    await user.type(screen.getByRole('searchbox'), 'zzz');
    expect(await screen.findByText('No creator on your roster matches “zzz”.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Open the roster' }));
    expect(api.openRoster).toHaveBeenLastCalledWith();
  });

  it('says when nothing is due', async () => {
    render(<Popup api={fakePopupApi({ currentTab: async () => ({ id: 3, url: 'chrome://newtab/' }) })} />);
    expect(await screen.findByText('Nothing due. You are all caught up.')).toBeInTheDocument();
  });

  it('on a supported site’s page that is not a profile', async () => {
    const api = fakePopupApi({
      currentTab: async () => ({ id: 3, url: 'https://www.instagram.com/explore/' }),
      readPage: async () => plutoReading({ pageType: 'other', handle: null }),
    });
    render(<Popup api={api} />);
    expect(await screen.findByRole('heading', { name: 'Not a profile' })).toBeInTheDocument();
    expect(screen.getByText(/This Instagram page is not a creator’s profile or post/)).toBeInTheDocument();
  });

  it('asks for a reload when the page cannot be read', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const api = fakePopupApi({
      readPage: async () => {
        throw new Error('Could not establish connection. Receiving end does not exist.');
      },
    });
    render(<Popup api={api} />);
    expect(await screen.findByRole('alert')).toHaveTextContent('Reload the tab');
  });
});
