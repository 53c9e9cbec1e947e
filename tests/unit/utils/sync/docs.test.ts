// Dexie records ↔ team documents: every shared table maps to a document and back without losing a
// field; fields that stay on this machine never leave it; private records have no document at all;
// readings get ids from their content.
import { describe, expect, it } from 'vitest';
import { RECORD_SCHEMAS } from '@/utils/model/schemas';
import {
  canonicalJson,
  docId,
  newerReading,
  parseDocId,
  postOfDoc,
  readingDoc,
  recordOfDoc,
  SHARED_TABLES,
  snapshotDoc,
  snapshotOfDoc,
  type SharedRecords,
  type SharedType,
} from '@/utils/sync/docs';
import { stampEdit } from '@/utils/sync/stamps';
import { makeAgreement, makeCampaign, makeCreator, makeReminder } from '../../../helpers/records';
import { makeAccount, makeDeliverable, makeInteraction, makePost, makeSnapshot, makeTemplate } from '../../../helpers/sync-records';

const ann = { by: 'ann', at: Date.UTC(2026, 10, 2, 9) };

const RECORDS: { [T in SharedType]: SharedRecords[T] } = {
  creator: makeCreator({ id: 'c1', displayName: 'Ana Cooks', tags: ['food', 'italy'], contact: { email: 'ana@example.com', other: '' }, notes: 'Warm, quick to reply' }),
  account: makeAccount(),
  interaction: makeInteraction(),
  template: makeTemplate(),
  agreement: makeAgreement({ id: 'a1', creatorId: 'c1', title: 'Spring reels' }),
  campaign: makeCampaign({ id: 'k1', name: 'Spring launch' }, [{ creatorId: 'c1', fee: 800 }]),
  deliverable: makeDeliverable(),
  reminder: { ...makeReminder({ id: 'r1', creatorId: 'c1', title: 'Chase the draft', notifiedAt: Date.UTC(2026, 10, 1, 8) }), visibility: 'team', assignee: 'ben' },
};

describe('document ids', () => {
  it('types each id and reads it back, ids with colons included', () => {
    expect(docId('creator', 'c1')).toBe('creator:c1');
    expect(parseDocId('account:instagram:ana.cooks')).toEqual({ type: 'account', id: 'instagram:ana.cooks' });
    expect(parseDocId('snapshot:instagram:ana.cooks:0f3a')).toEqual({ type: 'snapshot', id: 'instagram:ana.cooks:0f3a' });
  });

  it('does not take a design document, a private kind of record or an empty id for a record', () => {
    expect(parseDocId('_design/creator-scout')).toBeNull();
    expect(parseDocId('draft:1')).toBeNull();
    expect(parseDocId('preference:theme')).toBeNull();
    expect(parseDocId('creator:')).toBeNull();
    expect(parseDocId('creator')).toBeNull();
  });
});

describe('shared records', () => {
  for (const type of Object.keys(SHARED_TABLES) as SharedType[]) {
    it(`a ${type} goes to the team and comes back as the same record (a valid ${SHARED_TABLES[type]} row)`, () => {
      const record = RECORDS[type];
      const { doc } = stampEdit(type, record, null, ann)!;
      expect(doc._id).toBe(`${type}:${record.id}`);
      expect(doc.data).not.toHaveProperty('id');
      // Through JSON, as the server stores it.
      const back = recordOfDoc(JSON.parse(JSON.stringify(doc)), record as unknown as Record<string, unknown>)!;
      expect(back.type).toBe(type);
      expect(back.record).toEqual(record);
      const parsed = RECORD_SCHEMAS[SHARED_TABLES[type]].safeParse(back.record);
      expect(parsed.success).toBe(true);
    });
  }

  it("keeps an account's scores on this machine: the team gets the account, each browser scores it against its own brand profile", () => {
    const { doc } = stampEdit('account', makeAccount(), null, ann)!;
    for (const field of ['engagementRate', 'engagementMethod', 'fitScore', 'scoredAt']) expect(doc.data).not.toHaveProperty(field);
    expect(doc.data.followers).toBe(48_200);
    expect(doc.data.followersPrecision).toBe(100);
    // A teammate's new account arrives unscored; this browser's own copy keeps its scores.
    expect(recordOfDoc(doc)!.record).toMatchObject({ fitScore: null, engagementRate: null, followers: 48_200 });
    expect(recordOfDoc(doc, { fitScore: 64, engagementRate: 0.02, engagementMethod: 'followers', scoredAt: 5 })!.record).toMatchObject({ fitScore: 64, engagementRate: 0.02 });
  });

  it('shares a team reminder without when this browser notified about it, and never shares a personal one', () => {
    const team = stampEdit('reminder', RECORDS.reminder, null, ann)!;
    expect(team.doc.data).toMatchObject({ title: 'Chase the draft', assignee: 'ben', visibility: 'team' });
    expect(team.doc.data).not.toHaveProperty('notifiedAt');
    expect(stampEdit('reminder', { ...RECORDS.reminder, visibility: 'personal' }, null, ann)).toBeNull();
    // Every reminder made before teams existed is personal.
    expect(stampEdit('reminder', makeReminder({ id: 'r2' }), null, ann)).toBeNull();
  });

  it('gives nothing for a deleted document or one whose type does not match its id', () => {
    const { doc } = stampEdit('creator', RECORDS.creator, null, ann)!;
    expect(recordOfDoc({ ...doc, _deleted: true })).toBeNull();
    expect(recordOfDoc({ ...doc, type: 'account' })).toBeNull();
  });
});

describe('readings (snapshots and post readings)', () => {
  it('gives the same id to the same reading whoever saved it, whatever its local id and key order', async () => {
    const mine = makeSnapshot({ id: 'local-1' });
    const theirs = { ...makeSnapshot({ id: 'their-local-9' }), counts: { posts: mine.counts.posts, followers: mine.counts.followers } };
    const a = await snapshotDoc(mine, 'ann', 1);
    const b = await snapshotDoc(theirs, 'ben', 2);
    expect(a._id).toBe(b._id);
    expect(a._id).toMatch(/^snapshot:instagram:ana\.cooks:[0-9a-f]{32}$/);
    expect(a.data).not.toHaveProperty('id');
  });

  it('gives another id to another reading (one more follower, or another time)', async () => {
    const base = await snapshotDoc(makeSnapshot(), 'ann', 1);
    const more = await snapshotDoc(makeSnapshot({ counts: { followers: { value: 48_201, precision: 1, source: 'json' } } }), 'ann', 1);
    const later = await snapshotDoc(makeSnapshot({ takenAt: Date.UTC(2026, 10, 3) }), 'ann', 1);
    expect(new Set([base._id, more._id, later._id]).size).toBe(3);
  });

  it('brings a snapshot back as a valid row whose id is its content, so a second pull writes the same row', async () => {
    const doc = await snapshotDoc(makeSnapshot(), 'ann', 1);
    const row = snapshotOfDoc(JSON.parse(JSON.stringify(doc)))!;
    expect(RECORD_SCHEMAS.snapshots.parse(row)).toEqual({ ...makeSnapshot(), id: doc._id.slice('snapshot:'.length) });
  });

  it("keeps each time a post's numbers were seen as its own document, and the newer reading for the posts table", async () => {
    const monday = makePost();
    const tuesday = makePost({ seenAt: monday.seenAt + 86_400_000, counts: { ...monday.counts, likes: { value: 1_610, precision: 1, source: 'json' } } });
    const a = await readingDoc(monday, 'ann', 1);
    const b = await readingDoc(tuesday, 'ben', 2);
    expect(a._id).not.toBe(b._id);
    expect(a._id.startsWith('reading:instagram:C1a2B3:')).toBe(true);
    expect(RECORD_SCHEMAS.posts.parse(postOfDoc(a))).toEqual(monday);
    expect(newerReading(monday, tuesday)).toBe(tuesday);
    expect(newerReading(tuesday, monday)).toBe(tuesday);
  });

  it('writes JSON with sorted keys, so key order never changes a hash', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: null } })).toBe('{"a":{"c":null,"d":[2,{"e":0,"f":1}]},"b":1}');
    expect(canonicalJson({ a: undefined, b: 1 })).toBe('{"b":1}');
  });
});
