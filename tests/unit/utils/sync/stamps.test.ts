// Each shared field carries who changed it last and when: an edit restamps only what changed.
import { describe, expect, it } from 'vitest';
import { stampEdit } from '@/utils/sync/stamps';
import { makeCampaign, makeCreator } from '../../../helpers/records';

const ann = { by: 'ann', at: Date.UTC(2026, 10, 2, 9) };
const ben = { by: 'ben', at: Date.UTC(2026, 10, 2, 10) };
const creator = makeCreator({ id: 'c1', displayName: 'Ana Cooks', tags: ['food', 'italy'], contact: { email: 'ana@example.com', other: '' } });

describe('stampEdit', () => {
  it('stamps every field and tag of a new record with its author, time and first generation', () => {
    const { doc, changed } = stampEdit('creator', creator, null, ann)!;
    expect(doc.stamps.displayName).toEqual({ by: 'ann', at: ann.at, gen: 1 });
    expect(doc.stamps['contact.email']).toEqual({ by: 'ann', at: ann.at, gen: 1 });
    expect(doc.stamps).not.toHaveProperty('tags');
    expect(doc.elements.tags).toEqual({ food: { by: 'ann', at: ann.at, gen: 1, present: true }, italy: { by: 'ann', at: ann.at, gen: 1, present: true } });
    expect(changed).toContain('displayName');
    expect(doc.editedBy).toBe('ann');
  });

  it('restamps only the fields a teammate changed, and remembers a removed tag', () => {
    const first = { ...stampEdit('creator', creator, null, ann)!.doc, _rev: '1-aaa' };
    const edited = { ...creator, notes: 'Prefers email', contact: { ...creator.contact, email: 'ana@studio.example' }, tags: ['food', 'pasta'] };
    const { doc, changed } = stampEdit('creator', edited, first, ben)!;
    expect(changed.sort()).toEqual(['contact.email', 'notes', 'tags[italy]', 'tags[pasta]']);
    expect(doc.stamps.notes).toEqual({ by: 'ben', at: ben.at, gen: 2 });
    expect(doc.stamps['contact.other']).toEqual({ by: 'ann', at: ann.at, gen: 1 });
    expect(doc.stamps.displayName).toEqual({ by: 'ann', at: ann.at, gen: 1 });
    expect(doc.elements.tags).toEqual({
      food: { by: 'ann', at: ann.at, gen: 1, present: true },
      italy: { by: 'ben', at: ben.at, gen: 2, present: false },
      pasta: { by: 'ben', at: ben.at, gen: 2, present: true },
    });
    expect(doc._rev).toBe('1-aaa');
    expect(doc.data.tags).toEqual(['food', 'pasta']);
  });

  it('finds nothing to write when nothing shared changed', () => {
    const first = { ...stampEdit('creator', creator, null, ann)!.doc, _rev: '1-aaa' };
    expect(stampEdit('creator', { ...creator }, first, ben)!.changed).toEqual([]);
  });

  it("stamps a campaign's creators one by one, by creator", () => {
    const campaign = makeCampaign({ id: 'k1' }, [{ creatorId: 'c1', fee: 800 }, { creatorId: 'c2', fee: 500 }]);
    const first = { ...stampEdit('campaign', campaign, null, ann)!.doc, _rev: '1-aaa' };
    const raised = { ...campaign, creators: campaign.creators.map((c) => (c.creatorId === 'c1' ? { ...c, fee: 900 } : c)) };
    const { doc, changed } = stampEdit('campaign', raised, first, ben)!;
    expect(changed).toEqual(['creators[c1]']);
    expect(doc.elements.creators!.c1).toMatchObject({ by: 'ben', present: true, gen: 2 });
    expect(doc.elements.creators!.c2).toMatchObject({ by: 'ann', gen: 1 });
  });
});
