import { act, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { FeedPausedNotice } from '@/components/popup/FeedPausedNotice';
import { Popup } from '@/components/popup/Popup';
import type { ChipState } from '@/utils/model/views';
import { cardLines, chipWords } from '@/components/content/feed/chip';
import { formatDate } from '@/utils/format';
import { fakePopupApi, statusFor } from '../../../../helpers/popup-api';

const author = { handle: 'MyDaughtersArmy', name: 'Greg Hogben', profileUrl: 'https://twitter.com/MyDaughtersArmy', verified: true };
const saved: ChipState = {
  saved: true,
  accountId: 'x:mydaughtersarmy',
  creatorId: 'c1',
  displayName: 'Greg Hogben',
  status: 'contacted',
  lastContactedAt: Date.UTC(2026, 0, 5),
  lastTemplate: 'First outreach',
  followers: { value: 783_400, precision: 100, source: 'dom' },
  engagementRate: 0.021,
  engagementMethod: 'followers',
  fitScore: 72.4,
};

describe('feed chip words', () => {
  it('offers a quiet + to save a creator not on the roster, naming them for screen readers', () => {
    expect(chipWords(author, { kind: 'state', state: { saved: false, accountId: 'x:mydaughtersarmy' } })).toEqual({
      label: '+',
      aria: 'Save Greg Hogben (@MyDaughtersArmy) to your Creator Scout shortlist',
    });
  });

  it('shows a roster creator’s stage, that they are in touch, their tier and fit, and says when and with which template', () => {
    const words = chipWords(author, { kind: 'state', state: saved });
    expect(words.label).toBe('Contacted · in touch · Macro · fit 72');
    expect(words.aria).toMatch(/^Greg Hogben is on your roster: Contacted, already in touch: last contacted .*2026 with “First outreach”/);
  });

  it('names no tier when followers were never seen (never a tier from a count of 0)', () => {
    expect(chipWords(author, { kind: 'state', state: { ...saved, followers: null, fitScore: null, lastContactedAt: null } }).label).toBe('Contacted');
  });

  it('in a team, says who contacted them (the teammate’s name, or "you") and who owns them', () => {
    const date = formatDate(Date.UTC(2026, 0, 5));
    const team = { actor: 'maya', owner: 'sam', contact: { by: 'sam', at: Date.UTC(2026, 0, 5), template: 'First outreach' } };
    const inTeam: ChipState = { ...saved, team };
    expect(chipWords(author, { kind: 'state', state: inTeam }).aria).toBe(
      `Greg Hogben is on your roster: Contacted, already in touch: contacted by sam on ${date} via “First outreach”; Owner: sam. Show details`,
    );
    const lines = cardLines({ kind: 'state', state: inTeam }).map((line) => line.textContent);
    expect(lines).toContain('Owner: sam.');
    expect(lines).toContain(`Already in touch: contacted by sam on ${date} via “First outreach”.`);
    const mine = cardLines({ kind: 'state', state: { ...saved, team: { ...team, owner: 'maya', contact: { ...team.contact, by: 'maya' } } } }).map((l) => l.textContent);
    expect(mine).toContain('Owner: maya (you).');
    expect(mine).toContain(`Already in touch: contacted by you on ${date} via “First outreach”.`);
  });

  it('for a user in no team, keeps today’s words: no owner, no teammate', () => {
    const lines = cardLines({ kind: 'state', state: saved }).map((line) => line.textContent);
    expect(lines.join(' ')).not.toMatch(/Owner|contacted by/);
    expect(lines).toContain(`Already in touch: last contacted ${formatDate(Date.UTC(2026, 0, 5))} with “First outreach”.`);
  });

  it('uses the handle where the card shows no name', () => {
    expect(chipWords({ ...author, name: null }, { kind: 'state', state: { saved: false, accountId: 'x' } }).aria).toMatch(/^Save @MyDaughtersArmy \(@MyDaughtersArmy\)/);
  });
});

describe('popup: feed reading paused', () => {
  it('says feed reading is paused when the page’s reader finds cards but no authors', async () => {
    render(<Popup api={fakePopupApi({ feedHealth: async () => ({ found: 12, read: 0, paused: true }) })} />);
    expect(await screen.findByText('Feed reading is paused on this page: the site changed.')).toHaveAttribute('role', 'status');
  });

  it('says nothing while the reader reads the page', async () => {
    let answered = false;
    const api = fakePopupApi({
      feedHealth: async () => {
        answered = true;
        return { found: 12, read: 12, paused: false };
      },
    });
    render(<FeedPausedNotice api={api} />);
    await waitFor(() => expect(answered).toBe(true));
    await act(async () => {});
    expect(screen.queryByRole('status')).toBeNull();
  });
});

describe('popup: already in touch', () => {
  const saved = { saved: true as const, accountId: 'instagram:pluto__travel', creator: { id: 'c1', displayName: 'Pluto', status: 'contacted' }, lastSnapshot: null };
  const contact = (lastContactedAt: number | null, lastTemplate: string | null): ChipState => ({
    saved: true,
    accountId: 'instagram:pluto__travel',
    creatorId: 'c1',
    displayName: 'Pluto',
    status: 'contacted',
    lastContactedAt,
    lastTemplate,
    followers: null,
    engagementRate: null,
    engagementMethod: null,
    fitScore: null,
  });

  it('says when a saved creator was last contacted, and with which template, on their profile', async () => {
    const contactState = vi.fn(async () => contact(Date.UTC(2026, 10, 2, 10), 'First outreach'));
    render(<Popup api={fakePopupApi({ profileSeen: async (reading) => statusFor(reading, {}, saved), contactState })} />);
    expect(await screen.findByText('Already in touch: last contacted Nov 2, 2026 with “First outreach”.')).toHaveAttribute('role', 'status');
    expect(contactState).toHaveBeenCalledWith('instagram:pluto__travel');
  });

  it('says nothing for a saved creator not contacted yet, nor for one not on the roster', async () => {
    const contactState = vi.fn(async () => contact(null, null));
    const { unmount } = render(<Popup api={fakePopupApi({ profileSeen: async (reading) => statusFor(reading, {}, saved), contactState })} />);
    await waitFor(() => expect(contactState).toHaveBeenCalled());
    await act(async () => {});
    expect(screen.queryByText(/Already in touch/)).toBeNull();
    unmount();
    const notAsked = vi.fn(async () => contact(Date.UTC(2026, 10, 2), 'First outreach'));
    render(<Popup api={fakePopupApi({ contactState: notAsked })} />);
    expect(await screen.findByRole('button', { name: 'Save to shortlist' })).toBeInTheDocument();
    await act(async () => {});
    expect(notAsked).not.toHaveBeenCalled();
    expect(screen.queryByText(/Already in touch/)).toBeNull();
  });
});
