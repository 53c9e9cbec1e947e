import { act, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FeedPausedNotice } from '@/components/popup/FeedPausedNotice';
import { Popup } from '@/components/popup/Popup';
import type { ChipState } from '@/utils/model/views';
import { chipWords } from '@/components/content/feed/chip';
import { fakePopupApi } from '../../../../helpers/popup-api';

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
