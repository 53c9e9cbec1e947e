// Two teammates edit the same record offline; CouchDB keeps both revisions; the merge settles it
// field by field by the later edit, merges tags and keyed lists as sets, keeps an edit over a
// concurrent deletion, and reports what a person should look at.
import { describe, expect, it } from 'vitest';
import { CampaignSchema, CreatorSchema, DeliverableSchema, type Creator } from '@/utils/model/schemas';
import { recordOfDoc, type SharedDoc, type SharedRecords, type SharedType } from '@/utils/sync/docs';
import { commonAncestorGeneration, mergeLeaves } from '@/utils/sync/merge';
import { stampEdit } from '@/utils/sync/stamps';
import { makeCampaign, makeCreator } from '../../../helpers/records';
import { makeDeliverable } from '../../../helpers/sync-records';

const H = 3_600_000;
const t0 = Date.UTC(2026, 10, 2, 9);
const at = (who: string, hours: number) => ({ by: who, at: t0 + hours * H });
const carol = at('carol', 10);

function write<T extends SharedType>(type: T, record: SharedRecords[T], previous: SharedDoc | null, author: { by: string; at: number }, rev: string): SharedDoc {
  return JSON.parse(JSON.stringify({ ...stampEdit(type, record, previous, author)!.doc, _rev: rev })) as SharedDoc;
}

const creator = makeCreator({ id: 'c1', displayName: 'Ana Cooks', status: 'shortlisted', tags: ['food', 'italy'], contact: { email: 'ana@example.com', other: '' }, notes: 'Found on a reel' });
const v1 = write('creator', creator, null, at('ann', 0), '1-a1');
const v2 = write('creator', { ...creator, notes: 'Found on a reel; replies fast' }, v1, at('ben', 1), '2-b2');

// Offline, each on their own copy of revision 2:
const annEdit: Creator = { ...creator, notes: 'Ann: asked for rates', tags: ['food', 'italy', 'vegan'], contact: { email: 'ana@studio.example', other: '' } };
const annLeaf = write('creator', annEdit, v2, at('ann', 2), '3-aaa');
const benEdit: Creator = { ...creator, notes: 'Ben: sent the brief', status: 'contacted', tags: ['food', 'pasta'] };
const benLeaf = write('creator', benEdit, v2, at('ben', 3), '3-bbb');
const ancestor = commonAncestorGeneration([
  { start: 3, ids: ['aaa', 'b2', 'a1'] },
  { start: 3, ids: ['bbb', 'b2', 'a1'] },
]);

describe('commonAncestorGeneration', () => {
  it('finds the last revision both histories share', () => {
    expect(ancestor).toBe(2);
    expect(commonAncestorGeneration([{ start: 5, ids: ['e', 'd', 'c', 'b', 'a'] }, { start: 3, ids: ['x', 'b', 'a'] }])).toBe(2);
  });
  it('gives 0 when the shared part was pruned', () => {
    expect(commonAncestorGeneration([{ start: 9, ids: ['i', 'h'] }, { start: 9, ids: ['z', 'y'] }])).toBe(0);
  });
});

describe('mergeLeaves', () => {
  // CouchDB picks the winner deterministically (same generation: the greater revision id).
  const merged = mergeLeaves([benLeaf, annLeaf], ancestor, carol);

  it('takes each field from whoever changed it last', () => {
    const data = merged.doc!.data as Partial<Creator>;
    expect(data.status).toBe('contacted'); // only Ben changed it
    expect(data.contact).toEqual({ email: 'ana@studio.example', other: '' }); // only Ann changed it
    expect(data.notes).toBe('Ben: sent the brief'); // both did; Ben's is later
    expect(data.displayName).toBe('Ana Cooks');
    expect(merged.doc!.stamps['contact.email']).toMatchObject({ by: 'ann' });
    expect(merged.doc!.stamps.notes).toMatchObject({ by: 'ben' });
  });

  it('merges tags as a set: both additions kept, the removal kept removed', () => {
    expect(merged.doc!.data.tags).toEqual(['food', 'pasta', 'vegan']);
    expect(merged.doc!.elements.tags!.italy).toMatchObject({ present: false, by: 'ben' });
  });

  it('reports the field both changed, with the replaced value and who wrote it', () => {
    expect(merged.report).toEqual([
      { kind: 'both-edited', path: 'notes', kept: { value: 'Ben: sent the brief', by: 'ben', at: t0 + 3 * H }, replaced: [{ value: 'Ann: asked for rates', by: 'ann', at: t0 + 2 * H }] },
    ]);
  });

  it('writes on the winning revision, deletes the other, and signs the merge by whoever merged', () => {
    expect(merged.winnerRev).toBe('3-bbb');
    expect(merged.doc!._rev).toBe('3-bbb');
    expect(merged.losers).toEqual(['3-aaa']);
    expect(merged.doc!.editedBy).toBe('carol');
  });

  it('gives a record the database accepts', () => {
    const back = recordOfDoc(merged.doc!)!;
    expect(CreatorSchema.parse(back.record)).toMatchObject({ id: 'c1', status: 'contacted', tags: ['food', 'pasta', 'vegan'] });
  });

  it('merges the same leaves to the same data whichever order the losers come in', () => {
    const third = write('creator', { ...creator, location: 'Turin' }, v2, at('dan', 1.5), '3-ccc');
    const a = mergeLeaves([benLeaf, annLeaf, third], ancestor, carol);
    const b = mergeLeaves([benLeaf, third, annLeaf], ancestor, carol);
    expect(a.doc!.data).toEqual(b.doc!.data);
    expect(a.doc!.data.location).toBe('Turin');
    expect(a.losers.sort()).toEqual(['3-aaa', '3-ccc']);
  });

  it('settles an edit at the very same millisecond the same way on every browser', () => {
    const a = write('creator', { ...creator, displayName: 'Ana C.' }, v2, at('ann', 2), '3-aaa');
    const b = write('creator', { ...creator, displayName: 'Ana Cooks Italy' }, v2, at('ben', 2), '3-bbb');
    expect(mergeLeaves([b, a], ancestor, carol).doc!.data.displayName).toBe('Ana Cooks Italy');
    expect(mergeLeaves([a, b], ancestor, carol).doc!.data.displayName).toBe('Ana Cooks Italy');
  });

  it('keeps the edit when one teammate deleted the record while another edited it, and says so', () => {
    const deleted = { _id: 'creator:c1', _rev: '3-ddd', _deleted: true, editedBy: 'ann', editedAt: t0 + 4 * H } as unknown as SharedDoc;
    const result = mergeLeaves([benLeaf, deleted], ancestor, carol);
    expect(result.doc!.data.notes).toBe('Ben: sent the brief');
    expect(result.doc!._deleted).toBeUndefined();
    expect(result.losers).toEqual([]);
    expect(result.report).toEqual([{ kind: 'delete-undone', by: 'ann', at: t0 + 4 * H }]);
  });

  it('leaves a record deleted when every side deleted it', () => {
    const d1 = { _id: 'creator:c1', _rev: '3-d1', _deleted: true } as unknown as SharedDoc;
    const d2 = { _id: 'creator:c1', _rev: '3-d2', _deleted: true } as unknown as SharedDoc;
    expect(mergeLeaves([d1, d2], ancestor, carol).doc).toBeNull();
  });

  it("reports a field no stamp can settle (a copy written before stamps), keeping the winner's value", () => {
    const legacyA = { ...annLeaf, stamps: {}, elements: {} };
    const legacyB = { ...benLeaf, stamps: {}, elements: {} };
    const result = mergeLeaves([legacyB, legacyA], ancestor, carol);
    expect(result.doc!.data.notes).toBe('Ben: sent the brief');
    expect(result.report).toContainEqual({ kind: 'unstamped', path: 'notes', kept: 'Ben: sent the brief', others: ['Ann: asked for rates'] });
    // Without stamps, a set keeps what either side has.
    expect(result.doc!.data.tags).toEqual(['food', 'pasta', 'italy', 'vegan']);
  });

  it("merges a campaign's creators by creator and its hashtags as a set, reporting a creator both changed", () => {
    const base = makeCampaign({ id: 'k1', name: 'Spring launch', brief: { deliverables: '', hashtags: ['#spring'], disclosures: '', deadlines: '', dos: '', donts: '' } }, [
      { creatorId: 'c1', fee: 800 },
      { creatorId: 'c2', fee: 500 },
    ]);
    const k1 = write('campaign', base, null, at('ann', 0), '1-k');
    const annSide = write('campaign', { ...base, creators: base.creators.map((c) => (c.creatorId === 'c1' ? { ...c, fee: 900 } : c)), brief: { ...base.brief, hashtags: ['#spring', '#ad'] } }, k1, at('ann', 2), '2-aaa');
    const benSide = write(
      'campaign',
      {
        ...base,
        budget: 5000,
        creators: [{ ...base.creators[0]!, promoCode: 'ANA10' }, { ...base.creators[1]!, creatorId: 'c3', fee: 650 }],
      },
      k1,
      at('ben', 3),
      '2-bbb',
    );
    const result = mergeLeaves([benSide, annSide], 1, carol);
    const data = CampaignSchema.parse({ ...result.doc!.data, id: 'k1' });
    expect(data.budget).toBe(5000);
    expect(data.brief.hashtags).toEqual(['#spring', '#ad']);
    expect(data.creators.map((c) => c.creatorId)).toEqual(['c1', 'c3']); // c2 removed by Ben, c3 added by Ben
    expect(data.creators[0]).toMatchObject({ fee: 800, promoCode: 'ANA10' }); // one creator is one element: the later edit wins…
    expect(result.report).toEqual([
      // …and Ann's fee for c1 is reported, not silently lost.
      expect.objectContaining({ kind: 'both-edited', path: 'creators[c1]', kept: expect.objectContaining({ by: 'ben' }), replaced: [expect.objectContaining({ by: 'ann', value: expect.objectContaining({ fee: 900 }) })] }),
    ]);
  });

  it("keeps a draft round one teammate logged while another moved the deliverable's dates", () => {
    const d = makeDeliverable();
    const d1 = write('deliverable', d, null, at('ann', 0), '1-d');
    const round = { number: 1, receivedAt: t0 + H, draftUrl: 'https://drive.example/cut1', draftNotes: '', outcome: 'pending' as const, feedback: '', decidedAt: null, resubmitDueAt: null };
    const annSide = write('deliverable', { ...d, status: 'draft_received', rounds: [round] }, d1, at('ann', 2), '2-aaa');
    const benSide = write('deliverable', { ...d, publishDueAt: d.publishDueAt! + 86_400_000 }, d1, at('ben', 3), '2-bbb');
    const result = mergeLeaves([benSide, annSide], 1, carol);
    const merged = DeliverableSchema.parse({ ...result.doc!.data, id: 'd1' });
    expect(merged).toMatchObject({ status: 'draft_received', rounds: [round], publishDueAt: d.publishDueAt! + 86_400_000 });
    expect(result.report).toEqual([]);
  });
});
