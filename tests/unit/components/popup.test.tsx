import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { PopupApi } from '@/components/popup/popup-api';
import { Popup } from '@/components/popup/Popup';
import type { AccountState } from '@/storage/profiles';
import { plutoReading } from '../../helpers/readings';

const PLUTO_URL = 'https://www.instagram.com/pluto__travel/';

function fakeApi(overrides: Partial<PopupApi> = {}): PopupApi {
  return {
    currentTab: vi.fn(async () => ({ id: 7, url: PLUTO_URL })),
    readPage: vi.fn(async () => plutoReading()),
    accountState: vi.fn(async (accountId: string): Promise<AccountState> => ({ saved: false, accountId })),
    saveProfile: vi.fn(async () => ({
      creatorId: 'c1',
      accountId: 'instagram:pluto__travel',
      snapshotId: 's1',
      created: true,
    })),
    openRoster: vi.fn(),
    ...overrides,
  };
}

describe('Popup', () => {
  it('says it is reading while the page is read', async () => {
    let finish: () => void = () => {};
    const api = fakeApi({ readPage: () => new Promise((resolve) => (finish = () => resolve(plutoReading()))) });
    render(<Popup api={api} />);
    expect(await screen.findByRole('status')).toHaveTextContent('Reading the page…');
    finish();
    expect(await screen.findByRole('heading', { name: 'Pluto' })).toBeInTheDocument();
  });

  it('shows the profile the tab is on, with exact counts', async () => {
    const api = fakeApi();
    render(<Popup api={api} />);
    expect(await screen.findByRole('heading', { name: 'Pluto' })).toBeInTheDocument();
    expect(api.readPage).toHaveBeenCalledWith(7);
    expect(screen.getByText('@pluto__travel · Instagram')).toBeInTheDocument();
    expect(screen.getByText('Home of travel')).toBeInTheDocument();
    const followers = screen.getByText('Followers').nextElementSibling!;
    expect(followers).toHaveTextContent('2,362');
    expect(followers).toHaveAttribute('title', expect.stringContaining('exact'));
    expect(screen.getByText('Following').nextElementSibling).toHaveTextContent('136');
    expect(screen.getByText('Posts').nextElementSibling).toHaveTextContent('224');
  });

  it('marks a rounded count as approximate and says so to screen readers', async () => {
    const reading = plutoReading();
    reading.counts.followers = { value: 783_400, precision: 100, source: 'dom' };
    render(<Popup api={fakeApi({ readPage: async () => reading })} />);
    const followers = (await screen.findByText('Followers')).nextElementSibling!;
    expect(followers).toHaveTextContent('≈783.4K');
    expect(followers).toHaveTextContent('about 783,400, to the nearest 100');
  });

  it('says why a count is missing instead of showing 0', async () => {
    const reading = plutoReading();
    reading.counts.followers = { missing: 'The page did not show its follower counts.' };
    render(<Popup api={fakeApi({ readPage: async () => reading })} />);
    const followers = (await screen.findByText('Followers')).nextElementSibling!;
    expect(followers).not.toHaveTextContent('0');
    expect(followers).toHaveTextContent('not shown: The page did not show its follower counts.');
  });

  it('saves with one press of Enter and links to the creator', async () => {
    const user = userEvent.setup();
    const api = fakeApi();
    render(<Popup api={api} />);
    const save = await screen.findByRole('button', { name: 'Save to shortlist' });
    expect(save).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(await screen.findByText('Saved to your shortlist.')).toBeInTheDocument();
    expect(api.saveProfile).toHaveBeenCalledWith(plutoReading());
    await user.click(screen.getByRole('button', { name: 'Open in roster' }));
    expect(api.openRoster).toHaveBeenCalledWith('c1');
  });

  it('shows that an account is already on the roster', async () => {
    const api = fakeApi({
      accountState: async (accountId) => ({
        saved: true,
        accountId,
        creator: { id: 'c1', displayName: 'Pluto', status: 'negotiating' },
        lastSnapshot: null,
      }),
    });
    render(<Popup api={api} />);
    expect(await screen.findByText(/On your roster/)).toHaveTextContent('On your roster · Negotiating');
    expect(screen.getByRole('button', { name: 'Save again (new snapshot)' })).toBeInTheDocument();
  });

  it('keeps the profile and explains when saving fails', async () => {
    const user = userEvent.setup();
    const api = fakeApi({
      saveProfile: async () => {
        throw new Error('Your disk is full, so nothing was saved and nothing was lost.');
      },
    });
    render(<Popup api={api} />);
    await user.click(await screen.findByRole('button', { name: 'Save to shortlist' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Your disk is full');
    expect(screen.getByRole('button', { name: 'Save to shortlist' })).toBeEnabled();
    expect(screen.getByRole('heading', { name: 'Pluto' })).toBeInTheDocument();
  });

  it('explains an unsupported page and does not try to read it', async () => {
    const api = fakeApi({ currentTab: async () => ({ id: 3, url: 'https://news.example.com/' }) });
    render(<Popup api={api} />);
    expect(await screen.findByRole('heading', { name: 'Nothing to vet here' })).toBeInTheDocument();
    expect(api.readPage).not.toHaveBeenCalled();
  });

  it('explains a supported site’s page that is not a profile', async () => {
    const api = fakeApi({ currentTab: async () => ({ id: 3, url: 'https://www.instagram.com/explore/' }) });
    render(<Popup api={api} />);
    expect(await screen.findByRole('heading', { name: 'Not a profile' })).toBeInTheDocument();
    expect(screen.getByText(/This Instagram page is not a creator’s profile/)).toBeInTheDocument();
  });

  it('asks for a reload when the page cannot be read', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const api = fakeApi({
      readPage: async () => {
        throw new Error('Could not establish connection. Receiving end does not exist.');
      },
    });
    render(<Popup api={api} />);
    expect(await screen.findByRole('alert')).toHaveTextContent('Reload the tab');
  });

  it('renders hostile page text as text', async () => {
    const reading = plutoReading({
      displayName: { value: '<img src=x onerror="window.hacked=1">', source: 'meta' },
      bio: { value: '<b>bold</b>', source: 'meta' },
    });
    const { container } = render(<Popup api={fakeApi({ readPage: async () => reading })} />);
    expect(await screen.findByRole('heading', { name: '<img src=x onerror="window.hacked=1">' })).toBeInTheDocument();
    expect(container.querySelector('img[src=x]')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    await waitFor(() => expect(screen.getByText('<b>bold</b>')).toBeInTheDocument());
  });
});
