import { describe, expect, it } from 'vitest';
import { contactLine, firesFor, matchesOwner, memberWord, ownerLine, teammatesOf } from '@/utils/team';
import { activeFilterCount, filterRoster, NO_FILTERS } from '@/utils/roster-filters';
import { rosterRow } from '@/storage/roster';
import { formatDate } from '@/utils/format';
import { makeCreator } from '../../helpers/records';

const AT = Date.UTC(2026, 10, 3, 10);

describe('teammatesOf', () => {
  it('names every teammate the records name once, with the user, in name order', () => {
    const names = teammatesOf('maya', {
      owners: ['sam', null, undefined, 'Maya', ' lee '],
      authors: ['SAM', 'ravi', ''],
      assignees: ['lee', null],
    });
    // "Maya" is the user (their own spelling kept); "SAM" is sam; " lee " is trimmed.
    expect(names).toEqual(['lee', 'maya', 'ravi', 'sam']);
  });

  it('is only the user when the records name nobody', () => {
    expect(teammatesOf('maya', { owners: [], authors: [], assignees: [] })).toEqual(['maya']);
  });
});

describe('matchesOwner', () => {
  it('filters mine, unowned and a teammate by name, ignoring case', () => {
    expect(matchesOwner('Maya', { kind: 'mine' }, 'maya')).toBe(true);
    expect(matchesOwner('sam', { kind: 'mine' }, 'maya')).toBe(false);
    expect(matchesOwner(null, { kind: 'unowned' }, 'maya')).toBe(true);
    expect(matchesOwner(undefined, { kind: 'unowned' }, 'maya')).toBe(true);
    expect(matchesOwner('sam', { kind: 'unowned' }, 'maya')).toBe(false);
    expect(matchesOwner('Sam', { kind: 'member', name: 'sam' }, 'maya')).toBe(true);
    expect(matchesOwner(null, { kind: 'member', name: 'sam' }, 'maya')).toBe(false);
    expect(matchesOwner('anyone', null, 'maya')).toBe(true);
  });
});

describe('team lines', () => {
  it('says who owns the creator, "(you)" for the user, and when nobody does', () => {
    expect(ownerLine({ actor: 'sam', owner: 'maya', contact: null })).toBe('Owner: maya');
    expect(ownerLine({ actor: 'maya', owner: 'maya', contact: null })).toBe('Owner: maya (you)');
    expect(ownerLine({ actor: 'maya', owner: null, contact: null })).toBe('Owner: nobody yet');
  });

  it('says who contacted them, when and with which template; "you" for the user', () => {
    const date = formatDate(AT);
    expect(contactLine({ actor: 'maya', owner: null, contact: { by: 'sam', at: AT, template: 'Intro' } })).toBe(`Contacted by sam on ${date} via “Intro”`);
    expect(contactLine({ actor: 'sam', owner: null, contact: { by: 'sam', at: AT, template: null } })).toBe(`Contacted by you on ${date}`);
    // An outreach logged outside a team names nobody: no line rather than a guess.
    expect(contactLine({ actor: 'sam', owner: null, contact: { by: null, at: AT, template: 'Intro' } })).toBeNull();
    expect(contactLine({ actor: 'sam', owner: null, contact: null })).toBeNull();
    expect(memberWord('SAM', 'sam')).toBe('you');
  });
});

describe('firesFor', () => {
  it('fires a reminder for the user, for nobody in particular, or for anyone outside a team; not one for a teammate', () => {
    expect(firesFor({ assignee: 'Maya' }, 'maya')).toBe(true);
    expect(firesFor({ assignee: null }, 'maya')).toBe(true);
    expect(firesFor({}, 'maya')).toBe(true);
    expect(firesFor({ assignee: 'sam' }, 'maya')).toBe(false);
    expect(firesFor({ assignee: 'sam' }, null)).toBe(true);
  });
});

describe('the roster owner filter', () => {
  const rows = [
    rosterRow(makeCreator({ id: 'a', displayName: 'Ana', owner: 'maya' }), [], null),
    rosterRow(makeCreator({ id: 'b', displayName: 'Bo', owner: 'sam' }), [], null),
    rosterRow(makeCreator({ id: 'c', displayName: 'Cy', owner: null }), [], null),
    rosterRow(makeCreator({ id: 'd', displayName: 'Di' }), [], null),
  ];
  const names = (list: typeof rows) => list.map((r) => r.creator.displayName);

  it('shows the user’s, nobody’s or a teammate’s creators', () => {
    expect(names(filterRoster(rows, '', { ...NO_FILTERS, owner: { kind: 'mine' } }, 'maya'))).toEqual(['Ana']);
    expect(names(filterRoster(rows, '', { ...NO_FILTERS, owner: { kind: 'unowned' } }, 'maya'))).toEqual(['Cy', 'Di']);
    expect(names(filterRoster(rows, '', { ...NO_FILTERS, owner: { kind: 'member', name: 'sam' } }, 'maya'))).toEqual(['Bo']);
    expect(names(filterRoster(rows, '', { ...NO_FILTERS, owner: null }, 'maya'))).toHaveLength(4);
    expect(activeFilterCount({ ...NO_FILTERS, owner: { kind: 'mine' } })).toBe(1);
  });

  it('filters nothing by owner for a user in no team (a view saved in a team applied later)', () => {
    expect(names(filterRoster(rows, '', { ...NO_FILTERS, owner: { kind: 'mine' } }, null))).toHaveLength(4);
  });
});
