import { describe, expect, it } from 'vitest';
import { stageOutcome, tagOutcome } from '@/utils/bulk-outcome';

describe('bulk outcome messages', () => {
  it('count what changed, and say so when nothing needed to', () => {
    expect(tagOutcome('add', 3, 3, 'big')).toBe('Tagged 3 creators with “big”.');
    expect(tagOutcome('add', 2, 3, 'big')).toBe('Tagged 2 creators with “big” (1 already had it).');
    expect(tagOutcome('add', 0, 3, 'big')).toBe('All 3 already had “big”: nothing changed.');
    expect(tagOutcome('add', 0, 1, 'big')).toBe('Already tagged “big”: nothing changed.');
    expect(tagOutcome('remove', 1, 3, 'big')).toBe('Removed “big” from 1 creator (2 did not have it).');
    expect(tagOutcome('remove', 0, 2, 'big')).toBe('None of the 2 had “big”: nothing changed.');
    expect(stageOutcome(2, 2, 'Contacted')).toBe('Moved 2 creators to Contacted.');
    expect(stageOutcome(1, 2, 'Contacted')).toBe('Moved 1 creator to Contacted (1 was already there).');
    expect(stageOutcome(0, 4, 'Contacted')).toBe('All 4 were already at Contacted: nothing changed.');
  });
});
