import { describe, expect, it } from 'vitest';
import { VIEWER_REFUSAL } from '@/utils/sync/security';
import { describeFailure, statusLine, type SyncStatus } from '@/utils/sync/status';
import { agoText, changedByText, unsettledText } from '@/utils/sync/describe';

const place = { url: 'https://couch.example.com', db: 'acme' };
const base: SyncStatus = { state: 'synced', pending: 0, reason: null, refused: null, at: 0 };

describe('team sync status line', () => {
  it('says synced, pending, offline and failed with the reason and what waits', () => {
    expect(statusLine(base)).toBe('Team: synced.');
    expect(statusLine({ ...base, state: 'pending', pending: 3 })).toBe('Team: 3 changes wait to sync.');
    expect(statusLine({ ...base, state: 'offline', pending: 1, reason: 'Cannot reach the team server at https://couch.example.com.' })).toBe(
      'Team: offline. Cannot reach the team server at https://couch.example.com. 1 change waits to sync.',
    );
    expect(statusLine({ ...base, state: 'error', reason: 'The team server did not accept the user name or password.' })).toBe(
      'Team sync failed: The team server did not accept the user name or password.',
    );
    expect(statusLine({ ...base, refused: { count: 2, reason: VIEWER_REFUSAL } })).toBe(`Team: synced. 2 changes were refused by the team server: ${VIEWER_REFUSAL} They are kept on this computer.`);
  });

  it('tells a wrong password, a missing database, a refusal and a server that is down apart', () => {
    expect(describeFailure({ status: 401, name: 'unauthorized' }, place)).toEqual({ state: 'error', reason: expect.stringMatching(/did not accept the user name or password/) });
    expect(describeFailure({ status: 404, name: 'not_found' }, place).reason).toBe('There is no team database “acme” on https://couch.example.com. Check the name, or ask a team admin to create the team.');
    expect(describeFailure({ status: 403, name: 'forbidden', message: VIEWER_REFUSAL }, place)).toEqual({ state: 'error', reason: VIEWER_REFUSAL });
    expect(describeFailure(new TypeError('Failed to fetch'), place)).toEqual({ state: 'offline', reason: 'Cannot reach the team server at https://couch.example.com.' });
    expect(describeFailure({ status: 500, name: 'internal', reason: 'disk full' }, place)).toEqual({ state: 'error', reason: 'The team server answered 500: disk full.' });
  });
});

describe('creator page team lines', () => {
  it('says who changed it and how long ago', () => {
    const now = Date.UTC(2026, 10, 2, 12);
    expect(agoText(now - 10_000, now)).toBe('just now');
    expect(agoText(now - 120_000, now)).toBe('2 min ago');
    expect(agoText(now - 3 * 3_600_000, now)).toBe('3 h ago');
    expect(agoText(now - 86_400_000, now)).toBe('1 day ago');
    expect(changedByText('ben', now - 120_000, now, 'ann')).toBe('Changed by ben, 2 min ago');
    expect(changedByText('ann', now - 120_000, now, 'ann')).toBe('Changed by you, 2 min ago');
  });

  it('names what the merge settled by a rule', () => {
    const text = unsettledText(
      [
        { kind: 'both-edited', path: 'notes', kept: { value: 'Ben: sent the brief', by: 'ben', at: 2 }, replaced: [{ value: 'Ann: asked for rates', by: 'ann', at: 1 }] },
        { kind: 'delete-undone', by: 'ann', at: 3 },
      ],
      'ann',
    );
    expect(text).toEqual([
      'Both ben and you changed the notes at the same time: ben’s later “Ben: sent the brief” was kept; you wrote “Ann: asked for rates”.',
      'you deleted this creator while a teammate changed it: the changes were kept, so the creator is still here.',
    ]);
  });
});
